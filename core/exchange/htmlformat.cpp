#include "exchange/htmlformat.h"

#include "model/documentlanguage.h"
#include "model/party.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HtmlFormat)
};

using namespace report;

QString esc(const QString &text)
{
    return HtmlFormat::escaped(text);
}

// Role colours as in the editor: the strongest role held names the class.
const char *const styleSheet =
    "body{font-family:\"DejaVu Sans\",Arial,sans-serif;color:#1f2937;max-width:72rem;"
    "margin:2rem auto;padding:0 1rem;line-height:1.45}\n"
    "h1{font-size:1.8rem;margin-bottom:.5rem}\n"
    "h2{font-size:1.35rem;border-bottom:2px solid #e5e7eb;padding-bottom:.2rem;margin-top:2rem}\n"
    "h3{font-size:1.1rem;margin-top:1.4rem}\n"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}\n"
    "th,td{border:1px solid #d1d5db;padding:.25rem .5rem;text-align:left;vertical-align:top}\n"
    "th{background:#f3f4f6}\n"
    "caption{text-align:left;font-weight:bold;padding:.25rem 0}\n"
    "table.facts{width:auto}table.facts th{width:10rem}\n"
    "table.matrix{table-layout:fixed}\n"
    "td.role{text-align:center;font-weight:bold}\n"
    ".A{background:#1e3a8a;color:#fff}.R{background:#3b82f6;color:#fff}"
    ".C{background:#fde68a}.I{background:#e5e7eb}\n"
    ".legend span{display:inline-block;padding:0 .5rem;margin-right:.4rem}\n"
    ".bar{height:1rem;background:#6b7280}\n"
    "td.barcell{width:60%}\n"
    ".note{color:#4b5563;font-style:italic}\n"
    "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}"
    "tr{page-break-inside:avoid}}\n";

QString roleClass(Raci raci)
{
    if (raci.accountable())
        return QStringLiteral("A");
    if (raci.responsible())
        return QStringLiteral("R");
    if (raci.consulted())
        return QStringLiteral("C");
    if (raci.informed())
        return QStringLiteral("I");
    return {};
}

void heading(QString &out, int level, const QString &text)
{
    out += QStringLiteral("<h%1>").arg(level) + esc(text) + QStringLiteral("</h%1>\n").arg(level);
}

void paragraph(QString &out, const QString &text)
{
    out += QLatin1String("<p>") + esc(text) + QLatin1String("</p>\n");
}

void tableHead(QString &out, const QStringList &header)
{
    out += QLatin1String("<thead><tr>");
    for (const QString &h : header)
        out += QLatin1String("<th>") + esc(h) + QLatin1String("</th>");
    out += QLatin1String("</tr></thead>\n");
}

void table(QString &out, const Table &t)
{
    out += QLatin1String("<table>");
    if (!t.caption.isEmpty())
        out += QLatin1String("<caption>") + esc(t.caption) + QLatin1String("</caption>");
    out += u'\n';
    tableHead(out, t.header);
    out += QLatin1String("<tbody>\n");
    for (const QStringList &row : t.rows) {
        out += QLatin1String("<tr>");
        for (const QString &c : row)
            out += QLatin1String("<td>") + esc(c) + QLatin1String("</td>");
        out += QLatin1String("</tr>\n");
    }
    out += QLatin1String("</tbody></table>\n");
}

QString partyStyle(const QString &color)
{
    if (!Party::isColor(color))
        return {};
    return QLatin1String(" style=\"border-bottom:4px solid ") + color + QLatin1String("\"");
}

} // namespace

QString HtmlFormat::name() const
{
    return Tr::tr("HTML document");
}

