#include "prompter.h"

#include "importdialog.h"

#include "newagreementdialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Prompter)
};
} // namespace

Prompter::SaveChoice DialogPrompter::askToSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Unsaved changes"),
                    Tr::tr("Save the changes to “%1” before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(Tr::tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

Prompter::ConflictChoice DialogPrompter::askAboutChangedFile(QWidget *parent, const QString &path)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("File changed on disk"),
                    Tr::tr("“%1” was changed by someone else since you opened it.").arg(path),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        Tr::tr("Overwrite it with your version, or save your version under another name?"));
    QPushButton *overwrite = box.addButton(Tr::tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(Tr::tr("Save &As…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == overwrite)
        return ConflictChoice::Overwrite;
    if (box.clickedButton() == saveAs)
        return ConflictChoice::SaveAs;
    return ConflictChoice::Cancel;
}

DatabaseConflictBox::DatabaseConflictBox(QWidget *parent, const QString &message)
    : m_box(new QMessageBox(QMessageBox::Warning, Tr::tr("Saved by someone else"), message,
                            QMessageBox::NoButton, parent))
{
    m_box->setObjectName(QStringLiteral("DatabaseConflictBox"));
    m_box->setInformativeText(
        Tr::tr("Compare and merge: take the changes made on both sides; where both changed "
               "the same thing, you choose.\nSave as a copy: keep your version under another "
               "name.\nReload: take "
               "the stored version; Undo brings your changes back.\nCancel: keep editing; "
               "nothing is saved."));
    m_merge = m_box->addButton(Tr::tr("Compare and &Merge…"), QMessageBox::AcceptRole);
    m_copy = m_box->addButton(Tr::tr("Save as &Copy…"), QMessageBox::ActionRole);
    m_reload = m_box->addButton(Tr::tr("&Reload"), QMessageBox::DestructiveRole);
    m_box->addButton(QMessageBox::Cancel);
    m_box->setDefaultButton(m_merge);
}

DatabaseConflictBox::~DatabaseConflictBox()
{
    delete m_box;
}

Prompter::DatabaseConflictChoice DatabaseConflictBox::choice() const
{
    if (m_box->clickedButton() == m_merge)
        return Prompter::DatabaseConflictChoice::Merge;
    if (m_box->clickedButton() == m_copy)
        return Prompter::DatabaseConflictChoice::SaveCopy;
    if (m_box->clickedButton() == m_reload)
        return Prompter::DatabaseConflictChoice::Reload;
    return Prompter::DatabaseConflictChoice::Cancel;
}

Prompter::DatabaseConflictChoice DialogPrompter::askAboutDatabaseConflict(QWidget *parent,
                                                                          const QString &message)
{
    DatabaseConflictBox question(parent, message);
    question.box()->exec();
    return question.choice();
}

bool DialogPrompter::askToRecover(QWidget *parent, const QString &description)
{
    return QMessageBox::question(
               parent, Tr::tr("Recover unsaved work"),
               Tr::tr("Dutymap was not closed properly. %1\n\nRecover this work?").arg(description),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
           == QMessageBox::Yes;
}

bool DialogPrompter::askToRevert(QWidget *parent, const QString &documentName)
{
    return QMessageBox::question(
               parent, Tr::tr("Revert"),
               Tr::tr("Discard every change since “%1” was last saved?").arg(documentName),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

std::optional<TemplateLibrary::NewAgreement>
DialogPrompter::askNewAgreement(QWidget *parent, const QString &modelName,
                                const QStringList &languages, const QString &language)
{
    NewAgreementDialog dialog(modelName, languages, language, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

std::optional<QString> DialogPrompter::askText(QWidget *parent, const QString &title,
                                               const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok).trimmed();
    if (!ok || text.isEmpty())
        return std::nullopt;
    return text;
}

void DialogPrompter::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QString DialogPrompter::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &caption,
                                     const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString Prompter::folderName(QWidget *parent, const QString &caption)
{
    return QFileDialog::getExistingDirectory(parent, caption);
}

bool Prompter::reviewImport(ImportDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

Prompter::DatabaseConflictChoice Prompter::askAboutDatabaseConflict(QWidget *, const QString &)
{
    return DatabaseConflictChoice::Cancel;
}

bool Prompter::runDialog(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}
