#include <catch2/catch.hpp>

#include "templates/templateindex.h"
#include "templates/templatelibrary.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

// A writable copy of the test folder with broken and custom models.
QString copyMalformed(const QTemporaryDir &dir)
{
    const QDir source(QStringLiteral(DUTYMAP_TEST_DATA_DIR "/templates/malformed/models"));
    const QString target = dir.filePath(QStringLiteral("templates"));
    REQUIRE(QDir().mkpath(target + QStringLiteral("/models")));
    for (const QString &name : source.entryList(QDir::Files))
        REQUIRE(QFile::copy(source.filePath(name), target + QStringLiteral("/models/") + name));
    return target;
}

QStringList ids(const TemplateIndex &index)
{
    QStringList result;
    for (const TemplateIndex::Entry &e : index.models())
        result.append(e.id);
    return result;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("The template index lists what a full load finds, then reads it from the cache",
          "[templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = copyMalformed(dir);
    const QString cache = dir.filePath(QStringLiteral("cache/index"));

    const TemplateLibrary library = TemplateLibrary::load({folder});
    const TemplateIndex first = TemplateIndex::load({folder}, cache);
    CHECK_FALSE(first.fromCache());
    REQUIRE(QFile::exists(cache));
    const TemplateIndex second = TemplateIndex::load({folder}, cache);
    CHECK(second.fromCache());

    for (const TemplateIndex *index : {&first, &second}) {
        CHECK(index->problems() == library.problems());
        REQUIRE(index->models().size() == library.models().size());
        for (qsizetype i = 0; i < library.models().size(); ++i) {
            const ModelTemplate &m = library.models().at(i);
            CHECK(index->models().at(i)
                  == TemplateIndex::Entry{m.id, m.name, m.bestFor, m.summary, m.origin});
        }
    }
    CHECK(second.problems().size() == 4);
}

TEST_CASE("A changed, added or removed template file is noticed", "[templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = copyMalformed(dir);
    const QString cache = dir.filePath(QStringLiteral("index"));
    REQUIRE(TemplateIndex::load({folder}, cache).models().size() == 5);

    SECTION("a file is repaired")
    {
        QFile::remove(folder + QStringLiteral("/models/invalid-json.json"));
        const TemplateIndex index = TemplateIndex::load({folder}, cache);
        CHECK_FALSE(index.fromCache());
        CHECK(index.problems().size() == 3);
        CHECK(TemplateIndex::load({folder}, cache).fromCache());
    }
    SECTION("a model is added")
    {
        QFile::copy(folder + QStringLiteral("/models/small-custom.json"),
                    folder + QStringLiteral("/models/zz-copy.json"));
        const TemplateIndex index = TemplateIndex::load({folder}, cache);
        CHECK_FALSE(index.fromCache());
        // The copy repeats the id of a model in the same folder.
        CHECK(index.problems().size() == 5);
    }
    SECTION("a model changes in place")
    {
        const QString path = folder + QStringLiteral("/models/small-custom.json");
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("\"small-custom\"", "\"small-custom-2\"");
        writeFile(path, bytes + "\n");
        const TemplateIndex index = TemplateIndex::load({folder}, cache);
        CHECK_FALSE(index.fromCache());
        CHECK(ids(index).contains(u"small-custom-2"));
    }
}

TEST_CASE("A damaged or unwritable cache only costs a full load", "[templates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cache = dir.filePath(QStringLiteral("index"));
    REQUIRE(TemplateIndex::load({}, cache).models().size() == 4);
    QFile file(cache);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    for (const QByteArray &bad :
         {QByteArray(), QByteArray("garbage"), good.left(good.size() / 2), good + "tail"}) {
        writeFile(cache, bad);
        const TemplateIndex index = TemplateIndex::load({}, cache);
        CHECK(ids(index) == TemplateLibrary::builtInModelIds());
        CHECK_FALSE(index.fromCache());
        // The full load wrote a good cache again.
        CHECK(TemplateIndex::load({}, cache).fromCache());
    }

    // A cache path under a file: nothing is written, nothing fails.
    const TemplateIndex index = TemplateIndex::load({}, cache + QStringLiteral("/below/a/file"));
    CHECK(ids(index) == TemplateLibrary::builtInModelIds());
    CHECK_FALSE(index.fromCache());
}
