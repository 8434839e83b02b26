#pragma once

#include "result.h"

#include <QHash>
#include <QString>

#include <optional>

// Where the window keeps database passwords between sessions: never in the
// settings, only in a vault. The system's keychain by default (QtKeychain:
// Secret Service or KWallet, the macOS Keychain, the Windows Credential
// Store); tests use one in memory.
class PasswordVault
{
public:
    virtual ~PasswordVault() = default;

    // Nothing when no password is kept for `key` or the vault cannot be read.
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &password) = 0;
    virtual void remove(const QString &key) = 0;

    // The system's keychain, shared by every window.
    static PasswordVault &system();
};

class SystemKeychain : public PasswordVault
{
public:
    std::optional<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;

    // The keychain's service name the passwords are filed under.
    static QString service();
};

// Passwords for the run of a program only, as tests need.
class MemoryVault : public PasswordVault
{
public:
    std::optional<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &password) override;
    void remove(const QString &key) override;

private:
    QHash<QString, QString> m_passwords;
};
