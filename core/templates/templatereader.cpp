#include "templates/templatereader.h"

#include <QRegularExpression>

#include <cmath>

void TemplateReader::fail(const QString &sentence)
{
    if (m_error.isEmpty())
        m_error = sentence;
}

QString TemplateReader::join(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString TemplateReader::at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool TemplateReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 64 && pattern.match(id).hasMatch();
}

QString TemplateReader::text(const QJsonObject &object, const QString &path, QLatin1StringView key,
                             Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(tr("\"%1\" is missing.").arg(join(path, key)));
        return {};
    }
    if (!value.isString()) {
        fail(tr("\"%1\" must be text.").arg(join(path, key)));
        return {};
    }
    const QString result = value.toString().trimmed();
    if (result.isEmpty() && need == Need::Required)
        fail(tr("\"%1\" must not be empty.").arg(join(path, key)));
    return result;
}

QString TemplateReader::id(const QJsonObject &object, const QString &path, QLatin1StringView key)
{
    const QString result = text(object, path, key, Need::Required);
    if (!result.isEmpty() && !isValidId(result)) {
        fail(tr("\"%1\" is \"%2\"; an id must be lower-case letters and digits joined by "
                "hyphens, such as \"help-desk\".")
                 .arg(join(path, key), result));
        return {};
    }
    return result;
}

QStringList TemplateReader::textList(const QJsonObject &object, const QString &path,
                                     QLatin1StringView key, Need need)
{
    const QJsonArray items = array(object, path, key, need);
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue value = items.at(i);
        const QString itemPath = at(join(path, key), i);
        if (!value.isString()) {
            fail(tr("\"%1\" must be text.").arg(itemPath));
            return {};
        }
        const QString item = value.toString().trimmed();
        if (item.isEmpty()) {
            fail(tr("\"%1\" must not be empty.").arg(itemPath));
            return {};
        }
        result.append(item);
    }
    return result;
}

QJsonArray TemplateReader::array(const QJsonObject &object, const QString &path,
                                 QLatin1StringView key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(tr("\"%1\" is missing.").arg(join(path, key)));
        return {};
    }
    if (!value.isArray()) {
        fail(tr("\"%1\" must be a list in square brackets.").arg(join(path, key)));
        return {};
    }
    return value.toArray();
}

QJsonObject TemplateReader::object(const QJsonObject &object, const QString &path,
                                   QLatin1StringView key, Need need)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(tr("\"%1\" is missing.").arg(join(path, key)));
        return {};
    }
    if (!value.isObject()) {
        fail(tr("\"%1\" must be an object in curly braces.").arg(join(path, key)));
        return {};
    }
    return value.toObject();
}

QJsonObject TemplateReader::objectAt(const QJsonArray &array, const QString &path, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(tr("\"%1\" must be an object in curly braces.").arg(at(path, index)));
        return {};
    }
    return value.toObject();
}

bool TemplateReader::boolean(const QJsonObject &object, const QString &path, QLatin1StringView key,
                             bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(tr("\"%1\" must be true or false.").arg(join(path, key)));
        return fallback;
    }
    return value.toBool();
}

int TemplateReader::integer(const QJsonObject &object, const QString &path, QLatin1StringView key,
                            int fallback, int minimum, int maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    return integerValue(value, join(path, key), fallback, minimum, maximum);
}

int TemplateReader::integerValue(const QJsonValue &value, const QString &path, int fallback,
                                 int minimum, int maximum)
{
    // JSON has only doubles: accept whole numbers in range and nothing else.
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number || number < minimum
        || number > maximum) {
        fail(
            tr("\"%1\" must be a whole number from %2 to %3.").arg(path).arg(minimum).arg(maximum));
        return fallback;
    }
    return static_cast<int>(number);
}

void TemplateReader::checkFormat(const QJsonObject &root, QLatin1StringView expected)
{
    const QString format = text(root, QString(), QLatin1StringView("format"), Need::Optional);
    if (!format.isEmpty() && format != expected) {
        fail(tr("\"format\" is \"%1\", but this file should be \"%2\".").arg(format, expected));
        return;
    }
    const int version = integer(root, QString(), QLatin1StringView("formatVersion"), 1, 1, 1000);
    if (version > 1)
        fail(tr("\"formatVersion\" is %1: the file was made for a newer Dutymap.").arg(version));
}

void TemplateReader::failNotOneOf(const QString &path, const QString &value,
                                  const QStringList &allowed)
{
    fail(tr("\"%1\" is \"%2\"; use one of: %3.")
             .arg(path, value, allowed.join(QLatin1StringView(", "))));
}
