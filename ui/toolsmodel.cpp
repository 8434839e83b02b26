#include "toolsmodel.h"

#include "choicedelegate.h"
#include "document/document.h"
#include "findingspanel.h"
#include "matrixmodel.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

namespace {
const std::array<ToolAccess::Level, 4> AllLevels{ToolAccess::Level::None, ToolAccess::Level::Read,
                                                 ToolAccess::Level::Operate,
                                                 ToolAccess::Level::Admin};

quint64 cellKey(int toolId, int partyId)
{
    return (quint64(quint32(toolId)) << 32) | quint32(partyId);
}

// Light tints that keep black text readable; stronger access, warmer colour.
QColor levelColor(ToolAccess::Level level)
{
    switch (level) {
    case ToolAccess::Level::None:
        return {};
    case ToolAccess::Level::Read:
        return QColor(0xd6, 0xe6, 0xf5);
    case ToolAccess::Level::Operate:
        return QColor(0xc8, 0xe6, 0xc9);
    case ToolAccess::Level::Admin:
        return QColor(0xff, 0xcc, 0x80);
    }
    return {};
}

void keepWorst(QHash<int, int> &map, int key, int severity)
{
    auto it = map.find(key);
    if (it == map.end())
        map.insert(key, severity);
    else if (severity < *it) // lower is worse
        *it = severity;
}
} // namespace

ToolsModel::ToolsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const Tool &t : document->agreement().tools)
        m_ids.append(t.id);
    connect(document, &Document::itemInserted, this, [this](Document::List list, qsizetype at) {
        if (list == Document::List::Parties) {
            reset();
        } else if (list == Document::List::Tools) {
            beginInsertRows({}, int(at), int(at));
            m_ids.insert(at, m_document->agreement().tools.at(at).id);
            endInsertRows();
        }
    });
    connect(document, &Document::itemRemoved, this, [this](Document::List list, qsizetype at) {
        if (list == Document::List::Parties) {
            reset();
        } else if (list == Document::List::Tools && at >= 0 && at < m_ids.size()) {
            beginRemoveRows({}, int(at), int(at));
            m_ids.removeAt(at);
            endRemoveRows();
        }
    });
    connect(document, &Document::itemMoved, this,
            [this](Document::List list, qsizetype from, qsizetype to) {
                if (list == Document::List::Parties) {
                    reset();
                } else if (list == Document::List::Tools && from != to) {
                    beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
                    m_ids.move(from, to);
                    endMoveRows();
                }
            });
    connect(document, &Document::itemChanged, this, [this](Document::List list, int id) {
        if (list == Document::List::Tools) {
            emitRowChanged(rowOfTool(id));
        } else if (list == Document::List::Parties) {
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
            if (!m_ids.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
    });
    connect(document, &Document::agreementAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &Document::agreementReset, this, [this] {
        m_ids.clear();
        for (const Tool &t : m_document->agreement().tools)
            m_ids.append(t.id);
        endResetModel();
    });
}

void ToolsModel::reset()
{
    beginResetModel();
    m_ids.clear();
    for (const Tool &t : m_document->agreement().tools)
        m_ids.append(t.id);
    endResetModel();
}

int ToolsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ToolsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPartyColumn + int(m_document->agreement().parties.size());
}

int ToolsModel::toolIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ToolsModel::rowOfTool(int toolId) const
{
    return int(m_ids.indexOf(toolId));
}

int ToolsModel::partyAt(int column) const
{
    const auto &parties = m_document->agreement().parties;
    const int i = column - FirstPartyColumn;
    return i >= 0 && i < parties.size() ? parties.at(i).id : 0;
}

int ToolsModel::columnOfParty(int partyId) const
{
    const qsizetype i = m_document->agreement().indexOfParty(partyId);
    return i < 0 ? -1 : FirstPartyColumn + int(i);
}

