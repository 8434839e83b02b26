// The text exports (CSV, Markdown, HTML, JSON) against golden files, the CSV
// round trip, the CSV importer's refusals, and hostile text in every format.
//
// Regenerate the golden files after an intended change with
//   DUTYMAP_UPDATE_GOLDEN=1 build/<dir>/tests/core/test_core "[golden]"
// and review the diff of tests/data/golden/ before committing it.
#include "exchange/csvformat.h"
#include "exchange/csvimport.h"
#include "exchange/formatregistry.h"
#include "exchange/htmlformat.h"
#include "exchange/jsonformat.h"
#include "exchange/markdownformat.h"
#include "exchange/sampleagreement.h"
#include "exchange/sheet/sheetlayout.h"
#include "model/agreement.h"
#include "templates/templatelibrary.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

// A small agreement with every part an export shows, fixed so that its
// exports can be compared byte for byte.
Agreement goldenAgreement()
{
    Agreement a;
    a.details.title = QStringLiteral("Co-managed IT agreement: Example & Co");
    a.details.client = QStringLiteral("Example & Co");
    a.details.provider = QStringLiteral("Contoso Managed IT");
    a.details.modelId = QStringLiteral("security-tools");
    a.details.effectiveDate = QDate(2026, 3, 1);
    a.details.reviewMonths = 6;
    a.details.status = AgreementDetails::Status::InReview;
    a.details.revision = 3;
    a.details.ticketCategories = {TicketCategory{QStringLiteral("Password reset"), 10},
                                  TicketCategory{QStringLiteral("Security alert"), 11}};
    a.details.locations = {QStringLiteral("Head office")};
    a.parties = {Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"),
                       Party::Kind::Internal, QStringLiteral("#2563eb")},
                 Party{2, QStringLiteral("Contoso Managed IT"), QStringLiteral("MSP"),
                       Party::Kind::Provider, QStringLiteral("#ea580c")},
                 Party{3, QStringLiteral("Leadership"), QStringLiteral("LEAD"),
                       Party::Kind::Leadership, QStringLiteral("#7c3aed")}};
    a.details.signatories = {
        Signatory{QStringLiteral("Ann Lee"), QStringLiteral("CFO"), 3, {}, {}},
        Signatory{QStringLiteral("Raj Patel"), QStringLiteral("IT lead"), 1, {}, {}},
        Signatory{QStringLiteral("Kim Berg"), QStringLiteral("Account manager"), 2, {}, {}}};
    a.areas = {
        Area{10, QStringLiteral("help-desk"), QStringLiteral("Help desk")},
        Area{11, QStringLiteral("security-ops"), QStringLiteral("Security operations")},
        Area{12, QStringLiteral("security-governance"), QStringLiteral("Security governance")}};
    a.systems = {System{20, QStringLiteral("m365"), QStringLiteral("Microsoft 365 tenant"),
                        QStringLiteral("cloud service"), System::Criticality::High},
                 System{21, QStringLiteral("endpoints"), QStringLiteral("Endpoints"),
                        QStringLiteral("devices"), System::Criticality::Medium}};
    Tool edr{
        30, QStringLiteral("edr"), QStringLiteral("EDR console"), QStringLiteral("Security"), 2,
        {}};
    edr.access.insert(1, ToolAccess{ToolAccess::Level::Read, QStringLiteral("Security Reader"),
                                    QStringLiteral("Raj Patel"), true, QDate(2027, 3, 1)});
    edr.access.insert(2, ToolAccess{ToolAccess::Level::Admin, {}, {}, true, {}});
    a.tools = {edr};

    const auto duty = [](int id, int area, int system, const char *title, Duty::Kind kind,
                         QList<std::pair<int, Raci::Role>> roles) {
        Duty d;
        d.id = id;
        d.areaId = area;
        d.systemId = system;
        d.title = QString::fromUtf8(title);
        d.kind = kind;
        d.frequency = QStringLiteral("per request");
        d.description = QStringLiteral("What “%1” means in practice.").arg(d.title);
        for (const auto &[party, role] : roles)
            d.setRoles(party, d.rolesOf(party).with(role));
        return d;
    };
    using R = Raci::Role;
    a.duties = {
        duty(40, 10, 20, "Reset passwords and unlock accounts", Duty::Kind::Task,
             {{2, R::Accountable}, {2, R::Responsible}, {1, R::Informed}}),
        duty(41, 10, 0, "Support VIP users", Duty::Kind::Task,
             {{1, R::Accountable}, {1, R::Responsible}, {2, R::Consulted}}),
        duty(42, 11, 21, "Monitor and triage security alerts", Duty::Kind::Security,
             {{2, R::Accountable}, {2, R::Responsible}, {1, R::Informed}}),
        duty(43, 11, 21, "Remediate vulnerabilities", Duty::Kind::Security,
             {{1, R::Accountable}, {2, R::Responsible}, {1, R::Consulted}}),
        duty(44, 12, 0, "Approve security policies", Duty::Kind::Approval,
             {{1, R::Accountable}, {1, R::Responsible}, {2, R::Consulted}, {3, R::Informed}}),
        duty(45, 12, 0, "Migrate to passwordless sign-in", Duty::Kind::Project,
             {{1, R::Accountable}, {2, R::Responsible}, {1, R::Responsible}}),
    };
    EscalationRule vip;
    vip.id = 50;
    vip.name = QStringLiteral("VIP users");
    vip.vip = EscalationRule::Match::Yes;
    vip.firstResponderId = 1;
    vip.responseMinutes = {60, 30, 15, 15};
    EscalationRule all;
    all.id = 51;
    all.name = QStringLiteral("Everything else");
    all.firstResponderId = 2;
    all.escalateToId = 1;
    all.trigger = EscalationRule::Trigger::Unresolved;
    all.escalateAfterMinutes = 240;
    all.responseMinutes = {480, 240, 60, 15};
    all.resolutionMinutes = {4320, 1440, 480, 240};
    a.rules = {vip, all};
    a.assessment.set(QStringLiteral("users"), 120);
    a.assessment.set(QStringLiteral("devices"), 150);
    a.assessment.set(QStringLiteral("itStaff"), 2);
    a.assessment.set(QStringLiteral("monthlyTickets"), 300);
    a.assessment.set(QStringLiteral("afterHoursCoverage"), true);
    a.assessment.set(QStringLiteral("securityStaff"), false);
    a.assessment.set(QStringLiteral("edr"), false);
    a.assessment.set(QStringLiteral("complianceNeeds"),
                     QStringList{QStringLiteral("Cyber insurance")});
    a.nextId = 60;
    return a;
}

