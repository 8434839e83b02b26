#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

// Reads typed fields out of template JSON. Template files are written by
// hand, so every wrong or missing field is reported with the key path where
// it sits ("rules[2].firstResponder"). Only the first problem is kept: later
// ones are mostly echoes of it. After a failure the getters return empty
// values, so parsing can run to the end without special cases.
class TemplateReader
{
    Q_DECLARE_TR_FUNCTIONS(TemplateReader)

public:
    enum class Need { Optional, Required };

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &sentence);

    // "parent.key", or "key" at the top level.
    static QString join(const QString &path, QLatin1StringView key);
    // "parent[index]".
    static QString at(const QString &path, qsizetype index);
    // Ids and keys are lower-case words joined by hyphens, so that they stay
    // stable and safe in file names and command lines.
    static bool isValidId(const QString &id);

    // Text; a required one must be present and not blank.
    QString text(const QJsonObject &object, const QString &path, QLatin1StringView key,
                 Need need = Need::Required);
    // A required id that passes isValidId().
    QString id(const QJsonObject &object, const QString &path, QLatin1StringView key);
    // A list of non-blank texts.
    QStringList textList(const QJsonObject &object, const QString &path, QLatin1StringView key,
                         Need need = Need::Optional);
    QJsonArray array(const QJsonObject &object, const QString &path, QLatin1StringView key,
                     Need need = Need::Required);
    QJsonObject object(const QJsonObject &object, const QString &path, QLatin1StringView key,
                       Need need = Need::Required);
    // The element at index, which must be an object.
    QJsonObject objectAt(const QJsonArray &array, const QString &path, qsizetype index);
    bool boolean(const QJsonObject &object, const QString &path, QLatin1StringView key,
                 bool fallback);
    // A whole number in [minimum, maximum].
    int integer(const QJsonObject &object, const QString &path, QLatin1StringView key, int fallback,
                int minimum, int maximum);
    // A whole number in [minimum, maximum] from a value already taken out.
    int integerValue(const QJsonValue &value, const QString &path, int fallback, int minimum,
                     int maximum);

    // One of an enum's text keys. keyOf maps each of the count values
    // (0..count-1) to its key, which also builds the list in the message.
    template <typename Enum>
    Enum choice(const QJsonObject &object, const QString &path, QLatin1StringView key,
                Enum fallback, QString (*keyOf)(Enum), int count, Need need = Need::Optional)
    {
        const QString value = text(object, path, key, need);
        if (value.isEmpty())
            return fallback;
        QStringList allowed;
        for (int i = 0; i < count; ++i) {
            const Enum candidate = static_cast<Enum>(i);
            if (keyOf(candidate) == value)
                return candidate;
            allowed.append(keyOf(candidate));
        }
        failNotOneOf(join(path, key), value, allowed);
        return fallback;
    }

    // The common checks of a file's "format" and "formatVersion" keys.
    void checkFormat(const QJsonObject &root, QLatin1StringView expected);

    void failNotOneOf(const QString &path, const QString &value, const QStringList &allowed);

private:
    QString m_error;
};
