#include "portfolio/portfoliotable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

struct ColumnInfo {
    const char *key;
    const char *header;
};

constexpr ColumnInfo Columns[PortfolioTable::ColumnCount] = {
    {"client", QT_TRANSLATE_NOOP("PortfolioTable", "Client")},
    {"provider", QT_TRANSLATE_NOOP("PortfolioTable", "Provider")},
    {"model", QT_TRANSLATE_NOOP("PortfolioTable", "Model")},
    {"status", QT_TRANSLATE_NOOP("PortfolioTable", "Status")},
    {"last-signed", QT_TRANSLATE_NOOP("PortfolioTable", "Last signed")},
    {"signed-on", QT_TRANSLATE_NOOP("PortfolioTable", "Signed on")},
    {"next-review", QT_TRANSLATE_NOOP("PortfolioTable", "Next review")},
    {"errors", QT_TRANSLATE_NOOP("PortfolioTable", "Errors")},
    {"warnings", QT_TRANSLATE_NOOP("PortfolioTable", "Warnings")},
    {"provider-share", QT_TRANSLATE_NOOP("PortfolioTable", "Provider share")},
    {"saved-by", QT_TRANSLATE_NOOP("PortfolioTable", "Saved by")},
    {"saved-at", QT_TRANSLATE_NOOP("PortfolioTable", "Saved at")},
    {"file", QT_TRANSLATE_NOOP("PortfolioTable", "File")},
    {"problem", QT_TRANSLATE_NOOP("PortfolioTable", "Problem")},
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Orders two values of one column; both are of the column's type.
int compareValues(const QVariant &a, const QVariant &b)
{
    switch (a.typeId()) {
    case QMetaType::Int:
        return a.toInt() < b.toInt() ? -1 : (a.toInt() > b.toInt() ? 1 : 0);
    case QMetaType::Double:
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    case QMetaType::QDate:
        return a.toDate() < b.toDate() ? -1 : (a.toDate() > b.toDate() ? 1 : 0);
    case QMetaType::QDateTime:
        return a.toDateTime() < b.toDateTime() ? -1 : (a.toDateTime() > b.toDateTime() ? 1 : 0);
    default: {
        // "acme" and "Acme" side by side, whatever the locale's collation.
        const int c = a.toString().compare(b.toString(), Qt::CaseInsensitive);
        return c != 0 ? c : QString::localeAwareCompare(a.toString(), b.toString());
    }
    }
}

} // namespace

PortfolioTable::PortfolioTable(const QString &root, const QHash<QString, QString> &modelNames,
                               const QDate &today, Locations locations)
    : m_root(root.isEmpty() || locations == Locations::Names ? QString()
                                                             : QDir(root).absolutePath())
    , m_modelNames(modelNames)
    , m_today(today)
    , m_locations(locations)
{}

QString PortfolioTable::header(Column column) const
{
    if (column == File && m_locations == Locations::Names)
        return tr("Name");
    return tr(Columns[column].header);
}

QString PortfolioTable::key(Column column)
{
    return QLatin1String(Columns[column].key);
}

std::optional<PortfolioTable::Column> PortfolioTable::columnFromKey(const QString &key)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (key == QLatin1String(Columns[c].key))
            return Column(c);
    }
    return std::nullopt;
}

QString PortfolioTable::modelName(const QString &id) const
{
    return m_modelNames.value(id, id);
}

QString PortfolioTable::location(const PortfolioEntry &entry) const
{
    if (m_locations == Locations::Names || m_root.isEmpty())
        return entry.location;
    const QString relative = QDir(m_root).relativeFilePath(entry.location);
    return relative.startsWith(QLatin1String("..")) ? QDir::toNativeSeparators(entry.location)
                                                    : QDir::toNativeSeparators(relative);
}

PortfolioTable::Review PortfolioTable::review(const PortfolioEntry &entry) const
{
    if (!entry.summary || !entry.summary->nextReview.isValid())
        return Review::Unknown;
    if (entry.summary->overdueOn(m_today))
        return Review::Overdue;
    if (entry.summary->dueWithin(m_today, DueSoonDays))
        return Review::DueSoon;
    return Review::Later;
}

bool PortfolioTable::hasErrors(const PortfolioEntry &entry)
{
    return !entry.summary || entry.summary->errors > 0;
}

