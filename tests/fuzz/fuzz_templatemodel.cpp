// Reads arbitrary bytes as a responsibility model file (or a catalog file)
// of a user's template folder. Such files are written by hand, so any input
// must give a model or a sentence; a model that loads must also become an
// agreement whose references all hold.
#include "fuzzsupport.h"

#include "exchange/jsonformat.h"
#include "templates/modelspec.h"
#include "templates/templatecatalog.h"
#include "templates/templatelibrary.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

std::optional<TemplateCatalog> s_catalog;
QString s_folder;

void instantiate(const QByteArray &bytes, const QString &id)
{
    FuzzSupport::writeFile(s_folder + QStringLiteral("/models/fuzz.json"), bytes);
    const TemplateLibrary library = TemplateLibrary::load({s_folder}, true);
    if (!library.problems().isEmpty())
        FuzzSupport::violated("a model that parses loads without problems",
                              library.problems().join(u'\n'));
    if (!library.model(id))
        FuzzSupport::violated("a model that parses is offered", id);
    const Result<Agreement> agreement =
        library.instantiate(id, {QStringLiteral("Client"), QString(), QDate(2026, 1, 1)});
    if (!agreement)
        FuzzSupport::violated("a loaded model becomes an agreement", agreement.error());
    // The JSON reader checks every reference and id, so it judges the draft.
    const QByteArray json = QJsonDocument(JsonFormat::toJson(*agreement)).toJson();
    const Result<Agreement> checked = JsonFormat::fromJson(json, QStringLiteral("draft.json"));
    if (!checked)
        FuzzSupport::violated("an agreement made from a model is consistent", checked.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    const TemplateLibrary builtIn = TemplateLibrary::load({}, true);
    if (!builtIn.problems().isEmpty())
        FuzzSupport::violated("the built-in templates load", builtIn.problems().join(u'\n'));
    s_catalog = builtIn.catalog();
    s_folder = FuzzSupport::scratchFolder() + QStringLiteral("/templates");
    if (!QDir().mkpath(s_folder + QStringLiteral("/models")))
        FuzzSupport::violated("the template folder can be made", s_folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const QJsonObject root = document.object();

    // As a catalog layered over the built-in one.
    TemplateCatalog catalog = *s_catalog;
    const Status merged = catalog.merge(root);
    if (!merged && merged.error().isEmpty())
        FuzzSupport::violated("a refused catalog comes with a reason");

    // As a model checked against the built-in catalog.
    const Result<ModelSpec> spec = ModelSpec::parse(root, *s_catalog);
    if (!spec) {
        if (spec.error().isEmpty())
            FuzzSupport::violated("a refused model comes with a reason");
        return 0;
    }
    instantiate(bytes, spec->id);
    return 0;
}