const QDate goldenToday(2026, 4, 1);

QByteArray exported(const Format &format, const Agreement &a, int partyId = 0)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportOptions options;
    options.partyId = partyId;
    options.today = goldenToday;
    const Status s = format.writeAgreement(a, &buffer, options);
    INFO(text(s.error()));
    REQUIRE(s.ok());
    return buffer.data();
}

// Compares with tests/data/golden/NAME, or rewrites it when
// DUTYMAP_UPDATE_GOLDEN is set.
void compareGolden(const char *name, const QByteArray &actual)
{
    const QString path = QStringLiteral(DUTYMAP_TEST_DATA_DIR "/golden/") + QLatin1String(name);
    if (qEnvironmentVariableIsSet("DUTYMAP_UPDATE_GOLDEN")) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(actual) == actual.size());
        WARN("rewrote " << text(path));
        return;
    }
    QFile in(path);
    INFO("golden file " << text(path)
                        << " (regenerate with DUTYMAP_UPDATE_GOLDEN=1 test_core \"[golden]\")");
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray expected = in.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                FAIL_CHECK("first difference on line "
                           << i + 1 << "\n  expected: " << e.value(i).toStdString()
                           << "\n  actual:   " << a.value(i).toStdString());
                break;
            }
        }
    }
    CHECK((actual == expected));
}

// The matrix as plain rows: area, title, kind, system, then each party's
// name and roles; what a CSV round trip must keep.
QList<QStringList> matrixOf(const Agreement &a)
{
    QList<QStringList> rows;
    for (const Area &area : a.areas) {
        for (const Duty &d : a.duties) {
            if (d.areaId != area.id)
                continue;
            const System *s = a.system(d.systemId);
            QStringList row{area.name, d.title, Duty::kindKey(d.kind), s ? s->name : QString()};
            for (const Party &p : a.parties)
                row << p.name << d.rolesOf(p.id).toString();
            rows.append(row);
        }
    }
    return rows;
}

