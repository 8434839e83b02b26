#include "databasedialog.h"

#include "offthread.h"
#include "passwordvault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QString SettingsGroup = QStringLiteral("database");

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

DatabaseDialog::DatabaseDialog(Mode mode, PasswordVault &vault, const QString &suggestedName,
                               QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_vault(vault)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_accept(nullptr)
{
    setObjectName(QStringLiteral("DatabaseDialog"));
    setWindowTitle(mode == Mode::Open   ? tr("Open from Database")
                   : mode == Mode::Save ? tr("Save to Database")
                                        : tr("Portfolio from Database"));

    auto *intro = new QLabel(tr("The shared store of your team: a PostgreSQL database set up "
                                "once with “dutymap-cli db init”."),
                             this);
    intro->setWordWrap(true);

    m_host->setPlaceholderText(tr("localhost, a server name, or a socket folder such as "
                                  "/var/run/postgresql"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setPlaceholderText(tr("the user name when empty"));
    m_sslMode->addItem(tr("default (prefer)"), QString());
    for (const QString &sslMode : DatabaseAddress::sslModes())
        m_sslMode->addItem(sslMode, sslMode);
    m_sslMode->setToolTip(tr("require: always encrypted; verify-full: encrypted, and the server's "
                             "certificate is checked against its name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: kept in the keychain, or PGPASSWORD or ~/.pgpass"));
    m_password->setAccessibleName(tr("Password"));

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Host:"), m_host), m_host);
    form->addRow(buddyLabel(tr("&Port:"), m_port), m_port);
    form->addRow(buddyLabel(tr("&Database:"), m_database), m_database);
    form->addRow(buddyLabel(tr("&User:"), m_user), m_user);
    form->addRow(buddyLabel(tr("&Encryption (sslmode):"), m_sslMode), m_sslMode);
    form->addRow(buddyLabel(tr("Pass&word:"), m_password), m_password);
    form->addRow(QString(), m_remember);
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connect);
    connectRow->addStretch();
    form->addRow(QString(), connectRow);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Name"), tr("Version"), tr("Saved by"), tr("Saved at")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->setAccessibleName(tr("Agreements in the database"));
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c : {VersionColumn, SavedByColumn, SavedAtColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->setMinimumSize(560, 160);
    auto *listLabel = buddyLabel(tr("&Agreements:"), m_list);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Connection status"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(mode == Mode::Open   ? tr("&Open")
                                  : mode == Mode::Save ? tr("&Save")
                                                       : tr("&List Portfolio"),
                                  QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    if (mode == Mode::Save) {
        m_name = new QLineEdit(suggestedName, this);
        m_name->setMaxLength(int(AgreementStore::MaxNameLength));
        auto *nameForm = new QFormLayout;
        nameForm->addRow(buddyLabel(tr("&Name in the database:"), m_name), m_name);
        layout->addLayout(nameForm);
        connect(m_name, &QLineEdit::textChanged, this, &DatabaseDialog::updateAccept);
        // A stored name picked from the list is a start for a new one.
        connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
            m_name->setText(item->text(NameColumn));
            m_name->setFocus();
        });
    } else if (mode == Mode::Open) {
        connect(m_list, &QTreeWidget::itemDoubleClicked, this, &DatabaseDialog::accept);
    }
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    loadSettings();
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, &DatabaseDialog::connectionEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &DatabaseDialog::connectionEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &DatabaseDialog::connectionEdited);
    connect(m_connect, &QPushButton::clicked, this, &DatabaseDialog::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DatabaseDialog::updateAccept);
    showMessage(tr("Connect to see the agreements stored there."), false);
    updateAccept();
    if (m_host->text().isEmpty())
        m_host->setFocus();
    else
        m_connect->setFocus();
}

void DatabaseDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    m_host->setText(settings.value(QStringLiteral("host")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), 0).toInt());
    m_database->setText(settings.value(QStringLiteral("database")).toString());
    QString user = settings.value(QStringLiteral("user")).toString();
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    m_user->setText(user);
    const int ssl = m_sslMode->findData(settings.value(QStringLiteral("sslmode")).toString());
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_remember->setChecked(settings.value(QStringLiteral("rememberPassword"), false).toBool());
}

void DatabaseDialog::saveSettings() const
{
    // Everything but the password, which is the keychain's.
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    settings.setValue(QStringLiteral("rememberPassword"), m_remember->isChecked());
}

