#include "mainwindow.h"

#include "databasedialog.h"
#include "document/document.h"
#include "portfolio/foldersource.h"
#include "portfoliowindow.h"
#include "prompter.h"
#include "storage/database/databaseportfoliosource.h"

#include <QStatusBar>

PortfolioWindow *MainWindow::openPortfolio(const QString &folder)
{
    return openPortfolioSource(std::make_unique<FolderSource>(folder));
}

PortfolioWindow *MainWindow::openPortfolioSource(std::unique_ptr<PortfolioSource> source)
{
    auto *window = new PortfolioWindow(std::move(source), m_prompter, this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &PortfolioWindow::openRequested, this,
            [this, window](const QString &location) { openFromPortfolio(window, location); });
    window->show();
    return window;
}

void MainWindow::openFromPortfolio(PortfolioWindow *portfolio, const QString &location)
{
    // A file opens as a file (recent files, reload, save in place), and an
    // agreement of the store as one of the store, so that saving writes it
    // back over the version that was opened. Any other source's agreement
    // is read whole first, so a failure opens nothing.
    PortfolioSource &source = portfolio->source();
    const auto *store = dynamic_cast<const DatabasePortfolioSource *>(&source);
    std::optional<Agreement> other;
    if (!store && source.folder().isEmpty()) {
        Result<Agreement> loaded = source.open(location);
        if (!loaded) {
            m_prompter->showError(portfolio, tr("Cannot open agreement"), loaded.error());
            return;
        }
        other = std::move(loaded).value();
    }
    // An empty window takes the agreement; one with its own opens another.
    MainWindow *target = this;
    if (m_document) {
        target = new MainWindow(m_ownPrompter ? nullptr : m_prompter);
        target->setAttribute(Qt::WA_DeleteOnClose);
    }
    bool opened = true;
    if (store)
        opened = target->openFromDatabase(store->address(), store->password(), location);
    else if (other)
        target->showAgreement(*other);
    else
        opened = target->openFile(location);
    if (opened) {
        target->show();
        target->raise();
        target->activateWindow();
    } else if (target != this) {
        target->close();
    }
}

void MainWindow::openPortfolioWithDialog()
{
    const QString folder = m_prompter->folderName(this, tr("Open portfolio folder"));
    if (!folder.isEmpty())
        openPortfolio(folder);
}

PortfolioWindow *MainWindow::openDatabasePortfolio(const QString &uri)
{
    const Result<DatabaseAddress> address = DatabaseAddress::parse(uri);
    if (!address) {
        showError(tr("Cannot open the portfolio"), address.error());
        return nullptr;
    }
    return openPortfolioSource(DatabasePortfolioSource::create(*address));
}

PortfolioWindow *MainWindow::openDatabasePortfolioWithDialog()
{
    // The same connection as Open from Database (remembered, with the
    // password from the keychain); the dialog lists before it goes ahead.
    DatabaseDialog dialog(DatabaseDialog::Mode::Portfolio, *m_vault, {}, this);
    if (!m_prompter->runDialog(&dialog))
        return nullptr;
    if (!dialog.vaultProblem().isEmpty())
        statusBar()->showMessage(dialog.vaultProblem(), 10000);
    return openPortfolioSource(
        DatabasePortfolioSource::create(dialog.address(), dialog.password()));
}
