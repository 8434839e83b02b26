#pragma once

#include "storage/database/agreementstore.h"
#include "storage/database/databaseaddress.h"

#include <QDialog>

class PasswordVault;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// Where the shared store is, and which agreement in it: host, port,
// database, user and sslmode (remembered in the settings), a password
// (never in the settings: typed, kept in the system keychain when asked,
// or left to libpq's PGPASSWORD and ~/.pgpass), and the agreements stored
// there with their version and who saved them when. Connecting and
// listing run off the GUI thread.
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    // Open: an agreement to open; Save: a name to save under; Portfolio: a
    // connection whose agreements are listed as a portfolio.
    enum class Mode { Open, Save, Portfolio };
    enum Column { NameColumn, VersionColumn, SavedByColumn, SavedAtColumn };

    // suggestedName: the name a save proposes.
    DatabaseDialog(Mode mode, PasswordVault &vault, const QString &suggestedName = {},
                   QWidget *parent = nullptr);

    DatabaseAddress address() const;
    // The password typed, else the one kept in the keychain for this
    // address, else empty (libpq then reads PGPASSWORD and ~/.pgpass).
    QString password();
    // The agreement chosen (open) or the name typed (save).
    QString agreementName() const;

    // Connects and lists the stored agreements; false (and the reason
    // shown in the dialog) when that failed.
    bool refresh();
    const QList<StoredAgreementInfo> &agreements() const { return m_agreements; }
    // Why the password could not be kept in the keychain, after accept().
    const QString &vaultProblem() const { return m_vaultProblem; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLineEdit *nameEdit() const { return m_name; }
    QTreeWidget *agreementList() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *acceptButton() const { return m_accept; }

    // Remembers the connection (and the password in the keychain when
    // asked) once the user goes ahead.
    void accept() override;

private:
    void loadSettings();
    void saveSettings() const;
    void showMessage(const QString &text, bool problem);
    void connectionEdited();
    void updateAccept();
    // The key of a password in the keychain: "user@host:port/database".
    QString vaultKey() const;

    Mode m_mode;
    PasswordVault &m_vault;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_connect;
    QTreeWidget *m_list;
    QLineEdit *m_name = nullptr;
    QLabel *m_message;
    QPushButton *m_accept;
    QList<StoredAgreementInfo> m_agreements;
    QString m_vaultProblem;
    bool m_listed = false; // the list is of the connection as shown
    bool m_busy = false;
};
