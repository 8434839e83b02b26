// Parses arbitrary text as a RACI cell, as typed by a user or pasted from a
// spreadsheet: any text gives a value or a sentence, and a value's canonical
// text parses back to the same value.
#include "fuzzsupport.h"

#include "model/raci.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Raci> raci = Raci::parse(text, &error);
    if (!raci) {
        if (error.isEmpty())
            FuzzSupport::violated("a refused RACI text comes with a reason", text);
        return 0;
    }
    if ((raci->bits() & ~Raci::AllRoles) != 0)
        FuzzSupport::violated("a parsed RACI value holds only the four roles", text);
    const std::optional<Raci> again = Raci::parse(raci->toString());
    if (!again || *again != *raci)
        FuzzSupport::violated("the canonical text parses back to the same roles", text);
    return 0;
}