// Each duty's ownership, in the order of matrixOf().
QStringList ownershipOf(const Agreement &a)
{
    QStringList list;
    for (const Area &area : a.areas)
        for (const Duty &d : a.duties)
            if (d.areaId == area.id)
                list.append(Agreement::ownershipKey(a.ownershipOf(d)));
    return list;
}

QList<Agreement> roundTripAgreements()
{
    QList<Agreement> list;
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    list.append(sample.value());
    const TemplateLibrary library = TemplateLibrary::load();
    for (const QString &id : TemplateLibrary::builtInModelIds()) {
        const Result<Agreement> a = library.instantiate(
            id, {QStringLiteral("Northwind"), QStringLiteral("Contoso"), QDate(2026, 1, 1)});
        REQUIRE(a.ok());
        list.append(a.value());
    }
    list.append(goldenAgreement());
    return list;
}

const QStringList hostileTexts = {
    QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
    QStringLiteral("<img src=x onerror=alert(1)>"),
    QStringLiteral("<a href=\"http://evil\">x</a>"),
    QStringLiteral("**bold** | [link](http://x)"),
    QStringLiteral("<b>bold</b> & <script>alert(1)</script>"),
    QStringLiteral("+1 @user -2 'quoted `code` _under_ # heading"),
    QStringLiteral("\tTab first\r\nsecond line"),
};

Agreement hostileAgreement(const QString &hostile)
{
    Agreement a = goldenAgreement();
    a.details.title = hostile;
    a.details.client = hostile;
    a.parties[1].name = hostile;
    a.areas[0].name = hostile;
    a.systems[0].name = hostile;
    a.duties[0].title = hostile;
    a.duties[0].description = hostile;
    a.duties[0].frequency = hostile;
    a.tools[0].name = hostile;
    a.rules[0].name = hostile;
    a.details.signatories[0].name = hostile;
    return a;
}

// Counts ch in line that no backslash escapes.
int unescaped(const QString &line, QChar ch)
{
    int n = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\') {
            ++i;
            continue;
        }
        n += line.at(i) == ch ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("Text exports match their golden files", "[exchange][golden]")
{
    const Agreement a = goldenAgreement();
    compareGolden("agreement.csv", exported(CsvFormat(), a));
    compareGolden("agreement.md", exported(MarkdownFormat(), a));
    compareGolden("agreement.html", exported(HtmlFormat(), a));
    compareGolden("agreement.json", exported(JsonFormat(), a));
    compareGolden("agreement-msp.md", exported(MarkdownFormat(), a, 2));
}

TEST_CASE("The registry lists the core formats with their capabilities", "[exchange]")
{
    const FormatRegistry &registry = FormatRegistry::instance();
    for (const char *id : {"json", "csv", "md", "html"})
        REQUIRE(registry.byId(QLatin1String(id)) != nullptr);
    CHECK(registry.byId(QStringLiteral("CSV"))->canRead());
    CHECK(registry.byId(QStringLiteral("json"))->canRead());
    CHECK_FALSE(registry.byId(QStringLiteral("html"))->canRead());
    CHECK(registry.byId(QStringLiteral("md"))->has(Format::WritesDocument));
    CHECK(registry.byExtension(QStringLiteral("x/agreement.HTML"))->id() == QStringLiteral("html"));
    CHECK(registry.formats(Format::CanRead).size() >= 2);
    CHECK_THAT(text(registry.fileFilters(Format::CanRead)), Catch::Contains("(*.json)")
                                                                && Catch::Contains("(*.csv)")
                                                                && !Catch::Contains("(*.html)"));
    CHECK(text(registry.byId(QStringLiteral("csv"))
                   ->writeError(QStringLiteral("a.csv"), QStringLiteral("Disk full.")))
          == "Could not export “a.csv” as CSV matrix: Disk full.");
}

TEST_CASE("A write that fails names the device's error", "[exchange]")
{
    QBuffer closed; // not open: every write fails
    for (const Format *f : FormatRegistry::instance().formats()) {
        if (f->has(Format::NeedsGui))
            continue;
        INFO(text(f->id()));
        const Status s = f->writeAgreement(goldenAgreement(), &closed);
        CHECK_FALSE(s.ok());
        CHECK_FALSE(s.error().isEmpty());
    }
}

