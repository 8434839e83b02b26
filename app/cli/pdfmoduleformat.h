#pragma once

#include "exchange/format.h"

// dutymap-cli's PDF format: the same id, name and capabilities as the
// renderer's PdfFormat, but writing through the renderer module loaded on
// demand (renderermodule.h), so the program itself never links Qt Gui.
// Registered by Cli unless a real PDF format is there already.
class PdfModuleFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("pdf"); }
    Capabilities capabilities() const override { return WritesDocument | NeedsGui | Binary; }
    Status write(const ExportJob &job, QIODevice *device) const override;
};

// dutymap-cli's XLSX format, written by the same module: libxlsxwriter
// links libcrypto, whose relocations would slow down every start of the
// program. Needs no QGuiApplication, so the module is loaded on first use.
class XlsxModuleFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("xlsx"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("xlsx"); }
    Capabilities capabilities() const override { return WritesDocument | Binary; }
    Status write(const ExportJob &job, QIODevice *device) const override;
};
