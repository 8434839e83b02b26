#pragma once

#include <QByteArray>
#include <QString>

// What every fuzz target shares: a Qt application for the process (the
// core translates its sentences and finds its resources through it), a
// private scratch folder, and a way to stop loudly when an invariant fails,
// so that libFuzzer keeps the input that broke it.
namespace FuzzSupport {

// Called once from LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);

// A folder that lives as long as the process and is removed at exit.
QString scratchFolder();

// Replaces the file at path with exactly these bytes.
void writeFile(const QString &path, const QByteArray &bytes);

// Prints what broke and aborts; libFuzzer reports it as a crash.
[[noreturn]] void violated(const char *invariant, const QString &detail = QString());

} // namespace FuzzSupport
