#include "matrixmodel.h"

#include "document/document.h"
#include "rolecolors.h"

#include <QColor>
#include <QFont>

MatrixModel::MatrixModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::rolesChanged, this, &MatrixModel::onRolesChanged);
    connect(document, &Document::itemChanged, this,
            [this](Document::List list, int id) { onItemChanged(int(list), id); });
    connect(document, &Document::itemInserted, this, [this](Document::List list, qsizetype i) {
        if (list == Document::List::Duties) {
            beginInsertRows({}, int(i), int(i));
            endInsertRows();
        } else if (list == Document::List::Parties) {
            beginResetModel();
            endResetModel();
        }
    });
    connect(document, &Document::itemAboutToBeRemoved, this,
            [this](Document::List list, qsizetype i) {
                if (list == Document::List::Duties)
                    beginRemoveRows({}, int(i), int(i));
                else if (list == Document::List::Parties)
                    beginResetModel();
            });
    connect(document, &Document::itemRemoved, this, [this](Document::List list, qsizetype) {
        if (list == Document::List::Duties)
            endRemoveRows();
        else if (list == Document::List::Parties)
            endResetModel();
    });
    connect(document, &Document::itemMoved, this,
            [this](Document::List list, qsizetype, qsizetype) {
                if (list == Document::List::Duties || list == Document::List::Parties) {
                    beginResetModel();
                    endResetModel();
                }
            });
    connect(document, &Document::agreementAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &Document::agreementReset, this, [this] { endResetModel(); });
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->agreement().duties.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ownershipColumn() + 1;
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

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Agreement &a = m_document->agreement();
    const Duty &duty = a.duties.at(index.row());
    const int column = index.column();

    if (column == AreaColumn) {
        if (role == Qt::DisplayRole) {
            const Area *area = a.area(duty.areaId);
            return area ? area->name : QString();
        }
        return {};
    }
    if (column == DutyColumn) {
        if (role == Qt::DisplayRole)
            return duty.title;
        if (role == Qt::ToolTipRole)
            return duty.description.isEmpty() ? duty.title : duty.description;
        return {};
    }
    if (column == ownershipColumn()) {
        if (role == Qt::DisplayRole)
            return Agreement::ownershipName(a.ownershipOf(duty));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    const Raci raci = duty.rolesOf(partyAt(column));
    switch (role) {
    case Qt::DisplayRole:
        return raci.toString();
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
    case Qt::ToolTipRole: {
        QStringList names;
        for (Raci::Role r : {Raci::Accountable, Raci::Responsible, Raci::Consulted, Raci::Informed})
            if (raci.has(r))
                names << Raci::roleName(r);
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == AreaColumn)
            return tr("Area");
        if (section == DutyColumn)
            return tr("Duty");
        if (section == ownershipColumn())
            return tr("Ownership");
        const Party *p = m_document->agreement().party(partyAt(section));
        return p ? (p->code.isEmpty() ? p->name : p->code) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        const Party *p = m_document->agreement().party(partyAt(section));
        return p ? p->name : QVariant();
    }
    return {};
}

void MatrixModel::onRolesChanged(int dutyId, int partyId)
{
    const auto &a = m_document->agreement();
    const int row = int(a.indexOfDuty(dutyId));
    const int column = FirstPartyColumn + int(a.indexOfParty(partyId));
    if (row < 0 || column < FirstPartyColumn)
        return;
    emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(row, ownershipColumn()), index(row, ownershipColumn()));
}

void MatrixModel::onItemChanged(int list, int id)
{
    const auto &a = m_document->agreement();
    switch (Document::List(list)) {
    case Document::List::Duties: {
        const int row = int(a.indexOfDuty(id));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        break;
    }
    case Document::List::Parties:
        emit headerDataChanged(Qt::Horizontal, FirstPartyColumn, ownershipColumn() - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, ownershipColumn()), index(rowCount() - 1, ownershipColumn()));
        break;
    case Document::List::Areas:
        if (rowCount() > 0)
            emit dataChanged(index(0, AreaColumn), index(rowCount() - 1, AreaColumn));
        break;
    default:
        break;
    }
}