QString HtmlFormat::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        case u'\n':
            out += QLatin1String("<br>");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString HtmlFormat::document(const Report &r)
{
    // The document's words in the agreement's language.
    const DocumentLanguage::Scope language(r.language);
    QString out;
    out.reserve(8192 + r.matrix.dutyCount() * 300);
    const Cover &c = r.cover;
    out += QLatin1String("<!DOCTYPE html>\n<html lang=\"")
           + esc(Tr::tr("en", "the language code of this translation"))
           + QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                           "'none'; style-src 'unsafe-inline'\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\">\n<title>")
           + esc(c.title) + QLatin1String("</title>\n<style>\n") + QLatin1String(styleSheet)
           + QLatin1String("</style>\n</head>\n<body>\n");

    heading(out, 1, c.title);
    out += QLatin1String("<table class=\"facts\">\n<tbody>\n");
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
            out += QLatin1String("<tr><th>") + esc(label) + QLatin1String("</th><td>") + esc(value)
                   + QLatin1String("</td></tr>\n");
    out += QLatin1String("</tbody></table>\n");
    if (!r.partyFilter.isEmpty())
        out += QLatin1String("<p class=\"note\">")
               + esc(Tr::tr("Limited to the responsibilities of %1.").arg(r.partyFilter))
               + QLatin1String("</p>\n");

    heading(out, 2, Tr::tr("Executive summary"));
    for (const QString &p : r.summary.paragraphs)
        paragraph(out, p);
    for (const Chart &chart : r.summary.charts) {
        double max = 0;
        for (const Bar &b : chart.bars)
            max = std::max(max, b.value);
        out += QLatin1String("<table>\n<caption>") + esc(chart.title)
               + QLatin1String("</caption>\n<tbody>\n");
        for (const Bar &b : chart.bars) {
            const int percent = max > 0 ? int(b.value * 100 / max + 0.5) : 0;
            QString style = QStringLiteral("width:%1%").arg(percent);
            if (Party::isColor(b.color))
                style += QLatin1String(";background:") + b.color;
            out += QLatin1String("<tr><td>") + esc(b.label) + QLatin1String("</td><td>")
                   + QString::number(b.value) + u' ' + esc(chart.valueLabel)
                   + QLatin1String("</td><td class=\"barcell\"><div class=\"bar\" style=\"") + style
                   + QLatin1String("\"></div></td></tr>\n");
        }
        out += QLatin1String("</tbody></table>\n");
    }
    if (!r.summary.internalAuthority.isEmpty()) {
        out += QLatin1String("<p><strong>") + esc(r.summary.authorityHeading)
               + QLatin1String("</strong></p>\n<ul>\n");
        for (const QString &a : r.summary.internalAuthority)
            out += QLatin1String("<li>") + esc(a) + QLatin1String("</li>\n");
        out += QLatin1String("</ul>\n");
    }

    heading(out, 2, Tr::tr("Responsibility matrix"));
    out += QLatin1String("<p class=\"legend\">");
    for (const Raci::Role role :
         {Raci::Responsible, Raci::Accountable, Raci::Consulted, Raci::Informed}) {
        out += QLatin1String("<span class=\"") + roleClass(Raci(role)) + QLatin1String("\">")
               + QString(Raci::roleLetter(role)) + QLatin1String("</span>")
               + esc(Raci::roleName(role)) + u' ';
    }
    out += QLatin1String("</p>\n");
    // Fixed column widths, so that every area's table lines up with the others.
    const qsizetype partyCount = std::max<qsizetype>(1, r.matrix.parties.size());
    const double partyWidth = std::max(4.0, 30.0 / double(partyCount));
    QString header = QStringLiteral("<colgroup><col style=\"width:38%\"><col style=\"width:11%\">"
                                    "<col style=\"width:15%\">");
    for (qsizetype i = 0; i < r.matrix.parties.size(); ++i)
        header += QStringLiteral("<col style=\"width:%1%\">").arg(partyWidth, 0, 'f', 1);
    header += QStringLiteral("<col></colgroup>\n");
    header += QLatin1String("<thead><tr><th>") + esc(Tr::tr("Duty")) + QLatin1String("</th><th>")
              + esc(Tr::tr("Kind")) + QLatin1String("</th><th>") + esc(Tr::tr("System"))
              + QLatin1String("</th>");
    for (const PartyColumn &p : r.matrix.parties)
        header += QLatin1String("<th title=\"") + esc(p.name) + u'"' + partyStyle(p.color) + u'>'
                  + esc(p.code) + QLatin1String("</th>");
    header +=
        QLatin1String("<th>") + esc(Tr::tr("Ownership")) + QLatin1String("</th></tr></thead>\n");
    for (const MatrixGroup &g : r.matrix.groups) {
        heading(out, 3, g.area);
        out += QLatin1String("<table class=\"matrix\">\n") + header + QLatin1String("<tbody>\n");
        for (const MatrixRow &row : g.rows) {
            out += QLatin1String("<tr><td>") + esc(row.title) + QLatin1String("</td><td>")
                   + esc(row.kind) + QLatin1String("</td><td>") + esc(row.system)
                   + QLatin1String("</td>");
            for (const Raci raci : row.roles) {
                const QString cls = roleClass(raci);
                out += cls.isEmpty()
                           ? QStringLiteral("<td class=\"role\">")
                           : QLatin1String("<td class=\"role ") + cls + QLatin1String("\">");
                out += raci.toString() + QLatin1String("</td>");
            }
            out += QLatin1String("<td>") + esc(row.ownership) + QLatin1String("</td></tr>\n");
        }
        out += QLatin1String("</tbody></table>\n");
    }
    if (r.matrix.groups.isEmpty())
        paragraph(out, Tr::tr("No duties."));

    for (const PartyList &list : r.partyLists) {
        heading(out, 2, list.heading);
        for (const PartyDutyGroup &g : list.groups) {
            heading(out, 3, g.area);
            out += QLatin1String("<ul>\n");
            for (const PartyDuty &d : g.duties) {
                out += QLatin1String("<li><strong>") + esc(d.title) + QLatin1String("</strong> (")
                       + esc(d.roles);
                if (!d.frequency.isEmpty())
                    out += QLatin1String(", ") + esc(d.frequency);
                out += u')';
                if (!d.description.isEmpty())
                    out += QLatin1String(": ") + esc(d.description);
                out += QLatin1String("</li>\n");
            }
            out += QLatin1String("</ul>\n");
        }
    }

    for (const Section &s : r.sections) {
        out += QLatin1String("<section id=\"") + esc(s.id) + QLatin1String("\">\n");
        heading(out, 2, s.heading);
        for (const QString &p : s.paragraphs)
            paragraph(out, p);
        for (const Table &t : s.tables)
            table(out, t);
        out += QLatin1String("</section>\n");
    }

    if (!r.signatures.isEmpty()) {
        heading(out, 2, Tr::tr("Signatures"));
        Table t;
        t.header = {Tr::tr("Party"), Tr::tr("Name"), Tr::tr("Title"), Tr::tr("Signature"),
                    Tr::tr("Date")};
        for (const Signature &s : r.signatures)
            t.rows.append({s.party, s.name, s.title, QString(), QString()});
        table(out, t);
    }
    out += QLatin1String("</body>\n</html>\n");
    return out;
}

Status HtmlFormat::write(const ExportJob &job, QIODevice *device) const
{
    const QByteArray bytes = document(job.report()).toUtf8();
    if (device->write(bytes) != bytes.size())
        return deviceFailure(device);
    return {};
}
