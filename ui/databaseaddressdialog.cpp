#include "databaseaddressdialog.h"

#include "storage/database/databaseaddress.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DatabaseAddressDialog::DatabaseAddressDialog(const QString &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Portfolio from Database"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("PostgreSQL &address:"), this);
    m_address = new QLineEdit(initial, this);
    m_address->setObjectName(QStringLiteral("databaseAddress"));
    m_address->setAccessibleName(tr("PostgreSQL address"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname"));
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 64);
    label->setBuddy(m_address);
    auto *hint =
        new QLabel(tr("As psql takes it: postgresql://user@host:port/dbname?sslmode=require, or "
                      "host=/folder for a Unix socket. The password comes from PGPASSWORD or "
                      "~/.pgpass."),
                   this);
    hint->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("databaseAddressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &DatabaseAddressDialog::check);
    check();
}

QString DatabaseAddressDialog::address() const
{
    return m_address->text().trimmed();
}

bool DatabaseAddressDialog::acceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void DatabaseAddressDialog::check()
{
    // An empty field is not yet wrong; it only cannot be opened.
    const QString text = address();
    const Result<DatabaseAddress> parsed =
        text.isEmpty() ? Result<DatabaseAddress>::failure(QString()) : DatabaseAddress::parse(text);
    m_problem->setText(parsed ? QString() : parsed.error());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed.ok());
}
