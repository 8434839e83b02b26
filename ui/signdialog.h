#pragma once

#include "model/agreement.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Records the sign-off of the agreement's current content: who signs
// (name, title, party, date), a note such as "signed on paper", and the
// fingerprint the parties compare. Filled from the signatories planned on
// the Details page.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, PartyColumn, DateColumn };

    explicit SignDialog(const Agreement &agreement, QWidget *parent = nullptr);

    // The revision's date; signatories without their own date signed then.
    QDate date() const;
    void setDate(const QDate &date);
    QList<Signatory> signatories() const;
    // Replaces the rows; a test or the caller fills them.
    void setSignatories(const QList<Signatory> &signatories);
    QString note() const;
    void setNote(const QString &note);

    QTableWidget *table() const { return m_table; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *signButton() const { return m_sign; }
    void addRow(const Signatory &signatory = {});
    void removeCurrentRow();

private:
    void updateButtons();

    const Agreement &m_agreement;
    QDateEdit *m_date;
    QTableWidget *m_table;
    QLineEdit *m_note;
    QLabel *m_fingerprint;
    QPushButton *m_sign;
    QPushButton *m_remove;
};
