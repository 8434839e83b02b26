#include "portfoliowindow.h"

#include "portfolio/portfoliofollower.h"
#include "portfolio/portfoliosheet.h"
#include "portfoliofiltermodel.h"
#include "portfoliomodel.h"
#include "portfoliopdf.h"
#include "portfolioxlsx.h"
#include "prompter.h"
#include "templates/templatelibrary.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

PortfolioWindow::PortfolioWindow(std::unique_ptr<PortfolioSource> source, Prompter *prompter,
                                 QWidget *parent, const QDate &today)
    : QMainWindow(parent)
    , m_source(std::move(source))
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("portfolioWindow"));
    setWindowTitle(tr("Portfolio — %1").arg(m_source->name()));

    const TemplateLibrary library = TemplateLibrary::load();
    QHash<QString, QString> modelNames;
    for (const ModelTemplate &m : library.models())
        modelNames.insert(m.id, m.name);
    // A folder's files show relative to it; the store's agreements by name.
    const QString folder = m_source->folder();
    m_model =
        new PortfolioModel(PortfolioTable(folder, modelNames, today,
                                          folder.isEmpty() ? PortfolioTable::Locations::Names
                                                           : PortfolioTable::Locations::Files),
                           this);
    m_shown = new PortfolioFilterModel(m_model, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(folder.isEmpty() ? tr("Client, provider, name…")
                                                  : tr("Client, provider, file…"));
    m_search->setAccessibleName(tr("Search the portfolio"));
    auto *searchLabel = new QLabel(tr("&Search:"), central);
    searchLabel->setBuddy(m_search);
    m_modelFilter = new QComboBox(central);
    m_modelFilter->setAccessibleName(tr("Model filter"));
    m_modelFilter->addItem(tr("Any model"), QString());
    for (const ModelTemplate &m : library.models())
        m_modelFilter->addItem(m.name, m.id);
    auto *modelLabel = new QLabel(tr("&Model:"), central);
    modelLabel->setBuddy(m_modelFilter);
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (const auto status : {AgreementDetails::Status::Draft, AgreementDetails::Status::InReview,
                              AgreementDetails::Status::Signed})
        m_statusFilter->addItem(AgreementDetails::statusName(status), int(status));
    auto *statusLabel = new QLabel(tr("S&tatus:"), central);
    statusLabel->setBuddy(m_statusFilter);
    m_overdue = new QCheckBox(tr("O&verdue only"), central);
    m_errors = new QCheckBox(tr("With &errors only"), central);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(modelLabel);
    filters->addWidget(m_modelFilter, 1);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_overdue);
    filters->addWidget(m_errors);
    layout->addLayout(filters);

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("portfolioTable"));
    m_view->setAccessibleName(tr("Agreements"));
    m_view->setModel(m_shown);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PortfolioTable::Client, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    layout->addWidget(m_view, 1);
    m_detail = new QLabel(central);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    setCentralWidget(central);
    m_counts = new QLabel(this);
    statusBar()->addWidget(m_counts, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PortfolioWindow::applyFilter);
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this, &PortfolioWindow::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &PortfolioWindow::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &PortfolioWindow::applyFilter);
    connect(m_errors, &QCheckBox::toggled, this, &PortfolioWindow::applyFilter);
    connect(m_view, &QAbstractItemView::activated, this, &PortfolioWindow::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortfolioWindow::updateDetail);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_shown, signal, this, &PortfolioWindow::updateCounts);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &PortfolioWindow::updateCounts);
    connect(m_shown, &QAbstractItemModel::dataChanged, this, &PortfolioWindow::updateCounts);

    createActions();
    reload();
    resize(1200, 640);
}

PortfolioWindow::~PortfolioWindow() = default;

void PortfolioWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Portfolio"));
    QAction *open = file->addAction(tr("&Open Agreement"), this, &PortfolioWindow::openCurrent);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(tr("Export as &CSV…"), this,
                    [this] { exportWithDialog(QStringLiteral("csv")); });
    file->addAction(tr("Export as &XLSX…"), this,
                    [this] { exportWithDialog(QStringLiteral("xlsx")); });
    file->addAction(tr("Export as &PDF One-Pager…"), this,
                    [this] { exportWithDialog(QStringLiteral("pdf")); });
    file->addSeparator();
    QAction *refresh = file->addAction(tr("&Reload"), this, &PortfolioWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *close = file->addAction(tr("C&lose"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
}

bool PortfolioWindow::reload()
{
    m_follower.reset();
    const Result<QList<PortfolioEntry>> listed = m_source->list();
    if (!listed) {
        m_model->setEntries({});
        m_prompter->showError(this, tr("Cannot list the portfolio"), listed.error());
        return false;
    }
    m_model->setEntries(listed.value());
    m_view->resizeColumnsToContents();
    for (int c = 0; c < PortfolioTable::ColumnCount; ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
    m_follower = m_source->follow();
    if (m_follower)
        connect(m_follower.get(), &PortfolioFollower::changed, m_model, &PortfolioModel::apply);
    if (m_shown->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_shown->index(0, 0));
    updateCounts();
    return true;
}

void PortfolioWindow::applyFilter()
{
    PortfolioFilter filter;
    filter.text = m_search->text().trimmed();
    filter.modelId = m_modelFilter->currentData().toString();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = AgreementDetails::Status(status);
    filter.overdueOnly = m_overdue->isChecked();
    filter.withErrorsOnly = m_errors->isChecked();
    m_shown->setFilter(filter);
    updateCounts();
}

void PortfolioWindow::updateCounts()
{
    const PortfolioSheet sheet =
        PortfolioSheet::build(m_shown->shownEntries(), m_model->table(), m_source->name());
    QString text = sheet.countsSentence();
    if (m_shown->rowCount() != m_model->rowCount())
        text += tr(" (filtered from %1)").arg(m_model->rowCount());
    m_counts->setText(text);
    updateDetail();
}

void PortfolioWindow::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const PortfolioEntry &e = m_model->entry(m_shown->mapToSource(current).row());
    const QString where = m_model->table().location(e);
    m_detail->setText(e.summary ? tr("%1 — %2").arg(where, e.summary->title)
                                : tr("%1 cannot be read: %2").arg(where, e.error));
}

void PortfolioWindow::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const PortfolioEntry &e = m_model->entry(m_shown->mapToSource(current).row());
    if (!e.summary) {
        m_prompter->showError(this, tr("Cannot open agreement"), e.error);
        return;
    }
    emit openRequested(e.location);
}

Status PortfolioWindow::exportTo(const QString &path, const QString &format) const
{
    const PortfolioSheet sheet =
        PortfolioSheet::build(m_shown->shownEntries(), m_model->table(), m_source->name());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    Status written;
    if (format == QLatin1String("pdf")) {
        written = PortfolioPdf::write(sheet, &file);
    } else if (format == QLatin1String("xlsx")) {
        written = PortfolioXlsx::write(sheet, &file);
    } else {
        const QByteArray csv = sheet.csv();
        if (file.write(csv) != csv.size())
            written = Status::failure(file.errorString());
    }
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Status::failure(file.errorString());
    return {};
}

void PortfolioWindow::exportWithDialog(const QString &format)
{
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF document (*.pdf)")
                           : format == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)")
                                                             : tr("CSV table (*.csv)");
    const QString path = m_prompter->saveFileName(
        this, tr("Export portfolio"),
        tr("portfolio-%1.%2").arg(m_model->table().today().toString(Qt::ISODate), format), filter);
    if (path.isEmpty())
        return;
    if (const Status s = exportTo(path, format); !s)
        m_prompter->showError(
            this, tr("Cannot export the portfolio"),
            tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), s.error()));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QFileInfo(path).fileName()), 5000);
}
