#include "storage/database/databaseaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseAddress)
};

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Percent-encodes what would change the meaning of a URI part.
QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(keep));
}

// A libpq parameter value in conninfo quoting: 'it\'s'.
QString quotedValue(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QLatin1String("\\\\"));
    v.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + v + u'\'';
}

// The URI as given, for an error message: a password in it is never shown.
QString withoutPassword(QString uri)
{
    static const QRegularExpression userInfo(QStringLiteral("(://[^/@:?]*):[^/@?]*@"));
    static const QRegularExpression parameter(QStringLiteral("([?&]password=)[^&]*"));
    uri.replace(userInfo, QStringLiteral("\\1:…@"));
    uri.replace(parameter, QStringLiteral("\\1…"));
    return uri;
}

bool isParameterName(const QString &key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (const QChar c : key)
        if (!(c.isLower() && c.unicode() < 128) && !c.isDigit() && c != u'_')
            return false;
    return true;
}

} // namespace

const QStringList &DatabaseAddress::sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &uri)
{
    const auto fail = [&](const QString &why) {
        return Result<DatabaseAddress>::failure(Tr::tr("“%1” is not a PostgreSQL address: %2")
                                                    .arg(withoutPassword(uri).left(200), why));
    };
    QStringView rest(uri);
    rest = rest.trimmed();
    if (rest.startsWith(QLatin1String("postgresql://")))
        rest = rest.sliced(13);
    else if (rest.startsWith(QLatin1String("postgres://")))
        rest = rest.sliced(11);
    else
        return fail(Tr::tr("it must start with postgresql://, as in "
                           "postgresql://user@host:5432/dbname?sslmode=require."));

    DatabaseAddress address;
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.sliced(q + 1);
        rest = rest.first(q);
    }
    QStringView authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.first(slash);
        address.database = decoded(rest.sliced(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.first(at);
        authority = authority.sliced(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        address.user = decoded(colon >= 0 ? userInfo.first(colon) : userInfo);
        if (colon >= 0)
            address.password = decoded(userInfo.sliced(colon + 1));
    }
    if (authority.contains(u','))
        return fail(Tr::tr("several hosts are not supported; name one."));
    QStringView hostPart = authority;
    QStringView portPart;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(Tr::tr("the IPv6 address has no closing “]”."));
        hostPart = authority.sliced(1, close - 1);
        const QStringView after = authority.sliced(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return fail(Tr::tr("“%1” after the IPv6 address is not a port.").arg(after));
        if (!after.isEmpty())
            portPart = after.sliced(1);
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.first(colon);
        portPart = authority.sliced(colon + 1);
    }
    address.host = decoded(hostPart);
    const auto setPort = [&](const QString &text) {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        address.port = port;
        return true;
    };
    if (!portPart.isEmpty() && !setPort(portPart.toString()))
        return fail(Tr::tr("“%1” is not a port number from 1 to 65535.").arg(portPart.left(20)));

    if (!query.isEmpty()) {
        for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq < 0)
                return fail(Tr::tr("the parameter “%1” has no value.").arg(pair.left(40)));
            const QString key = decoded(pair.first(eq));
            const QString value = decoded(pair.sliced(eq + 1));
            if (!isParameterName(key))
                return fail(Tr::tr("“%1” is not a parameter name.").arg(key.left(40)));
            // Qt joins the options with ';', so a value must not hold one.
            if (value.contains(u';') || value.contains(QChar(0)))
                return fail(Tr::tr("the value of “%1” contains a “;”.").arg(key));
            if (key == QLatin1String("host")) {
                address.host = value;
            } else if (key == QLatin1String("port")) {
                if (!setPort(value))
                    return fail(
                        Tr::tr("“%1” is not a port number from 1 to 65535.").arg(value.left(20)));
            } else if (key == QLatin1String("dbname")) {
                address.database = value;
            } else if (key == QLatin1String("user")) {
                address.user = value;
            } else if (key == QLatin1String("password")) {
                address.password = value;
            } else if (key == QLatin1String("sslmode")) {
                if (!sslModes().contains(value))
                    return fail(Tr::tr("sslmode “%1” is not one of %2.")
                                    .arg(value.left(20), sslModes().join(QLatin1String(", "))));
                address.sslMode = value;
            } else {
                address.options.append({key, value});
            }
        }
    }
    for (const QString *part : {&address.host, &address.database, &address.user})
        if (part->contains(u';') || part->contains(QChar(0)))
            return fail(Tr::tr("“%1” contains a “;”.").arg(part->left(40)));
    return address;
}

QString DatabaseAddress::toUri() const
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    const bool socketFolder = host.startsWith(u'/');
    if (!socketFolder)
        uri += host.contains(u':') ? u'[' + host + u']' : encoded(host, ".-");
    if (port > 0 && !socketFolder)
        uri += u':' + QString::number(port);
    uri += u'/' + encoded(database);
    QStringList query;
    if (socketFolder) {
        query.append(QStringLiteral("host=") + encoded(host, "/"));
        if (port > 0)
            query.append(QStringLiteral("port=%1").arg(port));
    }
    if (!sslMode.isEmpty())
        query.append(QStringLiteral("sslmode=") + sslMode);
    for (const auto &[key, value] : options)
        query.append(key + u'=' + encoded(value, "/"));
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString DatabaseAddress::displayName() const
{
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

QString DatabaseAddress::connectOptions() const
{
    QStringList parts;
    if (!sslMode.isEmpty())
        parts.append(QStringLiteral("sslmode=") + quotedValue(sslMode));
    bool timeout = false;
    for (const auto &[key, value] : options) {
        parts.append(key + u'=' + quotedValue(value));
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    // A server that does not answer must not keep a window waiting forever.
    if (!timeout)
        parts.append(QStringLiteral("connect_timeout=10"));
    parts.append(QStringLiteral("application_name=dutymap"));
    return parts.join(u';');
}
