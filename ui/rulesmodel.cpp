#include "rulesmodel.h"

#include "choicedelegate.h"
#include "document/document.h"
#include "findingspanel.h"
#include "matrixmodel.h"
#include "model/duration.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace {
const QString RuleMimeType = QStringLiteral("application/x-dutymap-rule-ids");

const std::array<EscalationRule::Urgency, EscalationRule::UrgencyCount> AllUrgencies{
    EscalationRule::Urgency::Low, EscalationRule::Urgency::Normal, EscalationRule::Urgency::High,
    EscalationRule::Urgency::Critical};
const std::array<EscalationRule::Match, 3> AllMatches{
    EscalationRule::Match::Any, EscalationRule::Match::Yes, EscalationRule::Match::No};
const std::array<EscalationRule::Trigger, 5> AllTriggers{
    EscalationRule::Trigger::None, EscalationRule::Trigger::NeedsApproval,
    EscalationRule::Trigger::NeedsBusinessContext, EscalationRule::Trigger::Unresolved,
    EscalationRule::Trigger::SecurityIncident};
} // namespace

RulesModel::RulesModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const EscalationRule &r : document->agreement().rules)
        m_ids.append(r.id);
    connect(document, &Document::itemInserted, this, [this](Document::List list, qsizetype at) {
        if (list != Document::List::Rules)
            return;
        const int row = int(at);
        beginInsertRows({}, row, row);
        m_ids.insert(row, m_document->agreement().rules.at(at).id);
        endInsertRows();
        emitAllChanged(); // the numbers below it changed
    });
    connect(document, &Document::itemRemoved, this, [this](Document::List list, qsizetype at) {
        if (list != Document::List::Rules || at < 0 || at >= m_ids.size())
            return;
        const int row = int(at);
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
        emitAllChanged();
    });
    connect(document, &Document::itemMoved, this,
            [this](Document::List list, qsizetype from, qsizetype to) {
                if (list != Document::List::Rules || from == to)
                    return;
                const int f = int(from);
                const int t = int(to);
                beginMoveRows({}, f, f, {}, t > f ? t + 1 : t);
                m_ids.move(from, to);
                endMoveRows();
                emitAllChanged();
            });
    connect(document, &Document::itemChanged, this, [this](Document::List list, int id) {
        if (list == Document::List::Rules)
            emitRowChanged(rowOfRule(id));
        else if (list == Document::List::Parties)
            emitAllChanged();
    });
    connect(document, &Document::detailsChanged, this, &RulesModel::emitAllChanged);
    connect(document, &Document::agreementAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &Document::agreementReset, this, [this] {
        m_ids.clear();
        for (const EscalationRule &r : m_document->agreement().rules)
            m_ids.append(r.id);
        endResetModel();
    });
}

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RulesModel::ruleIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RulesModel::rowOfRule(int ruleId) const
{
    return int(m_ids.indexOf(ruleId));
}

const EscalationRule *RulesModel::ruleAt(int row) const
{
    const Agreement &a = m_document->agreement();
    const qsizetype i = a.indexOfRule(ruleIdAt(row));
    return i < 0 ? nullptr : &a.rules.at(i);
}

QString RulesModel::targetsText(const std::array<int, 4> &minutes)
{
    QStringList parts;
    for (int m : minutes) {
        const QString text = Duration::text(m);
        parts << (text.isEmpty() ? QStringLiteral("—") : text);
    }
    return parts.join(QStringLiteral(" / "));
}

