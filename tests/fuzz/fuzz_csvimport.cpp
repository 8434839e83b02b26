// Reads arbitrary bytes as a CSV matrix (File → Import, and dutymap-cli on a
// .csv file), both as a new agreement and applied onto a small one: any
// input gives an agreement or at least one problem, never both; an accepted
// matrix exports to CSV and reads back to the same matrix.
#include "fuzzsupport.h"

#include "exchange/csvformat.h"
#include "exchange/csvimport.h"
#include "model/agreement.h"

#include <cstddef>
#include <cstdint>

namespace {

// Two parties and one duty, for the apply path; party columns named "IT",
// "MSP", "Internal IT" or "Provider" reach it.
Agreement base()
{
    Agreement a;
    a.parties = {
        Party{1, QStringLiteral("Internal IT"), QStringLiteral("IT"), Party::Kind::Internal, {}},
        Party{2, QStringLiteral("Provider"), QStringLiteral("MSP"), Party::Kind::Provider, {}}};
    a.areas = {Area{3, {}, QStringLiteral("Help desk")}};
    Duty d;
    d.id = 4;
    d.areaId = 3;
    d.title = QStringLiteral("Reset passwords");
    d.setRoles(2, Raci(Raci::Accountable | Raci::Responsible));
    a.duties = {d};
    a.nextId = 5;
    return a;
}

void checkOutcome(const CsvImport::Outcome &o, const QString &what)
{
    if (o.ok() == !o.problems.isEmpty())
        FuzzSupport::violated("an import gives an agreement or problems, never both", what);
    if (!o.ok() && o.error().isEmpty())
        FuzzSupport::violated("a refused import says why", what);
    if (o.problems.size() > CsvImport::MaxProblemsListed)
        FuzzSupport::violated("at most MaxProblemsListed problems are listed", what);
    if (!o.ok())
        return;
    const Agreement &a = *o.agreement;
    if (a.computeNextId() > a.nextId)
        FuzzSupport::violated("ids stay below nextId", what);
    for (const Duty &d : a.duties)
        if (!a.area(d.areaId) || (d.systemId != 0 && !a.system(d.systemId)))
            FuzzSupport::violated("every duty's area and system exist", what);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvImport::Outcome read = CsvImport::read(bytes, QStringLiteral("fuzz.csv"));
    checkOutcome(read, QStringLiteral("read"));
    const Agreement onto = base();
    const CsvImport::Outcome applied = CsvImport::apply(onto, bytes, QStringLiteral("fuzz.csv"));
    checkOutcome(applied, QStringLiteral("apply"));

    if (read.ok()) {
        // What was read exports and reads back as the same file.
        const QByteArray csv = CsvFormat::matrixCsv(*read.agreement);
        const CsvImport::Outcome again = CsvImport::read(csv, QStringLiteral("again.csv"));
        if (!again.ok())
            FuzzSupport::violated("an exported matrix reads back", again.error());
        if (CsvFormat::matrixCsv(*again.agreement) != csv)
            FuzzSupport::violated("export, import and export give the same CSV",
                                  QString::fromUtf8(csv));
    }
    if (applied.ok()) {
        // Applying an agreement's own export changes nothing.
        const QByteArray csv = CsvFormat::matrixCsv(*applied.agreement);
        const CsvImport::Outcome same =
            CsvImport::apply(*applied.agreement, csv, QStringLiteral("same.csv"));
        if (!same.ok() || !(*same.agreement == *applied.agreement))
            FuzzSupport::violated("applying an agreement's own CSV changes nothing",
                                  same.error() + QString::fromUtf8(csv));
    }
    return 0;
}
