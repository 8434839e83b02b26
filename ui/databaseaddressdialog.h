#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks where the shared store is: a PostgreSQL connection URI as psql
// takes it. The address is checked as it is typed, and OK waits for one
// that parses. The password is not asked here: it comes from PGPASSWORD or
// ~/.pgpass, as for psql.
class DatabaseAddressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseAddressDialog(const QString &initial, QWidget *parent = nullptr);

    QString address() const;
    QLineEdit *addressEdit() const { return m_address; }
    QLabel *problemLabel() const { return m_problem; }
    // Whether OK can be pressed now.
    bool acceptable() const;

private:
    void check();

    QLineEdit *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