QVariant RulesModel::partyData(int partyId, int role, const QString &noneText) const
{
    const Party *p = m_document->agreement().party(partyId);
    switch (role) {
    case Qt::DisplayRole:
        return p ? p->label() : noneText;
    case Qt::EditRole:
        return partyId;
    case Qt::DecorationRole:
        if (p && Party::isColor(p->color))
            return QColor(p->color);
        return {};
    case ChoiceDelegate::ChoiceLabelsRole:
    case ChoiceDelegate::ChoiceValuesRole:
        return ChoiceDelegate::partyChoices(role, m_document->agreement(), noneText);
    default:
        return {};
    }
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const EscalationRule *rule = ruleAt(index.row());
    if (!rule)
        return {};
    const int column = index.column();
    if (role == RuleIdRole)
        return rule->id;
    if (role == MatchedRole)
        return rule->id == m_matchedRule;
    if (role == Qt::BackgroundRole && rule->id == m_matchedRule)
        return QColor(0xd8, 0xf0, 0xd0);
    if (role == Qt::ForegroundRole && rule->id == m_matchedRule)
        return QColor(Qt::black);
    if (role == MatrixModel::SeverityRole)
        return column == NameColumn ? m_severity.value(rule->id, -1) : -1;
    if (role == Qt::ToolTipRole && m_messages.contains(rule->id) && column == NameColumn)
        return m_messages.value(rule->id).join(u'\n');

    const Agreement &a = m_document->agreement();
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return rule->name;
        if (role == Qt::ToolTipRole && rule->isCatchAll())
            return tr("Matches every ticket: rules below it are never reached.");
        return {};
    case CategoryColumn:
        switch (role) {
        case Qt::DisplayRole:
            return rule->category.isEmpty() ? tr("Any category") : rule->category;
        case Qt::EditRole:
            return rule->category;
        case ChoiceDelegate::ChoiceLabelsRole:
        case ChoiceDelegate::ChoiceValuesRole: {
            QStringList names;
            for (const TicketCategory &c : a.details.ticketCategories)
                names << c.name;
            if (!rule->category.isEmpty() && !names.contains(rule->category))
                names << rule->category; // kept selectable until the user picks another
            return ChoiceDelegate::textChoices(role, tr("Any category"), names);
        }
        default:
            return {};
        }
    case UrgencyColumn:
        switch (role) {
        case Qt::DisplayRole:
            return rule->minUrgency == EscalationRule::Urgency::Low
                       ? tr("Any")
                       : tr("%1 or above").arg(EscalationRule::urgencyName(rule->minUrgency));
        case Qt::EditRole:
            return int(rule->minUrgency);
        case ChoiceDelegate::ChoiceLabelsRole:
        case ChoiceDelegate::ChoiceValuesRole:
            return ChoiceDelegate::enumChoices(role, AllUrgencies, [](EscalationRule::Urgency u) {
                return u == EscalationRule::Urgency::Low
                           ? tr("Any")
                           : tr("%1 or above").arg(EscalationRule::urgencyName(u));
            });
        default:
            return {};
        }
    case LocationColumn:
        switch (role) {
        case Qt::DisplayRole:
            return rule->location.isEmpty() ? tr("Any location") : rule->location;
        case Qt::EditRole:
            return rule->location;
        case ChoiceDelegate::ChoiceLabelsRole:
        case ChoiceDelegate::ChoiceValuesRole: {
            QStringList names = a.details.locations;
            if (!rule->location.isEmpty() && !names.contains(rule->location))
                names << rule->location;
            return ChoiceDelegate::textChoices(role, tr("Any location"), names);
        }
        default:
            return {};
        }
    case VipColumn:
    case AfterHoursColumn: {
        const EscalationRule::Match m = column == VipColumn ? rule->vip : rule->afterHours;
        const auto name = [column](EscalationRule::Match match) {
            switch (match) {
            case EscalationRule::Match::Any:
                return tr("Any");
            case EscalationRule::Match::Yes:
                return column == VipColumn ? tr("VIP only") : tr("After hours only");
            case EscalationRule::Match::No:
                return column == VipColumn ? tr("Not VIP") : tr("Business hours only");
            }
            return QString();
        };
        switch (role) {
        case Qt::DisplayRole:
            return name(m);
        case Qt::EditRole:
            return int(m);
        case ChoiceDelegate::ChoiceLabelsRole:
        case ChoiceDelegate::ChoiceValuesRole:
            return ChoiceDelegate::enumChoices(role, AllMatches, name);
        default:
            return {};
        }
    }
    case ResponderColumn:
        return partyData(rule->firstResponderId, role, tr("(nobody)"));
    case EscalateToColumn:
        return partyData(rule->escalateToId, role, tr("No escalation"));
    case HandlerColumn:
        return partyData(rule->afterHoursHandlerId, role, tr("First responder"));
    case TriggerColumn:
        switch (role) {
        case Qt::DisplayRole:
            return EscalationRule::triggerName(rule->trigger);
        case Qt::EditRole:
            return int(rule->trigger);
        case ChoiceDelegate::ChoiceLabelsRole:
        case ChoiceDelegate::ChoiceValuesRole:
            return ChoiceDelegate::enumChoices(role, AllTriggers, &EscalationRule::triggerName);
        default:
            return {};
        }
    case AfterMinutesColumn:
        switch (role) {
        case Qt::DisplayRole:
            if (rule->trigger != EscalationRule::Trigger::Unresolved)
                return QStringLiteral("—");
            return Duration::text(rule->escalateAfterMinutes).isEmpty()
                       ? tr("at once")
                       : Duration::text(rule->escalateAfterMinutes);
        case Qt::EditRole:
            return rule->escalateAfterMinutes;
        case ChoiceDelegate::MinutesRole:
            return true;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case ResponseColumn:
    case ResolutionColumn: {
        const auto &targets =
            column == ResponseColumn ? rule->responseMinutes : rule->resolutionMinutes;
        if (role == Qt::DisplayRole)
            return targetsText(targets);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (std::size_t i = 0; i < targets.size(); ++i) {
                const QString t = Duration::text(targets.at(i));
                lines << tr("%1: %2").arg(EscalationRule::urgencyName(AllUrgencies.at(i)),
                                          t.isEmpty() ? tr("none agreed") : t);
            }
            return lines.join(u'\n');
        }
        return {};
    }
    default:
        return {};
    }
}

