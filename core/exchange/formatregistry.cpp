#include "exchange/formatregistry.h"

#include "exchange/csvformat.h"
#include "exchange/htmlformat.h"
#include "exchange/jsonformat.h"
#include "exchange/markdownformat.h"

#include "exchange/sheet/sheetimport.h"
#include "storage/agreementfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

FormatRegistry &FormatRegistry::instance()
{
    static FormatRegistry registry;
    return registry;
}

FormatRegistry::FormatRegistry()
{
    m_formats.push_back(std::make_unique<JsonFormat>());
    m_formats.push_back(std::make_unique<CsvFormat>());
    m_formats.push_back(std::make_unique<MarkdownFormat>());
    m_formats.push_back(std::make_unique<HtmlFormat>());
}

void FormatRegistry::add(std::unique_ptr<Format> format)
{
    if (!format)
        return;
    for (auto &f : m_formats) {
        if (f->id().compare(format->id(), Qt::CaseInsensitive) == 0) {
            f = std::move(format);
            return;
        }
    }
    m_formats.push_back(std::move(format));
}

QList<const Format *> FormatRegistry::formats() const
{
    return formats({});
}

QList<const Format *> FormatRegistry::formats(Format::Capabilities required) const
{
    QList<const Format *> list;
    for (const auto &f : m_formats)
        if ((f->capabilities() & required) == required)
            list.append(f.get());
    return list;
}

const Format *FormatRegistry::byId(const QString &id) const
{
    for (const auto &f : m_formats)
        if (f->id().compare(id, Qt::CaseInsensitive) == 0)
            return f.get();
    return nullptr;
}

const Format *FormatRegistry::byExtension(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix();
    for (const auto &f : m_formats)
        if (f->extension().compare(suffix, Qt::CaseInsensitive) == 0)
            return f.get();
    return nullptr;
}

QStringList FormatRegistry::ids() const
{
    QStringList list;
    for (const auto &f : m_formats)
        list.append(f->id());
    return list;
}

QString FormatRegistry::fileFilters(Format::Capabilities required) const
{
    QStringList filters;
    for (const Format *f : formats(required))
        filters.append(f->fileFilter());
    return filters.join(QStringLiteral(";;"));
}

Result<Agreement> FormatRegistry::readAgreement(const QString &path) const
{
    // A workbook goes through the spreadsheet import, as `import` reads it.
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return SheetImport::readFile(path);
    const Format *format = byExtension(path);
    if (!format || !format->canRead())
        return AgreementFile::load(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Agreement>::failure(
            QCoreApplication::translate("FormatRegistry", "Cannot open “%1”: %2.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    return format->read(&file, QFileInfo(path).fileName());
}
