#include "reportfixture.h"

#include <catch2/catch.hpp>

#include <QProcess>

report::Report makeReport(int duties, int parties, const QString &title)
{
    static const char *colors[] = {"#2a9d8f", "#e76f51", "#264653", "#e9c46a",
                                   "#8ab17d", "#6d597a", "#b56576", "#355070"};
    report::Report r;
    r.cover = {title,
               QStringLiteral("Northwind Logistics"),
               QStringLiteral("Contoso Managed IT"),
               QStringLiteral("Full hybrid IT management"),
               QStringLiteral("1 March 2026"),
               QStringLiteral("Draft"),
               QStringLiteral("3"),
               QStringLiteral("1 September 2026")};
    for (int p = 0; p < parties; ++p)
        r.matrix.parties.append(
            {p + 1,
             p == 0 ? QStringLiteral("Internal IT") : QStringLiteral("Party number %1").arg(p + 1),
             p == 0 ? QStringLiteral("IT") : QStringLiteral("P%1").arg(p + 1),
             QString::fromLatin1(colors[p % 8])});
    r.summary.paragraphs = {QStringLiteral("Internal IT keeps decision authority; the provider "
                                           "runs the help desk and monitoring."),
                            QStringLiteral("The split of work is shown below.")};
    report::Chart perParty;
    perParty.title = QStringLiteral("Duties per party");
    perParty.valueLabel = QStringLiteral("duties");
    for (const report::PartyColumn &p : r.matrix.parties)
        perParty.bars.append({p.name, double(duties / std::max(parties, 1)), p.color});
    r.summary.charts.append(perParty);
    r.summary.internalAuthority = {QStringLiteral("Approving changes to production systems")};
    r.summary.openFindings = 2;
    const Raci roles[] = {Raci(Raci::Accountable | Raci::Responsible), Raci(Raci::Consulted),
                          Raci(Raci::Informed), Raci(Raci::Responsible), Raci()};
    report::PartyList list;
    list.party = r.matrix.parties.value(0);
    list.heading = QStringLiteral("What Internal IT does");
    for (int d = 0; d < duties; ++d) {
        if (d % 10 == 0) {
            r.matrix.groups.append({QStringLiteral("Area %1").arg(d / 10 + 1), {}});
            list.groups.append({QStringLiteral("Area %1").arg(d / 10 + 1), {}});
        }
        report::MatrixRow row;
        row.dutyId = d + 1;
        row.title = QStringLiteral("Duty %1 keeps the lights on").arg(d + 1, 5, 10, QChar(u'0'));
        if (d % 7 == 3)
            row.title += QStringLiteral(" with a much longer explanation of what is meant, so "
                                        "that the title needs to wrap over several lines");
        row.kind = QStringLiteral("Task");
        for (int p = 0; p < parties; ++p)
            row.roles.append(roles[(d + p) % 5]);
        row.ownership = QStringLiteral("Shared");
        r.matrix.groups.last().rows.append(row);
        if (row.roles.value(0).responsible() || row.roles.value(0).accountable())
            list.groups.last().duties.append({row.title, row.roles.value(0).toString(),
                                              QStringLiteral("Daily"),
                                              QStringLiteral("What the duty means in practice.")});
    }
    r.partyLists.append(list);
    report::Section escalation{QStringLiteral("escalation"),
                               QStringLiteral("Escalation"),
                               {QStringLiteral("The first matching rule wins.")},
                               {}};
    escalation.tables.append(
        {QStringLiteral("Escalation rules"),
         {QStringLiteral("Category"), QStringLiteral("First responder"),
          QStringLiteral("Escalates to")},
         {{QStringLiteral("Network"), QStringLiteral("Contoso"), QStringLiteral("Internal IT")},
          {QStringLiteral("=SUM(A1:A2)"), QStringLiteral("@evil"), QStringLiteral("-1+2")}}});
    r.sections.append(escalation);
    report::Section tools{QStringLiteral("tools"), QStringLiteral("Tool access"), {}, {}};
    tools.tables.append({QStringLiteral("Tools"),
                         {QStringLiteral("Tool"), QStringLiteral("Owner")},
                         {{QStringLiteral("Remote monitoring"), QStringLiteral("Contoso")}}});
    r.sections.append(tools);
    r.signatures = {{QStringLiteral("Northwind Logistics"), QStringLiteral("Dana Miller"),
                     QStringLiteral("CFO")},
                    {QStringLiteral("Contoso Managed IT"), QStringLiteral("Sam Lee"),
                     QStringLiteral("Account manager")}};
    r.legend = QStringLiteral("R Responsible · A Accountable · C Consulted · I Informed");
    return r;
}

QString runTool(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess process;
    process.start(program, args);
    const bool started = process.waitForStarted(10000);
    INFO(program.toStdString() << " must be installed (poppler-utils, python3-openpyxl)");
    REQUIRE(started);
    REQUIRE(process.waitForFinished(120000));
    if (exitCode)
        *exitCode = process.exitCode();
    else
        CHECK(process.exitCode() == 0);
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        UNSCOPED_INFO(err.toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}
