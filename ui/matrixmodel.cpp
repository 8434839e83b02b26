#include "matrixmodel.h"

#include "document/document.h"
#include "rolecolors.h"

#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QSet>

namespace {
// Children carry their area row + 1 as internal id; area rows carry 0.
constexpr quintptr AreaRowTag = 0;
const QString DutyMimeType = QStringLiteral("application/x-dutymap-duty-ids");

quint64 cellKey(int dutyId, int partyId)
{
    return (quint64(quint32(dutyId)) << 32) | quint32(partyId);
}
} // namespace

MatrixModel::MatrixModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document, &Document::rolesChanged, this, &MatrixModel::onRolesChanged);
    connect(document, &Document::itemChanged, this,
            [this](Document::List list, int id) { onItemChanged(int(list), id); });
    // Structural edits are rare next to role edits; a reset keeps the
    // grouping simple and correct.
    const auto shown = [](Document::List list) {
        return list == Document::List::Duties || list == Document::List::Areas
               || list == Document::List::Parties;
    };
    connect(document, &Document::itemInserted, this, [this, shown](Document::List list) {
        if (shown(list))
            resetAll();
    });
    connect(document, &Document::itemRemoved, this, [this, shown](Document::List list) {
        if (shown(list))
            resetAll();
    });
    connect(document, &Document::itemMoved, this, [this, shown](Document::List list) {
        if (shown(list))
            resetAll();
    });
    connect(document, &Document::listAboutToBeReset, this, [this, shown](Document::List list) {
        if (shown(list))
            beginResetModel();
    });
    connect(document, &Document::listReset, this, [this, shown](Document::List list) {
        if (shown(list)) {
            rebuild();
            endResetModel();
        }
    });
    connect(document, &Document::agreementAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &Document::agreementReset, this, [this] {
        rebuild();
        endResetModel();
    });
}

void MatrixModel::resetAll()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void MatrixModel::rebuild()
{
    const Agreement &a = m_document->agreement();
    m_dutiesByArea.clear();
    m_dutiesByArea.resize(a.areas.size());
    m_areaRowOfDuty.clear();
    m_rowOfDuty.clear();
    m_areaRowOfDuty.reserve(a.duties.size());
    m_rowOfDuty.reserve(a.duties.size());
    QHash<int, int> areaRowById;
    for (qsizetype i = 0; i < a.areas.size(); ++i)
        areaRowById.insert(a.areas.at(i).id, int(i));
    for (qsizetype i = 0; i < a.duties.size(); ++i) {
        const Duty &d = a.duties.at(i);
        const int areaRow = areaRowById.value(d.areaId, -1);
        if (areaRow < 0)
            continue;
        m_areaRowOfDuty.insert(d.id, areaRow);
        m_rowOfDuty.insert(d.id, int(m_dutiesByArea[areaRow].size()));
        m_dutiesByArea[areaRow].append(int(i));
    }
}

QModelIndex MatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount() || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_dutiesByArea.size() ? createIndex(row, column, AreaRowTag) : QModelIndex();
    if (parent.internalId() != AreaRowTag || parent.row() >= m_dutiesByArea.size())
        return {};
    if (row >= m_dutiesByArea.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == AreaRowTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, AreaRowTag);
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_dutiesByArea.size());
    if (parent.internalId() != AreaRowTag || parent.column() != 0)
        return 0;
    return int(m_dutiesByArea.value(parent.row()).size());
}

int MatrixModel::columnCount(const QModelIndex &) const
{
    return ownershipColumn() + 1;
}

int MatrixModel::ownershipColumn() const
{
    return FirstPartyColumn + int(m_document->agreement().parties.size());
}

int MatrixModel::partyAt(int column) const
{
    const auto &parties = m_document->agreement().parties;
    const int i = column - FirstPartyColumn;
    return (i >= 0 && i < parties.size()) ? parties.at(i).id : 0;
}

int MatrixModel::columnOfParty(int partyId) const
{
    const qsizetype i = m_document->agreement().indexOfParty(partyId);
    return i < 0 ? -1 : FirstPartyColumn + int(i);
}

QModelIndex MatrixModel::indexOfDuty(int dutyId, int column) const
{
    const auto area = m_areaRowOfDuty.constFind(dutyId);
    if (area == m_areaRowOfDuty.cend())
        return {};
    return createIndex(m_rowOfDuty.value(dutyId), column, quintptr(*area + 1));
}

QModelIndex MatrixModel::indexOfArea(int areaId) const
{
    const qsizetype row = m_document->agreement().indexOfArea(areaId);
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

const Duty *MatrixModel::dutyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == AreaRowTag)
        return nullptr;
    const QList<int> &rows = m_dutiesByArea.at(areaRow(index));
    return index.row() < rows.size() ? &m_document->agreement().duties.at(rows.at(index.row()))
                                     : nullptr;
}

