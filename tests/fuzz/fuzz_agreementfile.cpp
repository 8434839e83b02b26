// Opens arbitrary bytes as a .dutymap file. Agreements arrive by e-mail from
// another company, so AgreementFile::load must answer any file with an
// agreement or a sentence, never a crash, a hang or a leak.
#include "fuzzsupport.h"

#include "storage/agreementfile.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

namespace {

QString s_input;
QString s_saved;

// Mutated files almost never keep the header's size fields, application id
// and format number consistent, so most would stop at the first checks. A
// second, repaired copy of any input that starts like SQLite gets past them
// and lets the fuzzer reach SQLite's pages and the row checks.
QByteArray repaired(QByteArray bytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return {};
    const quint16 raw = qFromBigEndian<quint16>(bytes.constData() + 16);
    const qsizetype pageSize = raw == 1 ? 65536 : raw;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return {};
    bytes.resize((bytes.size() + pageSize - 1) / pageSize * pageSize, '\0');
    qToBigEndian<quint32>(quint32(bytes.size() / pageSize), bytes.data() + 28);
    qToBigEndian<quint32>(qFromBigEndian<quint32>(bytes.constData() + 24), bytes.data() + 92);
    qToBigEndian<quint32>(quint32(AgreementFile::SchemaVersion), bytes.data() + 60);
    qToBigEndian<qint32>(AgreementFile::ApplicationId, bytes.data() + 68);
    return bytes;
}

void loadAndCheck(const QByteArray &bytes)
{
    FuzzSupport::writeFile(s_input, bytes);
    const Result<Agreement> loaded = AgreementFile::load(s_input);
    if (!loaded) {
        if (loaded.error().isEmpty())
            FuzzSupport::violated("a refused file comes with a reason");
        return;
    }
    // What load accepts, save must write and load must give back unchanged.
    const Status saved = AgreementFile::save(*loaded, s_saved);
    if (!saved)
        FuzzSupport::violated("a loaded agreement can be saved", saved.error());
    const Result<Agreement> again = AgreementFile::load(s_saved);
    if (!again)
        FuzzSupport::violated("a saved agreement loads", again.error());
    if (!(*again == *loaded))
        FuzzSupport::violated("save and load keep an agreement unchanged");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    s_input = FuzzSupport::scratchFolder() + QStringLiteral("/input.dutymap");
    s_saved = FuzzSupport::scratchFolder() + QStringLiteral("/saved.dutymap");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    loadAndCheck(bytes);
    if (const QByteArray fixed = repaired(bytes); !fixed.isEmpty() && fixed != bytes)
        loadAndCheck(fixed);
    return 0;
}
