// MainWindow's exports, printing and CSV import, kept apart from the
// editing code in mainwindow.cpp.
#include "mainwindow.h"

#include "document/document.h"
#include "exchange/format.h"
#include "exchange/formatregistry.h"
#include "exchange/sheet/sheetreader.h"
#include "exportdialog.h"
#include "exporttask.h"
#include "importdialog.h"
#include "pdfformat.h"
#include "prompter.h"
#include "report/reportbuilder.h"
#include "reportpainter.h"
#include "xlsxformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>

void MainWindow::registerRenderFormats()
{
    // Once: a second window must not replace a format an export in the
    // first one may be using.
    FormatRegistry &registry = FormatRegistry::instance();
    if (!registry.byId(QStringLiteral("pdf")))
        registry.add(std::make_unique<PdfFormat>());
    if (!registry.byId(QStringLiteral("xlsx")))
        registry.add(std::make_unique<XlsxFormat>());
}

void MainWindow::exportWithDialog()
{
    if (!m_document)
        return;
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(m_document->agreement().details.title.isEmpty()
                                              ? QStringLiteral("agreement")
                                              : m_document->agreement().details.title);
    ExportDialog dialog(m_document->agreement(), suggested, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.format())
        return;
    startExport(dialog.format()->id(), dialog.partyId(), dialog.path());
}

bool MainWindow::startExport(const QString &formatId, int partyId, const QString &path)
{
    if (!m_document)
        return false;
    return startExportOf(m_document->agreement(), formatId, partyId, path);
}

bool MainWindow::startExportOf(const Agreement &agreement, const QString &formatId, int partyId,
                               const QString &path)
{
    const Format *format = FormatRegistry::instance().byId(formatId);
    if (!m_document || !format || path.isEmpty() || (m_export && m_export->isRunning()))
        return false;
    ReportOptions options;
    options.partyId = partyId;
    // The worker gets its own copy: editing goes on while it writes.
    auto job = std::make_shared<const ExportJob>(agreement, options);
    delete m_export;
    m_export = new ExportTask(format, job, path, this);

    // Busy indicator for exports that take a while (large agreements);
    // quick ones finish before it shows.
    auto *progress = new QProgressDialog(tr("Exporting “%1”…").arg(QFileInfo(path).fileName()),
                                         QString(), 0, 0, this);
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    connect(m_export, &ExportTask::finished, this, [this, progress, path](const QString &error) {
        progress->deleteLater();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
        else
            showError(tr("Export Failed"), error);
        emit exportFinished(error);
    });
    m_export->start();
    return true;
}

void MainWindow::printPreview()
{
    if (!m_document)
        return;
    const report::Report report = ReportBuilder::build(m_document->agreement());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPainter::pageLayoutFor(report));
    printer.setDocName(report.cover.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &report](QPrinter *p) { printReport(report, p); });
    dialog.exec();
}

void MainWindow::printWithDialog()
{
    if (!m_document)
        return;
    const report::Report report = ReportBuilder::build(m_document->agreement());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPainter::pageLayoutFor(report));
    printer.setDocName(report.cover.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printReport(report, &printer);
}

void MainWindow::printReport(const report::Report &report, QPrinter *printer)
{
    if (const Result<int> pages = ReportPainter::paint(report, printer); !pages)
        showError(tr("Printing Failed"), pages.error());
}

void MainWindow::importSpreadsheetWithDialog()
{
    const QString path =
        m_prompter->openFileName(this, tr("Import Spreadsheet"), SheetReader::fileFilter());
    if (!path.isEmpty())
        importSpreadsheet(path);
}

bool MainWindow::importSpreadsheet(const QString &path)
{
    const Result<Workbook> book = SheetReader::readFile(path);
    if (!book) {
        showError(tr("Import Failed"), book.error());
        return false;
    }
    ImportDialog dialog(book.value(), m_document ? &m_document->agreement() : nullptr, this);
    if (!m_prompter->reviewImport(&dialog) || !dialog.outcome().ok())
        return false;
    const SheetImport::Outcome &outcome = dialog.outcome();
    const QString name = QFileInfo(path).fileName();
    if (dialog.intoOpenAgreement() && m_document) {
        m_document->replaceAgreement(*outcome.agreement, tr("Import %1").arg(name));
        statusBar()->showMessage(tr("Imported %1: %2 updated, %3 added, %4 unchanged.")
                                     .arg(name, tr("%n duties", nullptr, outcome.updated))
                                     .arg(outcome.added)
                                     .arg(outcome.unchanged),
                                 8000);
        return true;
    }
    if (!maybeSave())
        return false;
    // A new, unsaved document: the spreadsheet is not a .dutymap file to save over.
    showAgreement(*outcome.agreement);
    statusBar()->showMessage(tr("Imported %1: %2 for %3.")
                                 .arg(name, tr("%n duties", nullptr, outcome.duties),
                                      tr("%n parties", nullptr, outcome.parties)),
                             8000);
    return true;
}