TEST_CASE("CSV is UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting", "[exchange][csv]")
{
    Agreement a = goldenAgreement();
    a.duties[0].title = QStringLiteral("Say \"hello\", then\nwait");
    const QByteArray csv = exported(CsvFormat(), a);
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "Area,Duty,Kind,System,Internal IT,Contoso Managed IT,"
                         "Leadership,Ownership\r\n"));
    CHECK(csv.contains("Help desk,\"Say \"\"hello\"\", then\nwait\",task,Microsoft 365 tenant,I,"
                       "A/R,,provider\r\n"));
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.count("\r\n") == 1 + a.duties.size());
}

TEST_CASE("CSV export then import gives the same matrix", "[exchange][csv]")
{
    for (const Agreement &original : roundTripAgreements()) {
        INFO(text(original.details.title));
        const QByteArray csv = CsvFormat::matrixCsv(original);

        // As a new agreement: the same matrix, parties and kinds.
        const CsvImport::Outcome read = CsvImport::read(csv, QStringLiteral("m.csv"));
        INFO(text(read.error()));
        REQUIRE(read.ok());
        CHECK(matrixOf(*read.agreement) == matrixOf(original));
        // Party kinds are guessed from names; each party stays on its side,
        // so every duty keeps its ownership.
        REQUIRE(read.agreement->parties.size() == original.parties.size());
        for (qsizetype i = 0; i < original.parties.size(); ++i)
            CHECK(read.agreement->parties.at(i).isClientSide()
                  == original.parties.at(i).isClientSide());
        CHECK(ownershipOf(*read.agreement) == ownershipOf(original));

        // Onto the agreement it came from: nothing changes at all.
        const CsvImport::Outcome applied = CsvImport::apply(original, csv, QStringLiteral("m.csv"));
        INFO(text(applied.error()));
        REQUIRE(applied.ok());
        CHECK(*applied.agreement == original);

        // And the imported agreement exports the same CSV again.
        CHECK(CsvFormat::matrixCsv(*read.agreement) == csv);
    }
}

TEST_CASE("CSV import tells a party's kind from its column as the spreadsheet import does",
          "[exchange][csv]")
{
    const QByteArray csv = "Area,Duty,IT-Abteilung,Dienstleister,Geschäftsführung,Lead,"
                           "Hersteller,Facilities\r\n"
                           "Help desk,Reset passwords,A,R,I,C,,\r\n";
    const CsvImport::Outcome o = CsvImport::read(csv, QStringLiteral("de.csv"));
    INFO(text(o.error()));
    REQUIRE(o.ok());
    const QList<Party> &parties = o.agreement->parties;
    REQUIRE(parties.size() == 6);
    for (const Party &p : parties) {
        INFO(text(p.name));
        CHECK(p.kind == SheetLayout::guessPartyKind(p.name));
    }
    CHECK(parties.at(0).kind == Party::Kind::Internal);
    CHECK(parties.at(1).kind == Party::Kind::Provider);
    CHECK(parties.at(2).kind == Party::Kind::Leadership);
    CHECK(parties.at(3).kind == Party::Kind::Leadership);
    CHECK(parties.at(4).kind == Party::Kind::Vendor);
    CHECK(parties.at(5).kind == Party::Kind::Other);
    // Codes and colours as every new party gets them.
    CHECK(parties.at(1).code == Party::codeFromName(QStringLiteral("Dienstleister")));
    CHECK(parties.at(1).color == Party::paletteColor(1));
}

TEST_CASE("CSV import onto an agreement changes roles, adds duties, keeps the rest",
          "[exchange][csv]")
{
    const Agreement original = goldenAgreement();
    const QByteArray csv = "Duty;AREA;msp;internal it;Kind\r\n"
                           "Reset passwords and unlock accounts;Help desk;R/A;c;task\r\n"
                           "Patch servers;Servers;Responsible;Accountable, Informed;Task\r\n";
    const CsvImport::Outcome o = CsvImport::apply(original, csv, QStringLiteral("edit.csv"));
    INFO(text(o.error()));
    REQUIRE(o.ok());
    const Agreement &a = *o.agreement;
    CHECK(a.duties.size() == original.duties.size() + 1);
    CHECK(a.duties.at(0).rolesOf(2) == Raci(Raci::Accountable | Raci::Responsible));
    CHECK(a.duties.at(0).rolesOf(1) == Raci(Raci::Consulted));
    CHECK(a.duties.at(0).systemId == 0); // no System column: no system
    CHECK(a.duties.mid(1, 5) == original.duties.mid(1, 5));
    const Duty &added = a.duties.constLast();
    CHECK(added.title == QStringLiteral("Patch servers"));
    REQUIRE(a.area(added.areaId) != nullptr);
    CHECK(a.area(added.areaId)->name == QStringLiteral("Servers"));
    CHECK(added.rolesOf(1) == Raci(Raci::Accountable | Raci::Informed));
    CHECK(a.computeNextId() <= a.nextId);
}