DatabaseAddress DatabaseDialog::address() const
{
    DatabaseAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    return address;
}

QString DatabaseDialog::vaultKey() const
{
    return address().displayName();
}

QString DatabaseDialog::password()
{
    if (!m_password->text().isEmpty())
        return m_password->text();
    if (!m_remember->isChecked())
        return {};
    return m_vault.read(vaultKey()).value_or(QString());
}

QString DatabaseDialog::agreementName() const
{
    if (m_name)
        return m_name->text().trimmed();
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void DatabaseDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void DatabaseDialog::connectionEdited()
{
    if (!m_listed)
        return;
    m_listed = false;
    m_list->setEnabled(false);
    showMessage(tr("Connect again to see the agreements of this connection."), false);
    updateAccept();
}

void DatabaseDialog::updateAccept()
{
    const bool ready = m_mode == Mode::Open   ? m_listed && m_list->currentItem() != nullptr
                       : m_mode == Mode::Save ? m_name && !m_name->text().trimmed().isEmpty()
                                              : true; // a portfolio connects first

    m_accept->setEnabled(ready && !m_busy);
    m_connect->setEnabled(!m_busy);
    m_connect->setDefault(!m_listed);
    m_accept->setDefault(m_listed);
}

bool DatabaseDialog::refresh()
{
    if (m_busy)
        return false;
    const DatabaseAddress where = address();
    const QString secret = password();
    m_busy = true;
    updateAccept();
    showMessage(tr("Connecting to %1…").arg(where.displayName()), false);
    Result<QList<StoredAgreementInfo>> listed = runOffThread([where, secret] {
        AgreementStore store;
        if (const Status connected = store.connect(where, secret); !connected)
            return Result<QList<StoredAgreementInfo>>::failure(connected.error());
        return store.list();
    });
    m_busy = false;
    m_list->clear();
    m_agreements.clear();
    m_listed = listed.ok();
    m_list->setEnabled(m_listed);
    if (!listed) {
        showMessage(listed.error(), true);
        if (listed.error().contains(QLatin1String("password")))
            m_password->setFocus();
        updateAccept();
        return false;
    }
    m_agreements = std::move(listed).value();
    const QLocale locale;
    m_list->setSortingEnabled(false);
    for (const StoredAgreementInfo &info : std::as_const(m_agreements)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, info.name);
        item->setData(VersionColumn, Qt::DisplayRole, info.version);
        item->setText(SavedByColumn, info.savedFrom.isEmpty()
                                         ? info.savedBy
                                         : tr("%1 (%2)").arg(info.savedBy, info.savedFrom));
        item->setText(SavedAtColumn,
                      locale.toString(info.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(SavedAtColumn, Qt::UserRole, info.savedAt);
    }
    m_list->setSortingEnabled(true);
    if (m_list->topLevelItemCount() > 0 && m_mode == Mode::Open) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    }
    showMessage(
        m_agreements.isEmpty()
            ? tr("Connected to %1. No agreement is stored there yet.").arg(where.displayName())
            : tr("Connected to %1. Agreements stored there: %2.")
                  .arg(where.displayName())
                  .arg(m_agreements.size()),
        false);
    updateAccept();
    return true;
}

void DatabaseDialog::accept()
{
    if (m_busy)
        return;
    if (!m_listed && !refresh())
        return;
    const QString name = agreementName();
    if (m_mode == Mode::Open && name.isEmpty()) {
        showMessage(tr("Choose the agreement to open."), true);
        return;
    }
    if (m_mode == Mode::Save) {
        if (const QString problem = AgreementStore::nameProblem(name); !problem.isEmpty()) {
            showMessage(problem, true);
            m_name->setFocus();
            return;
        }
        for (const StoredAgreementInfo &info : std::as_const(m_agreements))
            if (info.name == name) {
                showMessage(tr("“%1” is taken: saved by %2. Choose another name, or open that "
                               "agreement to work on it.")
                                .arg(name, info.savedByText()),
                            true);
                m_name->setFocus();
                m_name->selectAll();
                return;
            }
    }
    saveSettings();
    if (m_remember->isChecked() && !m_password->text().isEmpty()) {
        // Without a keychain the work goes on; the window says so.
        if (const Status kept = m_vault.write(vaultKey(), m_password->text()); !kept)
            m_vaultProblem = kept.error();
    } else if (!m_remember->isChecked()) {
        m_vault.remove(vaultKey());
    }
    QDialog::accept();
}
