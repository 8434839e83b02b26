// MainWindow's signed revisions: sign, list, open, export, restore,
// compare and merge, kept apart from the editing code in mainwindow.cpp.
#include "mainwindow.h"

#include "comparisonview.h"
#include "document/document.h"
#include "exchange/format.h"
#include "exchange/formatregistry.h"
#include "exportdialog.h"
#include "mergedialog.h"
#include "prompter.h"
#include "revisions/agreementdiff.h"
#include "revisions/canonicalform.h"
#include "revisions/revisionhistory.h"
#include "revisions/threewaymerge.h"
#include "revisionsdialog.h"
#include "signdialog.h"
#include "storage/agreementfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QVBoxLayout>

bool MainWindow::signRevision()
{
    if (!m_document)
        return false;
    const Agreement &current = m_document->agreement();
    const RevisionState state = RevisionHistory::state(current);
    if (state.status == AgreementDetails::Status::Signed) {
        showError(tr("Sign Revision"),
                  tr("Revision %1 is already signed with this content; there is nothing new to "
                     "sign.")
                      .arg(state.revision));
        return false;
    }
    SignDialog dialog(current, this);
    if (!m_prompter->runDialog(&dialog))
        return false;
    Agreement signedAgreement = current;
    const Status signedOk =
        RevisionHistory::sign(signedAgreement, dialog.signatories(), dialog.date());
    if (!signedOk) {
        showError(tr("Sign Revision"), signedOk.error());
        return false;
    }
    const Revision &r = signedAgreement.revisions.constLast();
    // Undoable like any edit until saved: a signature recorded by mistake
    // (wrong date, wrong person) is taken back with Undo.
    m_document->replaceAgreement(signedAgreement, tr("Sign revision %1").arg(r.number));
    statusBar()->showMessage(tr("Revision %1 signed, fingerprint %2. Save to keep the signature "
                                "in the file.")
                                 .arg(r.number)
                                 .arg(CanonicalForm::shortText(r.fingerprint)),
                             15000);
    return true;
}

RevisionsDialog *MainWindow::showRevisions()
{
    if (!m_document)
        return nullptr;
    // One list per document, raised when asked again.
    if (!m_revisions) {
        m_revisions = new RevisionsDialog(m_document.get(), this);
        m_revisions->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_document.get(), &QObject::destroyed, m_revisions, &QWidget::close);
        connect(m_revisions, &RevisionsDialog::openRequested, this, &MainWindow::openRevision);
        connect(m_revisions, &RevisionsDialog::exportRequested, this,
                &MainWindow::exportRevisionWithDialog);
        connect(m_revisions, &RevisionsDialog::restoreRequested, this,
                &MainWindow::restoreRevision);
        connect(m_revisions, &RevisionsDialog::compareRequested, this,
                &MainWindow::compareWithRevision);
    }
    m_revisions->show();
    m_revisions->raise();
    m_revisions->activateWindow();
    return m_revisions;
}

