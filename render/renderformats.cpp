#include "renderformats.h"

#include "exchange/formatregistry.h"
#include "pdfformat.h"
#include "xlsxformat.h"

void RenderFormats::install()
{
    FormatRegistry &registry = FormatRegistry::instance();
    if (!registry.byId(QStringLiteral("pdf")))
        registry.add(std::make_unique<PdfFormat>());
    if (!registry.byId(QStringLiteral("xlsx")))
        registry.add(std::make_unique<XlsxFormat>());
}