const Tool *ToolsModel::toolAt(int row) const
{
    return m_document->agreement().tool(toolIdAt(row));
}

QVariant ToolsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Tool *tool = toolAt(index.row());
    if (!tool)
        return {};
    const Agreement &a = m_document->agreement();
    const int column = index.column();
    switch (role) {
    case ToolIdRole:
        return tool->id;
    case PartyIdRole:
        return partyAt(column);
    default:
        break;
    }

    if (column == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return tool->name;
        case Qt::DecorationRole:
            if (m_toolSeverity.contains(tool->id))
                return FindingsPanel::iconFor(Finding::Severity(m_toolSeverity.value(tool->id)));
            return {};
        case Qt::ToolTipRole:
            return m_messages.contains(tool->id) ? m_messages.value(tool->id).join(u'\n')
                                                 : QVariant();
        case MatrixModel::SeverityRole:
            return -1; // the icon says it
        default:
            return {};
        }
    }
    if (column == CategoryColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return tool->category;
        if (role == MatrixModel::SeverityRole)
            return -1;
        return {};
    }
    if (column == OwnerColumn) {
        const Party *owner = a.party(tool->ownerId);
        switch (role) {
        case Qt::DisplayRole:
            return owner ? owner->label() : tr("(not set)");
        case Qt::EditRole:
            return tool->ownerId;
        case Qt::DecorationRole:
            return owner && Party::isColor(owner->color) ? QVariant(QColor(owner->color))
                                                         : QVariant();
        case ChoiceDelegate::ChoiceLabelsRole:
        case ChoiceDelegate::ChoiceValuesRole:
            return ChoiceDelegate::partyChoices(role, a, tr("(not set)"));
        case MatrixModel::SeverityRole:
            return -1;
        default:
            return {};
        }
    }

    const int partyId = partyAt(column);
    if (partyId == 0)
        return {};
    const ToolAccess access = tool->access.value(partyId);
    const bool expired = access.expires.isValid() && access.expires < QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole: {
        if (access.level == ToolAccess::Level::None)
            return QStringLiteral("—");
        QString text = ToolAccess::levelName(access.level);
        if (access.mfaRequired)
            text += QStringLiteral(" · ") + tr("MFA");
        if (expired)
            text += QStringLiteral(" · ") + tr("expired");
        return text;
    }
    case Qt::EditRole:
    case LevelRole:
        return int(access.level);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        const QColor c = levelColor(access.level);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ForegroundRole:
        if (expired)
            return QColor(0xd3, 0x2f, 0x2f);
        return access.level == ToolAccess::Level::None ? QVariant() : QVariant(QColor(Qt::black));
    case Qt::FontRole:
        if (access.level == ToolAccess::Level::Admin) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ChoiceDelegate::ChoiceLabelsRole:
    case ChoiceDelegate::ChoiceValuesRole:
        return ChoiceDelegate::enumChoices(role, AllLevels, &ToolAccess::levelName);
    case MatrixModel::SeverityRole:
        return m_cellSeverity.value(cellKey(tool->id, partyId), -1);
    case Qt::ToolTipRole: {
        const Party *p = a.party(partyId);
        QStringList lines{
            tr("%1 in %2: %3")
                .arg(p ? p->label() : QString(), tool->name, ToolAccess::levelName(access.level))};
        if (!access.role.isEmpty())
            lines << tr("Role: %1").arg(access.role);
        if (!access.approvedBy.isEmpty())
            lines << tr("Approved by: %1").arg(access.approvedBy);
        if (access.level != ToolAccess::Level::None)
            lines << (access.mfaRequired ? tr("MFA required") : tr("No MFA required"));
        if (access.expires.isValid())
            lines << (expired ? tr("Expired on %1") : tr("Expires on %1"))
                         .arg(QLocale().toString(access.expires, QLocale::ShortFormat));
        lines << m_cellMessages.value(cellKey(tool->id, partyId));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

bool ToolsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Tool *existing = toolAt(index.row());
    if (!existing)
        return false;
    const QVariant choices = data(index, ChoiceDelegate::ChoiceValuesRole);
    if (choices.isValid() && !choices.toList().contains(value))
        return false;
    Tool tool = *existing;
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        tool.name = name;
        break;
    }
    case CategoryColumn:
        tool.category = value.toString().trimmed();
        break;
    case OwnerColumn:
        tool.ownerId = value.toInt();
        break;
    default: {
        const int partyId = partyAt(index.column());
        if (partyId == 0)
            return false;
        tool.access[partyId].level = ToolAccess::Level(value.toInt());
        break;
    }
    }
    m_document->setTool(tool);
    return true;
}

