#pragma once

#include "review/reviewtickets.h"

#include <QDialog>

#include <memory>

class QTableWidget;
struct Agreement;
struct TicketLog;

// The tickets behind one number of the review: one row per ticket with its
// id, times, category, urgency, site, handler and subject.
class ReviewTicketList : public QDialog
{
    Q_OBJECT

public:
    ReviewTicketList(const QString &title, const QList<ReviewedTicket> &tickets,
                     std::shared_ptr<const TicketLog> log, const Agreement &agreement,
                     const QByteArray &timeZone, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The ids of the tickets shown, in their order.
    QStringList ticketIds() const;

private:
    QTableWidget *m_table;
};