int MatrixModel::areaRow(const QModelIndex &index) const
{
    return index.internalId() == AreaRowTag ? index.row() : int(index.internalId() - 1);
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Agreement &a = m_document->agreement();
    const int column = index.column();

    if (index.internalId() == AreaRowTag) {
        if (index.row() >= a.areas.size())
            return {};
        const Area &area = a.areas.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (column == DutyColumn)
                return tr("%1 (%n)", nullptr, int(m_dutiesByArea.at(index.row()).size()))
                    .arg(area.name);
            return {};
        case Qt::FontRole:
            if (column == DutyColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::BackgroundRole:
            return QGuiApplication::palette().brush(QPalette::AlternateBase);
        case AreaIdRole:
            return area.id;
        case DutyIdRole:
        case PartyIdRole:
            return 0;
        case SeverityRole:
            return -1;
        default:
            return {};
        }
    }

    const int dutyIndex = m_dutiesByArea.at(areaRow(index)).at(index.row());
    const Duty &duty = a.duties.at(dutyIndex);
    switch (role) {
    case DutyIdRole:
        return duty.id;
    case AreaIdRole:
        return duty.areaId;
    case PartyIdRole:
        return partyAt(column);
    case SearchTextRole:
        return QStringList{duty.title, duty.description, duty.controls.join(u' '), duty.notes}.join(
            u'\n');
    default:
        break;
    }

    if (column == DutyColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return duty.title;
        case Qt::ToolTipRole:
            return duty.description.isEmpty() ? duty.title : duty.description;
        case SeverityRole:
            return m_dutySeverity.value(duty.id, -1);
        default:
            return {};
        }
    }
    if (column == ownershipColumn()) {
        if (role == Qt::DisplayRole)
            return Agreement::ownershipName(a.ownershipOf(duty));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == SeverityRole)
            return -1;
        return {};
    }
    const int partyId = partyAt(column);
    const Raci raci = duty.rolesOf(partyId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return raci.toString();
    case RaciRole:
        return int(raci.bits());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return raci.isEmpty() ? QVariant() : QVariant(RoleColors::background(raci));
    case Qt::ForegroundRole:
        return raci.isEmpty() ? QVariant() : QVariant(QColor(Qt::black));
    case Qt::FontRole:
        if (raci.accountable()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SeverityRole:
        return m_cellSeverity.value(cellKey(duty.id, partyId), -1);
    case Qt::ToolTipRole: {
        QStringList names;
        for (Raci::Role r : {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed})
            if (raci.has(r))
                names << Raci::roleName(r);
        const Party *p = a.party(partyId);
        return tr("%1: %2").arg(p ? p->label() : QString(),
                                names.isEmpty() ? tr("no role") : names.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

bool MatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.internalId() == AreaRowTag)
        return false;
    const int partyId = partyAt(index.column());
    if (partyId == 0)
        return false;
    QString error;
    const std::optional<Raci> raci = Raci::parse(value.toString(), &error);
    if (!raci) {
        m_lastError = error;
        return false;
    }
    m_document->setRoles(data(index, DutyIdRole).toInt(), partyId, *raci);
    return true;
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != AreaRowTag && partyAt(index.column()) != 0)
        f |= Qt::ItemIsEditable;
    if (index.internalId() != AreaRowTag)
        f |= Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
    else
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const Party *p = m_document->agreement().party(partyAt(section));
    switch (role) {
    case Qt::DisplayRole:
        if (section == DutyColumn)
            return tr("Duty");
        if (section == ownershipColumn())
            return tr("Ownership");
        return p ? p->shortLabel() : QVariant();
    case Qt::ToolTipRole:
        if (section == ownershipColumn())
            return tr("Who performs the duty, derived from who is Responsible");
        return p ? tr("%1 (%2)").arg(p->label(), Party::kindName(p->kind)) : QVariant();
    case Qt::TextAlignmentRole:
        return section == DutyColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    default:
        return {};
    }
}

void MatrixModel::setFindings(const QList<Finding> &findings)
{
    QHash<int, int> duties;
    QHash<quint64, int> cells;
    // Lower enum values are more severe; keep the worst per duty and cell.
    const auto keep = [](auto &map, auto key, int severity) {
        auto it = map.find(key);
        if (it == map.end())
            map.insert(key, severity);
        else if (severity < *it)
            *it = severity;
    };
    for (const Finding &f : findings) {
        if (f.dutyId == 0)
            continue;
        keep(duties, f.dutyId, int(f.severity));
        if (f.partyId != 0)
            keep(cells, cellKey(f.dutyId, f.partyId), int(f.severity));
    }
    if (duties == m_dutySeverity && cells == m_cellSeverity)
        return;

    // Repaint only the rows whose marks changed.
    QSet<int> touched;
    for (auto it = duties.cbegin(); it != duties.cend(); ++it)
        if (m_dutySeverity.value(it.key(), -2) != it.value())
            touched.insert(it.key());
    for (auto it = m_dutySeverity.cbegin(); it != m_dutySeverity.cend(); ++it)
        if (!duties.contains(it.key()))
            touched.insert(it.key());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        if (m_cellSeverity.value(it.key(), -2) != it.value())
            touched.insert(int(it.key() >> 32));
    for (auto it = m_cellSeverity.cbegin(); it != m_cellSeverity.cend(); ++it)
        if (!cells.contains(it.key()))
            touched.insert(int(it.key() >> 32));
    m_dutySeverity = std::move(duties);
    m_cellSeverity = std::move(cells);
    const QList<int> roles{SeverityRole};
    for (int dutyId : std::as_const(touched)) {
        const QModelIndex first = indexOfDuty(dutyId, 0);
        if (first.isValid())
            emit dataChanged(first, first.siblingAtColumn(columnCount() - 1), roles);
    }
}

void MatrixModel::onRolesChanged(int dutyId, int partyId)
{
    const QModelIndex cell = indexOfDuty(dutyId, columnOfParty(partyId));
    if (!cell.isValid())
        return;
    emit dataChanged(cell, cell);
    const QModelIndex owner = cell.siblingAtColumn(ownershipColumn());
    emit dataChanged(owner, owner);
}

void MatrixModel::onItemChanged(int list, int id)
{
    switch (Document::List(list)) {
    case Document::List::Duties: {
        // A duty moved to another area changes the grouping.
        const Duty *duty = m_document->agreement().duty(id);
        const QModelIndex first = indexOfDuty(id, 0);
        if (!duty || !first.isValid()
            || m_document->agreement().areas.value(areaRow(first)).id != duty->areaId) {
            resetAll();
            return;
        }
        emit dataChanged(first, first.siblingAtColumn(columnCount() - 1));
        break;
    }
    case Document::List::Parties:
        emit headerDataChanged(Qt::Horizontal, FirstPartyColumn, ownershipColumn());
        // Kinds decide the ownership label.
        for (int r = 0; r < rowCount(); ++r) {
            const QModelIndex area = index(r, 0);
            if (rowCount(area) > 0)
                emit dataChanged(index(0, ownershipColumn(), area),
                                 index(rowCount(area) - 1, ownershipColumn(), area));
        }
        break;
    case Document::List::Areas: {
        const QModelIndex area = indexOfArea(id);
        if (area.isValid())
            emit dataChanged(area, area);
        break;
    }
    default:
        break;
    }
}

Qt::DropActions MatrixModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList MatrixModel::mimeTypes() const
{
    return {DutyMimeType};
}

QMimeData *MatrixModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> ids;
    for (const QModelIndex &i : indexes) {
        const int id = data(i, DutyIdRole).toInt();
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    mime->setData(DutyMimeType, bytes);
    return mime;
}

bool MatrixModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &parent) const
{
    return action == Qt::MoveAction && data && data->hasFormat(DutyMimeType) && parent.isValid();
}

