#include "securitymodel.h"

#include "document/document.h"
#include "findingspanel.h"

#include <QColor>

SecurityModel::SecurityModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(SecurityOwnership::of(document->agreement()))
{
    const auto changed = [this] {
        if (m_live)
            refresh();
        else
            m_stale = true;
    };
    connect(document, &Document::changed, this, changed);
    connect(document, &Document::agreementReset, this, changed);
}

void SecurityModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        refresh();
}

void SecurityModel::refresh()
{
    m_stale = false;
    QList<SecurityOwnership> rows = SecurityOwnership::of(m_document->agreement());
    bool sameDuties = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameDuties && i < rows.size(); ++i)
        sameDuties = rows.at(i).dutyId == m_rows.at(i).dutyId;
    if (!sameDuties) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same duties: repaint in place and keep the user's selection.
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SecurityModel::setFindings(const QList<Finding> &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, FindingsColumn), index(rowCount() - 1, FindingsColumn));
}

int SecurityModel::incompleteCount() const
{
    int n = 0;
    for (const SecurityOwnership &s : m_rows)
        n += s.monitorIds.isEmpty() || s.remediatorIds.isEmpty() || s.approverIds.isEmpty() ? 1 : 0;
    return n;
}

int SecurityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecurityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> SecurityModel::partiesOf(int row, int column) const
{
    const SecurityOwnership &s = m_rows.at(row);
    switch (column) {
    case MonitorsColumn:
        return s.monitorIds;
    case RemediatesColumn:
        return s.remediatorIds;
    case ApprovesColumn:
        return s.approverIds;
    default:
        return {};
    }
}

QVariant SecurityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SecurityOwnership &s = m_rows.at(index.row());
    const Agreement &a = m_document->agreement();
    const Duty *duty = a.duty(s.dutyId);
    if (!duty)
        return {};
    if (role == DutyIdRole)
        return s.dutyId;
    const int column = index.column();
    switch (column) {
    case DutyColumn:
        if (role == Qt::DisplayRole)
            return duty->title;
        if (role == Qt::ToolTipRole)
            return duty->description.isEmpty() ? duty->title : duty->description;
        return {};
    case AreaColumn: {
        const Area *area = a.area(duty->areaId);
        return role == Qt::DisplayRole && area ? QVariant(area->name) : QVariant();
    }
    case MonitorsColumn:
    case RemediatesColumn:
    case ApprovesColumn: {
        const QList<int> ids = partiesOf(index.row(), column);
        switch (role) {
        case Qt::DisplayRole: {
            if (ids.isEmpty())
                return tr("— missing");
            QStringList names;
            for (int id : ids)
                if (const Party *p = a.party(id))
                    names << p->label();
            return names.join(QStringLiteral(", "));
        }
        case Qt::ForegroundRole:
            return ids.isEmpty() ? QVariant(QColor(0xd3, 0x2f, 0x2f)) : QVariant();
        case PartyChipsRole: {
            QVariantList chips;
            for (int id : ids)
                if (const Party *p = a.party(id))
                    chips << QVariant(QStringList{p->label(), p->color, p->shortLabel()});
            return chips;
        }
        default:
            return {};
        }
    }
    case FindingsColumn: {
        QStringList messages;
        int worst = -1;
        for (const Finding &f : m_findings) {
            if (f.dutyId != s.dutyId)
                continue;
            messages << f.message;
            if (worst < 0 || int(f.severity) < worst)
                worst = int(f.severity);
        }
        switch (role) {
        case Qt::DisplayRole:
            if (messages.isEmpty())
                return QString();
            return messages.size() == 1 ? messages.constFirst()
                                        : tr("%1 (+%n more)", nullptr, int(messages.size() - 1))
                                              .arg(messages.constFirst());
        case Qt::ToolTipRole:
            return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
        case Qt::DecorationRole:
            return worst < 0 ? QVariant()
                             : QVariant(FindingsPanel::iconFor(Finding::Severity(worst)));
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant SecurityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DutyColumn:
            return tr("Security duty");
        case AreaColumn:
            return tr("Area");
        case MonitorsColumn:
            return tr("Who monitors");
        case RemediatesColumn:
            return tr("Who remediates");
        case ApprovesColumn:
            return tr("Who approves");
        case FindingsColumn:
            return tr("Findings");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MonitorsColumn:
            return tr("Responsible for a monitoring duty on the same area or system; else "
                      "Informed of this duty");
        case RemediatesColumn:
            return tr("Responsible for the duty");
        case ApprovesColumn:
            return tr("Accountable for the duty");
        default:
            return {};
        }
    }
    return {};
}