TEST_CASE("CSV import reports every bad cell and imports nothing", "[exchange][csv]")
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Area,Duty,Kind,System,Internal IT,MSP,Ownership\r\n"
                           "Help desk,Reset passwords,task,,I,A/R,provider\r\n"
                           "Help desk,Bad one,chore,,Q,A/R,\r\n"
                           "Help desk,,task,,I,RR,\r\n"
                           "Help desk,Short row,task\r\n"
                           ",No area,task,,A,,\r\n";
    const CsvImport::Outcome o = CsvImport::apply(goldenAgreement(), csv, QStringLiteral("b.csv"));
    REQUIRE_FALSE(o.ok());
    QStringList messages;
    for (const CsvImport::Problem &p : o.problems)
        messages.append(p.message);
    INFO(text(messages.join(u'\n')));
    REQUIRE(o.problems.size() == 6);
    CHECK(text(messages.at(0))
          == "“b.csv”, row 3, column C (Kind): “chore” is not a duty kind "
             "(task, security, approval, project)");
    CHECK_THAT(text(messages.at(1)), Catch::StartsWith("“b.csv”, row 3, column E (Internal IT): "
                                                       "\"Q\" is not a RACI value"));
    CHECK_THAT(text(messages.at(2)), Catch::StartsWith("“b.csv”, row 4, column F (MSP): \"RR\" "
                                                       "is not a RACI value: a role is named "
                                                       "twice"));
    // Raci::parse() says why in a sentence; the list ends it once, not twice.
    for (const QString &m : std::as_const(messages))
        CHECK_FALSE(m.endsWith(u'.'));
    CHECK_FALSE(o.error().contains(QStringLiteral("..")));
    CHECK(text(messages.at(3)) == "“b.csv”, row 4, column B (Duty): the duty has no title");
    CHECK(text(messages.at(4)) == "“b.csv”, row 5: the row has 3 cells, the header row 7");
    CHECK(text(messages.at(5)) == "“b.csv”, row 6, column A (Area): the area is empty");
    CHECK_THAT(text(o.error()), Catch::StartsWith("Nothing was imported from “b.csv”: it has 6 "
                                                  "problems.\n“b.csv”, row 3, column C"));
    CHECK_FALSE(o.toResult().ok());
}

TEST_CASE("CSV import lists at most a hundred problems and counts the rest", "[exchange][csv]")
{
    QByteArray csv = "Area,Duty,Internal IT\n";
    for (int i = 0; i < 150; ++i)
        csv += "Help desk,Duty " + QByteArray::number(i) + ",X\n";
    const CsvImport::Outcome o = CsvImport::read(csv, QStringLiteral("many.csv"));
    REQUIRE_FALSE(o.ok());
    CHECK(o.problems.size() == CsvImport::MaxProblemsListed);
    CHECK(o.unlisted == 50);
    CHECK_THAT(text(o.error()),
               Catch::Contains("it has 150 problems.") && Catch::EndsWith("… and 50 more."));
}