bool MatrixModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> ids;
    QDataStream stream(data->data(DutyMimeType));
    stream >> ids;
    // Dropped on a duty: insert before it, in its area.
    QModelIndex area = parent;
    if (parent.internalId() != AreaRowTag) {
        area = parent.parent();
        row = parent.row();
    }
    const Agreement &a = m_document->agreement();
    if (area.row() >= a.areas.size())
        return false;
    const int areaId = a.areas.at(area.row()).id;
    const QList<int> &members = m_dutiesByArea.at(area.row());
    // The duty to insert before, or none to append to the area.
    int beforeId = 0;
    if (row >= 0 && row < members.size())
        beforeId = a.duties.at(members.at(row)).id;

    m_document->undoStack()->beginMacro(
        ids.size() == 1 ? tr("Move duty") : tr("Move %n duties", nullptr, int(ids.size())));
    for (int id : std::as_const(ids)) {
        if (id == beforeId)
            continue;
        const Duty *duty = m_document->agreement().duty(id);
        if (!duty)
            continue;
        if (duty->areaId != areaId) {
            Duty moved = *duty;
            moved.areaId = areaId;
            m_document->setDuty(moved, tr("Move duty to another area"));
        }
        const Agreement &now = m_document->agreement();
        qsizetype target = beforeId != 0 ? now.indexOfDuty(beforeId) : -1;
        if (target < 0) { // after the last duty of the area
            target = now.duties.size() - 1;
            for (qsizetype i = now.duties.size() - 1; i >= 0; --i)
                if (now.duties.at(i).areaId == areaId && now.duties.at(i).id != id) {
                    target = i;
                    break;
                }
            if (now.indexOfDuty(id) > target)
                ++target;
        } else if (now.indexOfDuty(id) < target) {
            --target;
        }
        m_document->moveDuty(id, target);
    }
    m_document->undoStack()->endMacro();
    // The view must not remove the dragged rows itself: the document moved them.
    return false;
}