bool RulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const EscalationRule *existing = ruleAt(index.row());
    if (!existing)
        return false;
    // Choices must be among those offered: anything else is a bug or stale.
    const QVariant choices = data(index, ChoiceDelegate::ChoiceValuesRole);
    if (choices.isValid() && !choices.toList().contains(value))
        return false;
    EscalationRule rule = *existing;
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        rule.name = name;
        break;
    }
    case CategoryColumn:
        rule.category = value.toString();
        break;
    case UrgencyColumn:
        rule.minUrgency = EscalationRule::Urgency(value.toInt());
        break;
    case LocationColumn:
        rule.location = value.toString();
        break;
    case VipColumn:
        rule.vip = EscalationRule::Match(value.toInt());
        break;
    case AfterHoursColumn:
        rule.afterHours = EscalationRule::Match(value.toInt());
        break;
    case ResponderColumn:
        rule.firstResponderId = value.toInt();
        break;
    case EscalateToColumn:
        rule.escalateToId = value.toInt();
        if (rule.escalateToId == 0)
            rule.trigger = EscalationRule::Trigger::None;
        break;
    case TriggerColumn:
        rule.trigger = EscalationRule::Trigger(value.toInt());
        // "Unresolved after 0 minutes" means at once; start from an hour.
        if (rule.trigger == EscalationRule::Trigger::Unresolved && rule.escalateAfterMinutes == 0)
            rule.escalateAfterMinutes = 60;
        break;
    case AfterMinutesColumn: {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0)
            return false;
        rule.escalateAfterMinutes = minutes;
        break;
    }
    default:
        return false;
    }
    m_document->setRule(rule);
    return true;
}

