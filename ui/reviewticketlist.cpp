#include "reviewticketlist.h"

#include "model/agreement.h"
#include "review/ticketlog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
enum Column {
    Id,
    Created,
    Category,
    Urgency,
    Site,
    HandledBy,
    AfterHours,
    Response,
    Resolution,
    Subject,
    ColumnCount
};

// Sorts by the number behind the text where there is one (durations).
class SortedItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(Qt::UserRole);
        const QVariant theirs = other.data(Qt::UserRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toInt() < theirs.toInt();
        return QTableWidgetItem::operator<(other);
    }
};

// Minutes as a reader takes them in: "45 min", "3 h 5 min", "2 d 4 h".
QString duration(int minutes)
{
    if (minutes < 0)
        return {};
    if (minutes < 60)
        return ReviewTicketList::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return ReviewTicketList::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return ReviewTicketList::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
}
} // namespace

ReviewTicketList::ReviewTicketList(const QString &title, const QList<ReviewedTicket> &tickets,
                                   std::shared_ptr<const TicketLog> log, const Agreement &agreement,
                                   const QByteArray &timeZone, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(tickets.size()), ColumnCount, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_table->setHorizontalHeaderLabels({tr("Ticket"), tr("Created"), tr("Category"), tr("Urgency"),
                                        tr("Site"), tr("Handled by"), tr("After hours"),
                                        tr("First response"), tr("Resolved in"), tr("Subject")});
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(false);
    const QTimeZone zone(timeZone);
    for (int r = 0; r < tickets.size(); ++r) {
        const ReviewedTicket &t = tickets.at(r);
        const TicketRecord &record = log->tickets.at(t.index);
        const Party *party = agreement.party(t.partyId);
        const QString handler =
            !party ? log->text(record.team >= 0 ? record.team : record.agent) : party->label();
        const auto overTarget = [](int minutes, int target) {
            return target > 0 && minutes > target;
        };
        const QStringList cells{
            log->ticketId(record.id),
            QDateTime::fromSecsSinceEpoch(record.created, zone).toString(u"yyyy-MM-dd HH:mm"),
            t.category,
            EscalationRule::urgencyName(t.urgency),
            t.site,
            handler,
            t.afterHours ? tr("yes") : QString(),
            duration(t.responseMinutes),
            duration(t.resolutionMinutes),
            log->text(record.subject),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new SortedItem(cells.at(c));
            if (c == Response)
                item->setData(Qt::UserRole, t.responseMinutes);
            else if (c == Resolution)
                item->setData(Qt::UserRole, t.resolutionMinutes);
            if ((c == Response && overTarget(t.responseMinutes, t.responseTarget))
                || (c == Resolution && overTarget(t.resolutionMinutes, t.resolutionTarget))) {
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
                item->setToolTip(
                    tr("Longer than the agreed %1")
                        .arg(duration(c == Response ? t.responseTarget : t.resolutionTarget)));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Created, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *count = new QLabel(tr("%n ticket(s)", nullptr, int(tickets.size())), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 520);
}

QStringList ReviewTicketList::ticketIds() const
{
    QStringList ids;
    for (int r = 0; r < m_table->rowCount(); ++r)
        ids.append(m_table->item(r, Id)->text());
    return ids;
}
