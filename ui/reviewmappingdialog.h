#pragma once

#include "review/ticketimport.h"

#include <QDialog>
#include <QHash>

#include <array>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTableWidget;
struct Agreement;

// Maps the columns of a ticket export no preset reads (or corrects a
// detected one): the first rows are shown, each field gets a column from a
// list, a date column whose day and month cannot be told apart is asked
// about, priority words are mapped to urgencies and handler names (team,
// queue, board) to parties. Names equal to a party's name or code need no
// answer.
class ReviewMappingDialog : public QDialog
{
    Q_OBJECT

public:
    // rows: the export's first rows, header first. options: the mapping
    // so far (columns, date order, priorities); handlers: handler names
    // (case-folded) and their party ids.
    ReviewMappingDialog(const QList<QStringList> &rows, const Agreement &agreement,
                        const TicketImportOptions &options, const QHash<QString, int> &handlers,
                        QWidget *parent = nullptr);

    // The mapping as chosen: only the columns, date order and priorities.
    TicketImportOptions options() const;
    QHash<QString, int> handlers() const;

    QTableWidget *previewTable() const { return m_preview; }
    QComboBox *columnBox(TicketField field) const { return m_columns[size_t(field)]; }
    QGroupBox *dateOrderBox() const { return m_dateOrder; }
    QRadioButton *dayFirstButton() const { return m_dayFirst; }
    QRadioButton *monthFirstButton() const { return m_monthFirst; }
    QTableWidget *urgencyTable() const { return m_urgencies; }
    QTableWidget *handlerTable() const { return m_handlers; }
    QPushButton *okButton() const;
    QLabel *problemLabel() const { return m_problem; }

private:
    QStringList valuesOf(TicketField field) const;
    void update();
    void fillUrgencies();
    void fillHandlers();

    QList<QStringList> m_rows;
    const Agreement &m_agreement;
    QHash<QString, EscalationRule::Urgency> m_priorities;
    QHash<QString, int> m_handlerParties;
    std::array<QComboBox *, TicketFieldCount> m_columns{};
    QTableWidget *m_preview;
    QGroupBox *m_dateOrder;
    QLabel *m_dateExample;
    QRadioButton *m_dayFirst;
    QRadioButton *m_monthFirst;
    QButtonGroup *m_orderGroup;
    QTableWidget *m_urgencies;
    QLabel *m_handlerNote;
    QTableWidget *m_handlers;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