void ToolsModel::setLevels(const QModelIndexList &cells, int level)
{
    if (level < 0 || level > int(ToolAccess::Level::Admin))
        return;
    // One changed copy per tool, in row order.
    QList<Tool> changed;
    for (const QModelIndex &cell : cells) {
        const int partyId = partyAt(cell.column());
        const Tool *tool = toolAt(cell.row());
        if (partyId == 0 || !tool)
            continue;
        auto it = std::find_if(changed.begin(), changed.end(),
                               [tool](const Tool &t) { return t.id == tool->id; });
        if (it == changed.end()) {
            changed.append(*tool);
            it = changed.end() - 1;
        }
        it->access[partyId].level = ToolAccess::Level(level);
    }
    const auto unchanged = [this](const Tool &t) {
        return *m_document->agreement().tool(t.id) == t;
    };
    changed.removeIf(unchanged);
    if (changed.isEmpty())
        return;
    if (changed.size() == 1) {
        m_document->setTool(changed.constFirst());
        return;
    }
    m_document->undoStack()->beginMacro(
        tr("Set %1 access").arg(ToolAccess::levelName(ToolAccess::Level(level))));
    for (const Tool &t : std::as_const(changed))
        m_document->setTool(t);
    m_document->undoStack()->endMacro();
}

Qt::ItemFlags ToolsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ToolsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const Party *p = m_document->agreement().party(partyAt(section));
    switch (role) {
    case Qt::DisplayRole:
        if (section == NameColumn)
            return tr("Tool");
        if (section == CategoryColumn)
            return tr("Category");
        if (section == OwnerColumn)
            return tr("Owner");
        return p ? p->shortLabel() : QVariant();
    case Qt::ToolTipRole:
        if (p)
            return tr("Access of %1 (%2): N none, R read, O operate, A admin")
                .arg(p->label(), Party::kindName(p->kind));
        if (section == OwnerColumn)
            return tr("The party that owns the tool and its licence");
        return {};
    default:
        return {};
    }
}

void ToolsModel::emitRowChanged(int row)
{
    if (row >= 0 && row < m_ids.size())
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ToolsModel::setFindings(const QList<Finding> &findings)
{
    QHash<int, int> tools;
    QHash<quint64, int> cells;
    QHash<int, QStringList> messages;
    QHash<quint64, QStringList> cellMessages;
    for (const Finding &f : findings) {
        if (f.toolId == 0)
            continue;
        keepWorst(tools, f.toolId, int(f.severity));
        messages[f.toolId].append(f.message);
        if (f.partyId != 0) {
            const quint64 key = cellKey(f.toolId, f.partyId);
            auto it = cells.find(key);
            if (it == cells.end())
                cells.insert(key, int(f.severity));
            else if (int(f.severity) < *it)
                *it = int(f.severity);
            cellMessages[key].append(f.message);
        }
    }
    if (tools == m_toolSeverity && cells == m_cellSeverity && messages == m_messages
        && cellMessages == m_cellMessages)
        return;
    m_toolSeverity = std::move(tools);
    m_cellSeverity = std::move(cells);
    m_messages = std::move(messages);
    m_cellMessages = std::move(cellMessages);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
