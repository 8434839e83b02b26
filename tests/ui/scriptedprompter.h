#pragma once

#include "importdialog.h"
#include "prompter.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <QDate>
#include <QStringList>

#include <functional>

// Answers the window's questions the way a test says, and remembers them.
class ScriptedPrompter : public Prompter
{
public:
    SaveChoice saveChoice = SaveChoice::Cancel;
    ConflictChoice conflictChoice = ConflictChoice::Cancel;
    bool recover = true;
    bool revertAnswer = true;
    QString fileName;
    TemplateLibrary::NewAgreement newAgreement{QStringLiteral("Northwind"),
                                               QStringLiteral("Contoso"), QDate(2026, 1, 1)};
    QStringList asked;
    QString offeredLanguage; // the language the new-agreement question offered first
    QStringList errors;
    QStringList texts; // answers to askText, in order

    SaveChoice askToSaveChanges(QWidget *, const QString &name) override
    {
        asked << QStringLiteral("save:") + name;
        return saveChoice;
    }
    ConflictChoice askAboutChangedFile(QWidget *, const QString &path) override
    {
        asked << QStringLiteral("conflict:") + path;
        return conflictChoice;
    }
    DatabaseConflictChoice databaseConflictChoice = DatabaseConflictChoice::Cancel;
    QString databaseConflict; // the message of the last refused database save
    DatabaseConflictChoice askAboutDatabaseConflict(QWidget *, const QString &message) override
    {
        asked << QStringLiteral("database-conflict");
        databaseConflict = message;
        return databaseConflictChoice;
    }
    bool askToRecover(QWidget *, const QString &description) override
    {
        asked << QStringLiteral("recover:") + description;
        return recover;
    }
    bool askToRevert(QWidget *, const QString &) override
    {
        asked << QStringLiteral("revert");
        return revertAnswer;
    }
    std::optional<TemplateLibrary::NewAgreement> askNewAgreement(QWidget *, const QString &name,
                                                                 const QStringList &,
                                                                 const QString &language) override
    {
        asked << QStringLiteral("new:") + name;
        offeredLanguage = language;
        // As a user taking the language the dialog offers.
        std::optional<TemplateLibrary::NewAgreement> answer = newAgreement;
        if (answer && answer->language.isEmpty())
            answer->language = language;
        return answer;
    }
    std::optional<QString> askText(QWidget *, const QString &title, const QString &,
                                   const QString &) override
    {
        asked << QStringLiteral("text:") + title;
        if (texts.isEmpty())
            return std::nullopt;
        return texts.takeFirst();
    }
    void showError(QWidget *, const QString &, const QString &message) override
    {
        errors << message;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return fileName; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileName;
    }
    QString folderName(QWidget *, const QString &) override
    {
        asked << QStringLiteral("folder");
        return fileName;
    }
    // The import dialog is answered without showing it: what it says is
    // kept, and Import pressed when acceptImport and nothing blocks it.
    bool acceptImport = true;
    QStringList importProblems;
    QString importSummary;
    bool importInto = false;
    bool reviewImport(ImportDialog *dialog) override
    {
        asked << QStringLiteral("import");
        dialog->setIntoOpenAgreement(importInto);
        importProblems.clear();
        for (int i = 0; i < dialog->problemList()->count(); ++i)
            importProblems << dialog->problemList()->item(i)->text();
        importSummary = dialog->summaryLabel()->text();
        return acceptImport && dialog->importButton()->isEnabled();
    }
    // Fills in a sign or merge dialog and says whether it was accepted;
    // unset: cancelled.
    std::function<bool(QDialog *)> answerDialog;
    bool runDialog(QDialog *dialog) override
    {
        asked << QStringLiteral("dialog:") + dialog->objectName();
        return answerDialog ? answerDialog(dialog) : false;
    }
};