QVariant PortfolioTable::value(const PortfolioEntry &entry, Column column) const
{
    switch (column) {
    case File:
        return location(entry);
    case SavedBy:
        return entry.savedBy.isEmpty() ? QVariant() : QVariant(entry.savedBy);
    case SavedAt:
        return entry.savedAt.isValid() ? QVariant(entry.savedAt) : QVariant();
    case Problem:
        return entry.error.isEmpty() ? QVariant() : QVariant(entry.error);
    case Errors:
        // An unreadable file is worse than any count of findings.
        if (!entry.summary)
            return std::numeric_limits<int>::max();
        break;
    case Client:
        // An unreadable file goes by its name, as shown.
        if (!entry.summary)
            return m_locations == Locations::Names ? entry.location
                                                   : QFileInfo(entry.location).fileName();
        break;
    default:
        break;
    }
    if (!entry.summary)
        return {};
    const PortfolioSummary &s = *entry.summary;
    const auto textOrNull = [](const QString &t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    switch (column) {
    case Client:
        return textOrNull(s.client);
    case Provider:
        return textOrNull(s.provider);
    case Model:
        return textOrNull(modelName(s.modelId));
    case Status:
        return text(entry, Status);
    case LastSigned:
        return s.lastSignedNumber > 0 ? QVariant(s.lastSignedNumber) : QVariant();
    case SignedOn:
        return s.lastSignedOn.isValid() ? QVariant(s.lastSignedOn) : QVariant();
    case NextReview:
        return s.nextReview.isValid() ? QVariant(s.nextReview) : QVariant();
    case Errors:
        return s.errors;
    case Warnings:
        return s.warnings;
    case ProviderShare:
        return s.dutiesWithResponsible > 0 ? QVariant(s.providerShare()) : QVariant();
    default:
        return {};
    }
}

QString PortfolioTable::text(const PortfolioEntry &entry, Column column) const
{
    if (!entry.summary) {
        switch (column) {
        case Errors:
            return tr("unreadable");
        default:
            break;
        }
    }
    if (column == Status && entry.summary) {
        const PortfolioSummary &s = *entry.summary;
        const QString status = AgreementDetails::statusName(s.status);
        return s.changedSinceSigned && s.lastSignedNumber > 0
                   ? tr("%1, changed since revision %2").arg(status).arg(s.lastSignedNumber)
                   : status;
    }
    const QVariant v = value(entry, column);
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::QDate:
        return dateText(v.toDate());
    case QMetaType::QDateTime:
        return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case QMetaType::Double:
        //: A percentage, "62 %"
        return tr("%1 %").arg(std::lround(v.toDouble() * 100));
    default:
        return v.toString();
    }
}

bool PortfolioTable::lessThan(const PortfolioEntry &a, const PortfolioEntry &b, Column column,
                              Qt::SortOrder order) const
{
    const QVariant va = value(a, column);
    const QVariant vb = value(b, column);
    if (va.isNull() != vb.isNull())
        return vb.isNull(); // empty last, in either order
    int c = va.isNull() ? 0 : compareValues(va, vb);
    if (order == Qt::DescendingOrder)
        c = -c;
    if (c == 0 && column != Client)
        c = compareValues(value(a, Client).toString(), value(b, Client).toString());
    if (c == 0)
        c = QString::compare(a.location, b.location);
    return c < 0;
}

void PortfolioTable::sort(QList<PortfolioEntry> &entries, Column column, Qt::SortOrder order) const
{
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const PortfolioEntry &a, const PortfolioEntry &b) {
                         return lessThan(a, b, column, order);
                     });
}

QJsonObject PortfolioTable::toJson(const PortfolioEntry &entry) const
{
    QJsonObject json{
        {QStringLiteral("location"), entry.location},
        {QStringLiteral("savedBy"), entry.savedBy},
        {QStringLiteral("savedAt"),
         entry.savedAt.isValid() ? entry.savedAt.toUTC().toString(Qt::ISODate) : QString()},
    };
    if (entry.summary) {
        json.insert(QStringLiteral("summary"), entry.summary->toJson());
        static const char *const reviews[] = {"unknown", "later", "due-soon", "overdue"};
        json.insert(QStringLiteral("review"), QLatin1String(reviews[int(review(entry))]));
    } else {
        json.insert(QStringLiteral("error"), entry.error);
    }
    return json;
}

bool PortfolioFilter::accepts(const PortfolioEntry &entry, const PortfolioTable &table) const
{
    if (withErrorsOnly && !PortfolioTable::hasErrors(entry))
        return false;
    if (overdueOnly && table.review(entry) != PortfolioTable::Review::Overdue)
        return false;
    if (!modelId.isEmpty() && (!entry.summary || entry.summary->modelId != modelId))
        return false;
    if (status && (!entry.summary || entry.summary->status != *status))
        return false;
    if (text.isEmpty())
        return true;
    const auto has = [&](const QString &field) {
        return field.contains(text, Qt::CaseInsensitive);
    };
    if (has(table.location(entry)) || has(entry.savedBy) || has(entry.error))
        return true;
    if (!entry.summary)
        return false;
    const PortfolioSummary &s = *entry.summary;
    return has(s.client) || has(s.provider) || has(s.title) || has(table.modelName(s.modelId))
           || has(s.modelId);
}
