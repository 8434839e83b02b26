// Reads arbitrary bytes as a JSON agreement (dutymap-cli and scripts hand
// these over): any input gives an agreement or a sentence, and an accepted
// agreement survives being written as JSON and read again.
#include "fuzzsupport.h"

#include "exchange/jsonformat.h"
#include "model/agreement.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Agreement> read = JsonFormat::fromJson(bytes, QStringLiteral("fuzz.json"));
    if (!read) {
        if (read.error().isEmpty())
            FuzzSupport::violated("a refused JSON agreement comes with a reason");
        return 0;
    }
    const QByteArray written = QJsonDocument(JsonFormat::toJson(*read)).toJson();
    const Result<Agreement> again = JsonFormat::fromJson(written, QStringLiteral("again.json"));
    if (!again)
        FuzzSupport::violated("a written JSON agreement reads back", again.error());
    if (!(*again == *read))
        FuzzSupport::violated("writing and reading JSON keeps an agreement unchanged",
                              QString::fromUtf8(written.left(4000)));
    return 0;
}