Qt::ItemFlags RulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case ResponseColumn:
    case ResolutionColumn:
        break;
    case AfterMinutesColumn:
        if (const EscalationRule *r = ruleAt(index.row());
            r && r->trigger == EscalationRule::Trigger::Unresolved)
            f |= Qt::ItemIsEditable;
        break;
    default:
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The rule's number in the order rules are tried, and its findings.
        const int id = ruleIdAt(section);
        switch (role) {
        case Qt::DisplayRole:
            return section + 1;
        case Qt::DecorationRole:
            if (m_severity.contains(id))
                return FindingsPanel::iconFor(Finding::Severity(m_severity.value(id)));
            return {};
        case Qt::ToolTipRole:
            if (m_messages.contains(id))
                return m_messages.value(id).join(u'\n');
            return tr("Rules are tried in this order; the first that matches a ticket wins");
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Rule");
        case CategoryColumn:
            return tr("Category");
        case UrgencyColumn:
            return tr("Urgency");
        case LocationColumn:
            return tr("Location");
        case VipColumn:
            return tr("VIP");
        case AfterHoursColumn:
            return tr("Hours");
        case ResponderColumn:
            return tr("First responder");
        case EscalateToColumn:
            return tr("Escalates to");
        case TriggerColumn:
            return tr("When");
        case AfterMinutesColumn:
            return tr("After");
        case ResponseColumn:
            return tr("Response L / N / H / C");
        case ResolutionColumn:
            return tr("Resolution L / N / H / C");
        case HandlerColumn:
            return tr("After hours by");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TriggerColumn:
            return tr("What makes the ticket move to the escalation target");
        case AfterMinutesColumn:
            return tr("How long an unresolved ticket waits before it escalates");
        case ResponseColumn:
            return tr("Time to first response for low, normal, high and critical urgency");
        case ResolutionColumn:
            return tr("Time to resolution for low, normal, high and critical urgency");
        case HandlerColumn:
            return tr("Who takes the ticket outside business hours");
        default:
            return {};
        }
    }
    return {};
}

void RulesModel::emitRowChanged(int row)
{
    if (row >= 0 && row < m_ids.size())
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RulesModel::emitAllChanged()
{
    if (m_ids.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Vertical, 0, int(m_ids.size()) - 1);
}

void RulesModel::setFindings(const QList<Finding> &findings)
{
    QHash<int, int> severity;
    QHash<int, QStringList> messages;
    for (const Finding &f : findings) {
        if (f.ruleId == 0)
            continue;
        auto it = severity.find(f.ruleId);
        if (it == severity.end())
            severity.insert(f.ruleId, int(f.severity));
        else if (int(f.severity) < *it) // lower is worse
            *it = int(f.severity);
        messages[f.ruleId].append(f.message);
    }
    if (severity == m_severity && messages == m_messages)
        return;
    m_severity = std::move(severity);
    m_messages = std::move(messages);
    emitAllChanged();
}

void RulesModel::setMatchedRule(int ruleId)
{
    if (ruleId == m_matchedRule)
        return;
    const int before = rowOfRule(m_matchedRule);
    m_matchedRule = ruleId;
    emitRowChanged(before);
    emitRowChanged(rowOfRule(ruleId));
}

Qt::DropActions RulesModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RulesModel::mimeTypes() const
{
    return {RuleMimeType};
}

QMimeData *RulesModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !rows.contains(i.row()))
            rows.append(i.row());
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QList<int> ids;
    for (int r : std::as_const(rows))
        ids.append(ruleIdAt(r));
    auto *mime = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    mime->setData(RuleMimeType, bytes);
    return mime;
}

bool RulesModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(RuleMimeType);
}

bool RulesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> ids;
    QDataStream stream(data->data(RuleMimeType));
    stream >> ids;
    // Dropped on a rule: it goes before that rule.
    if (parent.isValid())
        row = parent.row();
    moveRules(ids, row < 0 ? rowCount() : row);
    // The view must not remove the dragged rows itself: the document moved them.
    return false;
}

void RulesModel::moveRules(const QList<int> &ruleIds, int row)
{
    const int beforeId = ruleIdAt(row);
    QList<int> moving;
    for (int id : ruleIds)
        if (id != beforeId && rowOfRule(id) >= 0 && !moving.contains(id))
            moving.append(id);
    if (moving.isEmpty())
        return;
    if (moving.size() == 1) {
        const qsizetype from = rowOfRule(moving.constFirst());
        qsizetype to = beforeId != 0 ? rowOfRule(beforeId) : m_ids.size();
        m_document->moveRule(moving.constFirst(), from < to ? to - 1 : to);
        return;
    }
    m_document->undoStack()->beginMacro(
        moving.size() == 1 ? tr("Move escalation rule")
                           : tr("Move %n escalation rules", nullptr, int(moving.size())));
    for (int id : std::as_const(moving)) {
        const qsizetype from = rowOfRule(id);
        qsizetype to = beforeId != 0 ? rowOfRule(beforeId) : m_ids.size();
        if (from < to)
            --to;
        m_document->moveRule(id, to);
    }
    m_document->undoStack()->endMacro();
}