TEST_CASE("CSV cells that spreadsheets evaluate are neutralised and read back exactly",
          "[exchange][csv][injection]")
{
    for (const QString &t :
         {QStringLiteral("=1+1"), QStringLiteral("+1"), QStringLiteral("-1"),
          QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx"),
          QStringLiteral("'quoted"), QStringLiteral("plain")}) {
        INFO(text(t));
        const QString cell = CsvFormat::neutralised(t);
        if (t == QStringLiteral("plain"))
            CHECK(cell == t);
        else
            CHECK(cell == u'\'' + t);
    }
    CHECK(text(CsvFormat::field(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")))
          == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
}

TEST_CASE("Hostile text stays text in every text format", "[exchange][injection]")
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9!]+)"));
    const QStringList allowedTags = {
        QStringLiteral("!DOCTYPE"), QStringLiteral("html"),     QStringLiteral("head"),
        QStringLiteral("meta"),     QStringLiteral("title"),    QStringLiteral("style"),
        QStringLiteral("body"),     QStringLiteral("h1"),       QStringLiteral("h2"),
        QStringLiteral("h3"),       QStringLiteral("table"),    QStringLiteral("caption"),
        QStringLiteral("thead"),    QStringLiteral("tbody"),    QStringLiteral("tr"),
        QStringLiteral("th"),       QStringLiteral("td"),       QStringLiteral("p"),
        QStringLiteral("ul"),       QStringLiteral("li"),       QStringLiteral("strong"),
        QStringLiteral("span"),     QStringLiteral("div"),      QStringLiteral("section"),
        QStringLiteral("br"),       QStringLiteral("colgroup"), QStringLiteral("col")};
    for (const QString &hostile : hostileTexts) {
        INFO("text: " << text(hostile));
        const Agreement a = hostileAgreement(hostile);

        // HTML: only our own tags, no script, no URL, the text escaped.
        // A colour that is not "#rrggbb" must not reach a style attribute.
        Agreement coloured = a;
        coloured.parties[1].color = QStringLiteral("red;background:url(http://evil)");
        const QString html = QString::fromUtf8(exported(HtmlFormat(), coloured));
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(2);
            INFO("tag " << text(name));
            CHECK(allowedTags.contains(name));
        }
        // Every tag is ours (escaped text holds no '<'), and none links or loads.
        static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
        static const QRegularExpression link(QStringLiteral("\\s(src|href|action)\\s*="),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression quotedValue(QStringLiteral("\"[^\"]*\""));
        static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="),
                                                QRegularExpression::CaseInsensitiveOption);
        for (auto it = anyTag.globalMatch(html); it.hasNext();) {
            // Attribute values are escaped text; only names and structure matter.
            QString t = it.next().captured(0);
            t.replace(quotedValue, QStringLiteral("\"\""));
            INFO("tag " << text(t));
            CHECK_FALSE(t.contains(link));
            CHECK_FALSE(t.contains(QLatin1String("url("), Qt::CaseInsensitive));
            CHECK_FALSE(t.contains(handler));
        }
        CHECK(html.contains(HtmlFormat::escaped(hostile)));

        // Markdown: every metacharacter of the text escaped; table rows keep
        // their number of cells.
        const QString md = QString::fromUtf8(exported(MarkdownFormat(), a));
        const QString escapedMd = MarkdownFormat::escaped(hostile);
        CHECK(md.contains(escapedMd));
        for (const QChar c : {u'<', u'>', u'[', u']', u'*', u'_', u'`', u'|', u'&', u'@'})
            CHECK(unescaped(escapedMd, c) == 0);
        CHECK_FALSE(escapedMd.contains(QLatin1String("://")));
        const QStringList lines = md.split(u'\n');
        for (const QString &line : lines) {
            if (!line.startsWith(u'|') || !line.contains(escapedMd))
                continue;
            INFO("line " << text(line));
            const int cells = unescaped(line, u'|') - 1;
            CHECK(
                (cells == 2 || cells == 4 || cells == 5 || cells == 6 || cells == 7 || cells == 9));
        }
        // No raw HTML anywhere in the document, and no link syntax.
        CHECK(unescaped(md, u'<') == 0);
        CHECK(unescaped(md, u'[') == 0);

        // CSV: no cell starts with a formula character; the import gives the text back.
        const QByteArray csv = exported(CsvFormat(), a);
        const CsvImport::Outcome back = CsvImport::apply(a, csv, QStringLiteral("h.csv"));
        INFO(text(back.error()));
        REQUIRE(back.ok());
        CHECK(*back.agreement == a);
        for (const QByteArray &line : csv.split('\n'))
            for (const QByteArray &cell : line.split(','))
                for (const char c : {'=', '+', '-', '@'})
                    CHECK_FALSE((cell.startsWith(c) || cell.startsWith(QByteArray("\"") + c)));

        // JSON: the exact text, as a JSON string.
        const QByteArray json = exported(JsonFormat(), a);
        const Result<Agreement> fromJson = JsonFormat::fromJson(json, QStringLiteral("h.json"));
        REQUIRE(fromJson.ok());
        CHECK(fromJson->duties.at(0).title == hostile);
    }
}
