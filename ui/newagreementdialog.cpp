#include "newagreementdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

NewAgreementDialog::NewAgreementDialog(const QString &modelName, QWidget *parent)
    : QDialog(parent)
    , m_client(new QLineEdit(tr("Client company"), this))
    , m_provider(new QLineEdit(tr("Service provider"), this))
    , m_effective(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("New agreement"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_client->selectAll();
    auto *intro = new QLabel(tr("A new agreement from the model “%1”. You can change all of "
                                "this later on the Details page.")
                                 .arg(modelName),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Provider (MSP):"), m_provider);
    form->addRow(tr("&Effective date:"), m_effective);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

TemplateLibrary::NewAgreement NewAgreementDialog::values() const
{
    return {m_client->text().trimmed(), m_provider->text().trimmed(), m_effective->date()};
}
