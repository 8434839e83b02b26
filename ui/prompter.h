#pragma once

#include "templates/templatelibrary.h"

#include <QString>

#include <optional>

class ImportDialog;
class QDialog;
class QMessageBox;
class QPushButton;
class QWidget;

// Every question the window asks the user goes through here, so tests can
// answer them and nothing ever blocks on a hidden modal dialog.
class Prompter
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class ConflictChoice { Overwrite, SaveAs, Cancel };
    enum class DatabaseConflictChoice { Merge, SaveCopy, Reload, Cancel };

    virtual ~Prompter() = default;

    virtual SaveChoice askToSaveChanges(QWidget *parent, const QString &documentName) = 0;
    virtual ConflictChoice askAboutChangedFile(QWidget *parent, const QString &path) = 0;
    // Someone else saved the agreement in the database since it was opened;
    // `message` names who and when. One that cannot ask keeps the user's
    // work unsaved in the window: Cancel.
    virtual DatabaseConflictChoice askAboutDatabaseConflict(QWidget *parent,
                                                            const QString &message);
    virtual bool askToRecover(QWidget *parent, const QString &description) = 0;
    virtual bool askToRevert(QWidget *parent, const QString &documentName) = 0;
    // Client, provider, date and language (one of languages, language
    // first) for a new agreement; nothing when cancelled.
    virtual std::optional<TemplateLibrary::NewAgreement>
    askNewAgreement(QWidget *parent, const QString &modelName, const QStringList &languages,
                    const QString &language) = 0;
    // A short text such as a name; nothing when cancelled or left empty.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title,
                                           const QString &label, const QString &initial) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    // Empty when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &caption,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter) = 0;
    // A folder that exists; empty when the user cancels.
    virtual QString folderName(QWidget *parent, const QString &caption);
    // Shows the import dialog; true when the user pressed Import. Tests
    // set the dialog up and answer without showing it.
    virtual bool reviewImport(ImportDialog *dialog);
    // Shows one of the revision dialogs (sign, merge); true when accepted.
    // Tests fill the dialog in and answer without showing it.
    virtual bool runDialog(QDialog *dialog);
};

// The real dialogs.
class DialogPrompter : public Prompter
{
public:
    SaveChoice askToSaveChanges(QWidget *parent, const QString &documentName) override;
    ConflictChoice askAboutChangedFile(QWidget *parent, const QString &path) override;
    DatabaseConflictChoice askAboutDatabaseConflict(QWidget *parent,
                                                    const QString &message) override;
    bool askToRecover(QWidget *parent, const QString &description) override;
    bool askToRevert(QWidget *parent, const QString &documentName) override;
    std::optional<TemplateLibrary::NewAgreement> askNewAgreement(QWidget *parent,
                                                                 const QString &modelName,
                                                                 const QStringList &languages,
                                                                 const QString &language) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &initial) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    QString openFileName(QWidget *parent, const QString &caption, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter) override;
};

// The question DialogPrompter asks when a save to the database is refused:
// built apart so that it can be looked at.
class DatabaseConflictBox
{
public:
    DatabaseConflictBox(QWidget *parent, const QString &message);
    ~DatabaseConflictBox();
    QMessageBox *box() const { return m_box; }
    Prompter::DatabaseConflictChoice choice() const;

private:
    QMessageBox *m_box;
    QPushButton *m_merge;
    QPushButton *m_copy;
    QPushButton *m_reload;
};
