#include "newagreementdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

NewAgreementDialog::NewAgreementDialog(const QString &modelName, const QStringList &languages,
                                       const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_client(new QLineEdit(tr("Client company"), this))
    , m_provider(new QLineEdit(tr("Service provider"), this))
    , m_effective(new QDateEdit(QDate::currentDate(), this))
    , m_language(new QComboBox(this))
{
    for (const QString &code : languages) {
        // Each language in its own words ("Deutsch"), as language pickers do.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (locale.language() == QLocale::English)
            name = QStringLiteral("English");
        m_language->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_language->setToolTip(tr("The language of the duty titles, descriptions, areas and rules "
                              "the agreement starts with"));
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
    form->addRow(tr("&Language:"), m_language);
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
    return {m_client->text().trimmed(), m_provider->text().trimmed(), m_effective->date(),
            m_language->currentData().toString()};
}