ComparisonView *MainWindow::showComparisonWindow(const QString &title)
{
    auto *window = new QWidget(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    auto *view = new ComparisonView(window);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    window->resize(1180, 720);
    window->show();
    return view;
}

ComparisonView *MainWindow::openRevision(int number)
{
    if (!m_document)
        return nullptr;
    const Result<Agreement> old = RevisionHistory::open(m_document->agreement(), number);
    if (!old) {
        showError(tr("Open Revision"), old.error());
        return nullptr;
    }
    const Revision *r = RevisionHistory::find(m_document->agreement(), number);
    QStringList people;
    for (const Signatory &s : r->signatories)
        people.append(s.name);
    ComparisonView *view = showComparisonWindow(
        tr("%1 — revision %2 (read-only)").arg(old->details.title).arg(number));
    view->showReadOnly(*old, tr("Revision %1 as signed on %2 by %3, fingerprint %4. Read-only: "
                                "restore it from the revisions list to edit it.")
                                 .arg(number)
                                 .arg(r->signedOn.toString(Qt::ISODate),
                                      people.join(QStringLiteral(", ")),
                                      CanonicalForm::shortText(r->fingerprint)));
    return view;
}

bool MainWindow::exportRevision(int number, const QString &formatId, const QString &path)
{
    if (!m_document)
        return false;
    const Result<Agreement> old = RevisionHistory::open(m_document->agreement(), number);
    if (!old) {
        showError(tr("Export Revision"), old.error());
        return false;
    }
    return startExportOf(*old, formatId, 0, path);
}

void MainWindow::exportRevisionWithDialog(int number)
{
    if (!m_document)
        return;
    const Result<Agreement> old = RevisionHistory::open(m_document->agreement(), number);
    if (!old) {
        showError(tr("Export Revision"), old.error());
        return;
    }
    const QString base = m_document->filePath().isEmpty()
                             ? QDir::home().filePath(QStringLiteral("agreement"))
                             : QFileInfo(m_document->filePath()).path() + u'/'
                                   + QFileInfo(m_document->filePath()).completeBaseName();
    ExportDialog dialog(*old, base + tr("-revision-%1").arg(number), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.format())
        return;
    startExportOf(*old, dialog.format()->id(), dialog.partyId(), dialog.path());
}

bool MainWindow::restoreRevision(int number)
{
    if (!m_document)
        return false;
    const Result<Agreement> draft = RevisionHistory::restore(m_document->agreement(), number);
    if (!draft) {
        showError(tr("Restore Revision"), draft.error());
        return false;
    }
    m_document->replaceAgreement(*draft, tr("Restore revision %1 as draft").arg(number));
    statusBar()->showMessage(
        tr("The draft now has the content of revision %1; Undo takes it back.").arg(number), 10000);
    return true;
}

ComparisonView *MainWindow::compareWithRevision(int number)
{
    if (!m_document)
        return nullptr;
    const Result<Agreement> old = RevisionHistory::open(m_document->agreement(), number);
    if (!old) {
        showError(tr("Compare"), old.error());
        return nullptr;
    }
    const RevisionState state = RevisionHistory::state(m_document->agreement());
    ComparisonView *view = showComparisonWindow(
        tr("Revision %1 compared with revision %2").arg(number).arg(state.revision));
    view->compare(*old, m_document->agreement(), tr("revision %1").arg(number),
                  state.status == AgreementDetails::Status::Signed
                      ? tr("revision %1").arg(state.revision)
                      : tr("the draft of revision %1").arg(state.revision));
    return view;
}

namespace {

QString readableFilter()
{
    return QCoreApplication::translate("MainWindow",
                                       "Agreements (*.dutymap *.json);;All files (*)");
}

} // namespace

ComparisonView *MainWindow::compareWithFile(const QString &path)
{
    if (!m_document || path.isEmpty())
        return nullptr;
    const Result<Agreement> other = FormatRegistry::instance().readAgreement(path);
    if (!other) {
        showError(tr("Compare"), other.error());
        return nullptr;
    }
    const QString name = QFileInfo(path).fileName();
    ComparisonView *view = showComparisonWindow(tr("“%1” compared with this agreement").arg(name));
    view->compare(*other, m_document->agreement(), tr("“%1”").arg(name), tr("this agreement"));
    return view;
}

void MainWindow::compareWithFileDialog()
{
    compareWithFile(m_prompter->openFileName(this, tr("Compare With"), readableFilter()));
}

bool MainWindow::mergeWithFile(const QString &theirsPath, const QString &basePath)
{
    if (!m_document || theirsPath.isEmpty())
        return false;
    const Result<Agreement> theirs = FormatRegistry::instance().readAgreement(theirsPath);
    if (!theirs) {
        showError(tr("Merge"), theirs.error());
        return false;
    }
    const Agreement &ours = m_document->agreement();
    // The newest revision both copies were signed as is where they parted.
    std::optional<Agreement> base;
    for (qsizetype i = ours.revisions.size() - 1; i >= 0 && !base; --i)
        for (const Revision &r : theirs->revisions)
            if (r.fingerprint == ours.revisions.at(i).fingerprint) {
                if (Result<Agreement> b = RevisionHistory::open(ours, ours.revisions.at(i).number))
                    base = std::move(b).value();
                break;
            }
    if (!base) {
        const QString path =
            basePath.isEmpty() ? m_prompter->openFileName(
                this, tr("Merge: the copy both started from (base)"), readableFilter())
                               : basePath;
        if (path.isEmpty())
            return false;
        const Result<Agreement> b = FormatRegistry::instance().readAgreement(path);
        if (!b) {
            showError(tr("Merge"), b.error());
            return false;
        }
        base = *b;
    }
    const Result<MergeOutcome> outcome = ThreeWayMerge::merge(*base, ours, *theirs);
    if (!outcome) {
        showError(tr("Merge"), outcome.error());
        return false;
    }
    const int taken =
        int(AgreementDiff::compare(ours, outcome->merged, AgreementDiff::Matching::ById).size());
    const QString name = QFileInfo(theirsPath).fileName();
    MergeDialog dialog(*outcome, *theirs, taken, name, this);
    if (!m_prompter->runDialog(&dialog))
        return false;
    const Result<Agreement> merged = dialog.result();
    if (!merged) {
        showError(tr("Merge"), merged.error());
        return false;
    }
    if (*merged == ours) {
        statusBar()->showMessage(tr("“%1” has nothing this agreement lacks.").arg(name), 8000);
        return false;
    }
    m_document->replaceAgreement(*merged, tr("Merge “%1”").arg(name));
    statusBar()->showMessage(tr("Merged “%1”; Undo takes the whole merge back.").arg(name), 10000);
    return true;
}

void MainWindow::mergeWithDialog()
{
    mergeWithFile(m_prompter->openFileName(this, tr("Merge With (their copy)"), readableFilter()));
}
