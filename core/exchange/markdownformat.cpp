#include "exchange/markdownformat.h"

#include "model/documentlanguage.h"
#include <QCoreApplication>
#include <QIODevice>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MarkdownFormat)
};

using namespace report;

QString esc(const QString &text)
{
    return MarkdownFormat::escaped(text);
}

void tableRow(QString &out, const QStringList &cells)
{
    out += u'|';
    for (const QString &c : cells) {
        out += u' ';
        out += esc(c);
        out += QLatin1String(" |");
    }
    out += u'\n';
}

void tableHeader(QString &out, const QStringList &header)
{
    tableRow(out, header);
    out += u'|';
    for (qsizetype i = 0; i < header.size(); ++i)
        out += QLatin1String(" --- |");
    out += u'\n';
}

void paragraph(QString &out, const QString &text)
{
    out += esc(text);
    out += QLatin1String("\n\n");
}

void table(QString &out, const Table &t)
{
    if (!t.caption.isEmpty())
        out += QLatin1String("**") + esc(t.caption) + QLatin1String("**\n\n");
    tableHeader(out, t.header);
    for (const QStringList &row : t.rows)
        tableRow(out, row);
    out += u'\n';
}

} // namespace

QString MarkdownFormat::name() const
{
    return Tr::tr("Markdown document");
}

QString MarkdownFormat::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    const QString flat = text.simplified();
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'|':
        case u'<':
        case u'>':
        case u'~':
        case u'&':
        case u'@':
        case u'!':
            out += u'\\';
            out += c;
            continue;
        case u'#':
        case u'+':
        case u'-':
        case u'=':
            // Only at the start do these open a heading, a list or a rule.
            if (i == 0)
                out += u'\\';
            out += c;
            continue;
        case u'/':
            // "http://x" and "www.x" would become links by themselves.
            if (i > 0 && flat.at(i - 1) == u'/')
                out += u'\\';
            out += c;
            continue;
        case u'.':
        case u')':
            // "1." or "1)" at the start opens a numbered list.
            {
                bool digits = i > 0;
                for (qsizetype j = 0; j < i && digits; ++j)
                    digits = flat.at(j).isDigit();
                if (digits)
                    out += u'\\';
                else if (c == u'.' && i >= 3
                         && QStringView(flat).sliced(i - 3, 3).compare(QLatin1String("www"),
                                                                       Qt::CaseInsensitive)
                                == 0)
                    out += u'\\';
            }
            out += c;
            continue;
        default:
            out += c;
        }
    }
    return out;
}

QString MarkdownFormat::document(const Report &r)
{
    // The document's words in the agreement's language.
    const DocumentLanguage::Scope language(r.language);
    QString out;
    out.reserve(4096 + r.matrix.dutyCount() * 120);
    const Cover &c = r.cover;
    out += QLatin1String("# ") + esc(c.title) + QLatin1String("\n\n");
    tableHeader(out, {Tr::tr("Agreement"), QString()});
    const QList<std::pair<QString, QString>> facts = {
        {Tr::tr("Client"), c.client},
        {Tr::tr("Provider"), c.provider},
        {Tr::tr("Model"), c.model},
        {Tr::tr("Effective date"), c.effectiveDate},
        {Tr::tr("Status"), c.status},
        {Tr::tr("Revision"), c.revision},
        {Tr::tr("Next review"), c.nextReview},
    };
    for (const auto &[label, value] : facts)
        if (!value.isEmpty())
            tableRow(out, {label, value});
    out += u'\n';
    if (!r.partyFilter.isEmpty())
        paragraph(out, Tr::tr("Limited to the responsibilities of %1.").arg(r.partyFilter));

    out += QLatin1String("## ") + esc(Tr::tr("Executive summary")) + QLatin1String("\n\n");
    for (const QString &p : r.summary.paragraphs)
        paragraph(out, p);
    for (const Chart &chart : r.summary.charts) {
        out += QLatin1String("**") + esc(chart.title) + QLatin1String("**\n\n");
        tableHeader(out, {chart.categoryLabel, chart.valueLabel});
        for (const Bar &b : chart.bars)
            tableRow(out, {b.label, QString::number(b.value)});
        out += u'\n';
    }
    if (!r.summary.internalAuthority.isEmpty()) {
        out += QLatin1String("**") + esc(r.summary.authorityHeading) + QLatin1String("**\n\n");
        for (const QString &a : r.summary.internalAuthority)
            out += QLatin1String("- ") + esc(a) + u'\n';
        out += u'\n';
    }

    out += QLatin1String("## ") + esc(Tr::tr("Responsibility matrix")) + QLatin1String("\n\n");
    paragraph(out, r.legend);
    QStringList header{Tr::tr("Duty"), Tr::tr("Kind"), Tr::tr("System")};
    for (const PartyColumn &p : r.matrix.parties)
        header.append(p.code);
    header.append(Tr::tr("Ownership"));
    for (const MatrixGroup &g : r.matrix.groups) {
        out += QLatin1String("### ") + esc(g.area) + QLatin1String("\n\n");
        tableHeader(out, header);
        for (const MatrixRow &row : g.rows) {
            QStringList cells{row.title, row.kind, row.system};
            for (const Raci raci : row.roles)
                cells.append(raci.toString());
            cells.append(row.ownership);
            tableRow(out, cells);
        }
        out += u'\n';
    }
    if (r.matrix.groups.isEmpty())
        paragraph(out, Tr::tr("No duties."));

    for (const PartyList &list : r.partyLists) {
        out += QLatin1String("## ") + esc(list.heading) + QLatin1String("\n\n");
        for (const PartyDutyGroup &g : list.groups) {
            out += QLatin1String("### ") + esc(g.area) + QLatin1String("\n\n");
            for (const PartyDuty &d : g.duties) {
                out += QLatin1String("- **") + esc(d.title) + QLatin1String("** (") + esc(d.roles);
                if (!d.frequency.isEmpty())
                    out += QLatin1String(", ") + esc(d.frequency);
                out += u')';
                if (!d.description.isEmpty())
                    out += QLatin1String(": ") + esc(d.description);
                out += u'\n';
            }
            out += u'\n';
        }
    }

    for (const Section &s : r.sections) {
        out += QLatin1String("## ") + esc(s.heading) + QLatin1String("\n\n");
        for (const QString &p : s.paragraphs)
            paragraph(out, p);
        for (const Table &t : s.tables)
            table(out, t);
    }

    if (!r.signatures.isEmpty()) {
        out += QLatin1String("## ") + esc(Tr::tr("Signatures")) + QLatin1String("\n\n");
        tableHeader(out, {Tr::tr("Party"), Tr::tr("Name"), Tr::tr("Title"), Tr::tr("Signature"),
                          Tr::tr("Date")});
        for (const Signature &s : r.signatures)
            tableRow(out, {s.party, s.name, s.title, QString(), QString()});
        out += u'\n';
    }
    return out;
}

Status MarkdownFormat::write(const ExportJob &job, QIODevice *device) const
{
    const QByteArray bytes = document(job.report()).toUtf8();
    if (device->write(bytes) != bytes.size())
        return deviceFailure(device);
    return {};
}
