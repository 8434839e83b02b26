#include "mainwindow.h"

#include "document/document.h"
#include "portfolio/foldersource.h"
#include "portfoliowindow.h"
#include "prompter.h"

PortfolioWindow *MainWindow::openPortfolio(const QString &folder)
{
    auto *window = new PortfolioWindow(std::make_unique<FolderSource>(folder), m_prompter, this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &PortfolioWindow::openRequested, this, [this](const QString &path) {
        // An empty window takes the agreement; one with its own opens another.
        MainWindow *target = this;
        if (m_document) {
            target = new MainWindow(m_ownPrompter ? nullptr : m_prompter);
            target->setAttribute(Qt::WA_DeleteOnClose);
        }
        if (target->openFile(path)) {
            target->show();
            target->raise();
            target->activateWindow();
        } else if (target != this) {
            target->close();
        }
    });
    window->show();
    return window;
}

void MainWindow::openPortfolioWithDialog()
{
    const QString folder = m_prompter->folderName(this, tr("Open portfolio folder"));
    if (!folder.isEmpty())
        openPortfolio(folder);
}
