#include "exchange/csvformat.h"

#include "exchange/csvimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)
};
} // namespace

QString CsvFormat::name() const
{
    return Tr::tr("CSV matrix");
}

QString CsvFormat::neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'':
        return u'\'' + text;
    default:
        return text;
    }
}

QString CsvFormat::field(const QString &text)
{
    QString cell = neutralised(text);
    bool quote = false;
    for (const QChar c : std::as_const(cell)) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return cell;
    cell.replace(u'"', QLatin1String("\"\""));
    return u'"' + cell + u'"';
}

QByteArray CsvFormat::matrixCsv(const Agreement &a, const ReportOptions &options)
{
    QHash<int, qsizetype> areaIndex;
    for (qsizetype i = 0; i < a.areas.size(); ++i)
        areaIndex.insert(a.areas.at(i).id, i);
    QHash<int, QString> systemName;
    for (const System &s : a.systems)
        systemName.insert(s.id, s.name);
    // Area order, then list order; duties of an unknown area come last.
    std::vector<std::vector<const Duty *>> groups(static_cast<size_t>(a.areas.size()) + 1);
    for (const Duty &d : a.duties) {
        if (!ReportBuilder::inScope(d, options))
            continue;
        const auto it = areaIndex.constFind(d.areaId);
        groups[it == areaIndex.cend() ? groups.size() - 1 : size_t(*it)].push_back(&d);
    }

    QString out;
    out.reserve(qsizetype(a.duties.size()) * (80 + 6 * a.parties.size()) + 256);
    out += QChar(0xFEFF);
    out += QLatin1String("Area,Duty,Kind,System");
    for (const Party &p : a.parties)
        out += u',' + field(p.name);
    out += QLatin1String(",Ownership\r\n");
    for (size_t g = 0; g < groups.size(); ++g) {
        const QString area =
            g < size_t(a.areas.size()) ? field(a.areas.at(qsizetype(g)).name) : QString();
        for (const Duty *d : groups[g]) {
            out += area;
            out += u',';
            out += field(d->title);
            out += u',';
            out += Duty::kindKey(d->kind);
            out += u',';
            out += field(systemName.value(d->systemId));
            for (const Party &p : a.parties) {
                out += u',';
                out += d->rolesOf(p.id).toString();
            }
            out += u',';
            out += Agreement::ownershipKey(a.ownershipOf(*d));
            out += QLatin1String("\r\n");
        }
    }
    return out.toUtf8();
}

Status CsvFormat::write(const ExportJob &job, QIODevice *device) const
{
    const QByteArray bytes = matrixCsv(job.agreement(), job.options());
    if (device->write(bytes) != bytes.size())
        return deviceFailure(device);
    return {};
}

Result<Agreement> CsvFormat::read(QIODevice *device, const QString &sourceName) const
{
    if (device->size() > CsvImport::MaxBytes)
        return CsvImport::tooLarge(sourceName, device->size());
    return CsvImport::read(device->read(CsvImport::MaxBytes + 1), sourceName).toResult();
}
