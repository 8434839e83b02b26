#include "reviewpage.h"

#include "document/document.h"
#include "model/duration.h"
#include "prompter.h"
#include "review/reviewexport.h"
#include "review/reviewreport.h"
#include "review/savedreview.h"
#include "review/ticketmapping.h"
#include "reviewmappingdialog.h"
#include "reviewpdf.h"
#include "reviewticketlist.h"
#include "reviewxlsx.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

QString percentText(std::optional<double> share)
{
    return share ? QLocale().toString(std::lround(*share * 100)) + QStringLiteral(" %")
                 : QStringLiteral("–");
}

// The agreement as far as the figures depend on it: a mapping remembered or
// a review saved changes none of them.
Agreement figuresAgreement(const Agreement &agreement)
{
    Agreement out = agreement;
    out.details.ticketMapping.reset();
    out.details.savedReviews.clear();
    return out;
}

// "+3", "−2", "0".
QString signedText(long value)
{
    const QString number = QLocale().toString(qlonglong(std::abs(value)));
    return value > 0 ? u'+' + number : value < 0 ? QChar(0x2212) + number : number;
}

// A count axis labels whole numbers only: a small count gets a tick per
// unit, never two ticks that read the same.
void countTicks(QValueAxis *axis)
{
    axis->applyNiceNumbers();
    const int top = std::max(1, int(std::ceil(axis->max())));
    if (axis->min() >= 0 && top < axis->tickCount() - 1) {
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    }
}

QChartView *chartView(const QString &title, const QString &accessibleName, QWidget *parent)
{
    auto *chart = new QChart;
    const bool dark = parent->palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    view->setAccessibleName(accessibleName);
    return view;
}

// Takes a chart's series and axes away before new ones come.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

ReviewPage::ReviewPage(Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_task(new ReviewTask(this))
    , m_import(new QPushButton(tr("&Import Tickets…"), this))
    , m_map(new QPushButton(tr("Map Columns…"), this))
    , m_save(new QPushButton(tr("Save Revie&w…"), this))
    , m_export(new QPushButton(tr("E&xport Report…"), this))
    , m_saved(new QTableWidget(0, 9, this))
    , m_source(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progressRow(new QWidget(this))
    , m_message(new QLabel(this))
    , m_problemToggle(new QToolButton(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_content(new QWidget(this))
    , m_tables(new QTabWidget(this))
{
    m_import->setToolTip(tr("Read a help desk's ticket export (CSV or XLSX) and measure the "
                            "agreement against it"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_period->addItem(tr("Month"), int(ReviewOptions::Period::Month));
    m_period->addItem(tr("Quarter"), int(ReviewOptions::Period::Quarter));
    m_period->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("First day reviewed"));
    m_to->setAccessibleName(tr("Last day reviewed"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_import);
    top->addWidget(m_map);
    top->addWidget(m_save);
    top->addWidget(m_export);
    top->addWidget(m_source, 1);
    const auto labelled = [this, top](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        top->addWidget(label);
        top->addWidget(buddy);
    };
    labelled(tr("&Period:"), m_period);
    labelled(tr("F&rom:"), m_from);
    labelled(tr("&To:"), m_to);

    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 100);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_step);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->hide();

    m_problemToggle->setCheckable(true);
    m_problemToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemToggle->setArrowType(Qt::RightArrow);
    m_problemToggle->setAutoRaise(true);
    m_problemToggle->hide();
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
    m_problems->setAccessibleName(tr("Unreadable rows"));
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->hide();
    connect(m_problemToggle, &QToolButton::toggled, this, [this](bool open) {
        m_problems->setVisible(open);
        m_problemToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    // Headline figures.
    auto *figures = new QHBoxLayout;
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("tickets"), tr("Tickets")},
        {QStringLiteral("afterHours"), tr("After hours")},
        {QStringLiteral("response"), tr("Response within target")},
        {QStringLiteral("resolution"), tr("Resolution within target")},
        {QStringLiteral("misroutes"), tr("Handled by another party")},
        {QStringLiteral("uncovered"), tr("Categories no rule covers")},
    };
    for (const auto &[name, caption] : names) {
        auto *frame = new QFrame(m_content);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(10, 6, 10, 6);
        auto *value = new QLabel(frame);
        value->setObjectName(name);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        auto *text = new QLabel(caption, frame);
        text->setWordWrap(true);
        value->setAccessibleName(caption);
        auto *trend = new QLabel(frame);
        trend->setObjectName(name + QStringLiteral("Trend"));
        trend->setEnabled(false);
        box->addWidget(value);
        box->addWidget(text);
        box->addWidget(trend);
        m_trends.insert(name, trend);
        figures->addWidget(frame, 1);
        m_figures.insert(name, value);
    }

    m_charts = {
        chartView(tr("Tickets per period by party"), tr("Tickets per period by party"), m_content),
        chartView(tr("Within target by urgency"), tr("Within target by urgency"), m_content),
        chartView(tr("Handled by another party, by category"),
                  tr("Handled by another party, by category"), m_content)};
    auto *charts = new QHBoxLayout;
    for (QChartView *view : std::as_const(m_charts))
        charts->addWidget(view, 1);
    auto *upper = new QWidget(m_content);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(figures);
    upperLayout->addLayout(charts, 1);

    m_tables->setAccessibleName(tr("Review tables"));
    m_saved->setObjectName(QStringLiteral("saved"));
    m_saved->setAccessibleName(tr("Saved reviews"));
    m_saved->setHorizontalHeaderLabels({tr("Review"), tr("Days"), tr("Tickets"), tr("After hours"),
                                        tr("Response in target"), tr("Resolution in target"),
                                        tr("Handled by another party"), tr("Findings"),
                                        tr("Saved on")});
    m_saved->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saved->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_saved->verticalHeader()->hide();
    m_saved->setWordWrap(false);
    auto *hint = new QLabel(tr("Double-click a row or press Enter to see its tickets."), m_content);
    hint->setEnabled(false);
    auto *lower = new QWidget(m_content);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_tables, 1);
    lowerLayout->addWidget(hint);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Charts and tables share the height, 3 : 2, whatever the charts ask.
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);
    m_content->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_message);
    layout->addWidget(m_problemToggle);
    layout->addWidget(m_problems);
    layout->addWidget(m_content, 1);
    auto *empty = new QLabel(tr("Import a ticket export from your help desk (ConnectWise, "
                                "Autotask, HaloPSA, Freshservice, Zendesk, Jira Service "
                                "Management or any CSV or XLSX) to see how the agreement "
                                "held up."),
                             this);
    empty->setObjectName(QStringLiteral("reviewEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    layout->addWidget(empty, 1);
    connect(this, &ReviewPage::reviewShown, empty,
            [this, empty] { empty->setVisible(!hasReview()); });

    connect(m_import, &QPushButton::clicked, this, &ReviewPage::importWithDialog);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancelImport);
    connect(m_map, &QPushButton::clicked, this, &ReviewPage::mapColumns);
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::saveReview);
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::exportReport);
    m_export->setToolTip(tr("Write the review as a report for a meeting (PDF, HTML, Markdown) "
                            "or its figures for a spreadsheet (XLSX, JSON, CSV)"));
    m_save->setToolTip(tr("Keep this review's figures (not the tickets) in the agreement, so "
                          "that the next review shows the trend"));
    m_map->setToolTip(tr("Say which column of the export holds what, how its dates and "
                         "priorities read and which party each handler is"));
    connect(m_period, &QComboBox::activated, this, &ReviewPage::rebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &ReviewPage::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &ReviewPage::rebuild);
    connect(m_task, &ReviewTask::progressed, this, [this](int percent, const QString &step) {
        if (percent < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 100);
            m_progress->setValue(percent);
        }
        m_step->setText(step);
    });
    connect(m_task, &ReviewTask::finished, this, &ReviewPage::showOutcome);
    setBusy(false);
}

void ReviewPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_task->cancel();
    m_document = document;
    m_outcome = ReviewOutcome();
    m_path.clear();
    m_preview.clear();
    m_handlers.clear();
    m_importOptions = {};
    m_source->clear();
    m_message->hide();
    m_problemToggle->hide();
    m_problems->hide();
    m_content->hide();
    setBusy(false);
    // Routing, parties or business hours edited: the figures follow.
    if (document) {
        connect(document, &Document::changesSettled, this, &ReviewPage::followAgreement);
        // A review saved, or the saving undone: the trend follows at once.
        connect(document, &Document::detailsChanged, this, [this] {
            if (hasReview())
                showTrend();
        });
    }
    emit reviewShown();
}

void ReviewPage::importWithDialog()
{
    if (!m_document)
        return;
    const QString path =
        m_prompter->openFileName(this, tr("Import ticket export"),
                                 tr("Ticket exports (*.csv *.xlsx *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ReviewPage::importFile(const QString &path, const TicketImportOptions &options)
{
    if (!m_document)
        return false;
    if (path != m_path)
        m_preview.clear();
    m_path = path;
    // An export read without a mapping given: the one the agreement keeps
    // is used if the export has its columns.
    const bool chosen = options.preset || !options.columns.isEmpty();
    m_importOptions = options;
    m_importOptions.hours = m_document->agreement().details.hours();
    m_source->setText(QFileInfo(path).fileName());
    m_source->setToolTip(QDir::toNativeSeparators(path));
    ReviewOptions review = currentOptions();
    // A new export is reviewed whole at first.
    review.first = QDate();
    review.last = QDate();
    m_message->hide();
    setBusy(true);
    m_progress->setValue(0);
    m_step->setText(tr("Reading the file…"));
    m_reviewed = figuresAgreement(m_document->agreement());
    m_task->startImport(path, m_importOptions, m_document->agreement(), review,
                        chosen ? std::nullopt : rememberedMapping());
    return true;
}

void ReviewPage::cancelImport()
{
    if (!m_task->isRunning())
        return;
    m_task->cancel();
    setBusy(false);
    m_message->setText(tr("Import cancelled."));
    m_message->show();
}

bool ReviewPage::mapColumns()
{
    if (!m_document || m_preview.isEmpty() || m_path.isEmpty() || m_task->isRunning())
        return false;
    ReviewMappingDialog dialog(m_preview, m_document->agreement(), m_importOptions, m_handlers,
                               this);
    if (!m_prompter->runDialog(&dialog))
        return false;
    m_handlers = dialog.handlers();
    const TicketImportOptions options = dialog.options();
    rememberMapping(options, m_handlers);
    return importFile(m_path, options);
}

std::optional<RememberedMapping> ReviewPage::rememberedMapping() const
{
    const std::optional<TicketMapping> &mapping = m_document->agreement().details.ticketMapping;
    if (!mapping)
        return std::nullopt;
    RememberedMapping out;
    ReviewOptions review;
    mapping->apply(m_document->agreement(), out.import, review);
    out.handlers = review.handlers;
    return out;
}

void ReviewPage::rememberMapping(const TicketImportOptions &options,
                                 const QHash<QString, int> &handlers)
{
    const Agreement &agreement = m_document->agreement();
    TicketMapping mapping;
    if (agreement.details.ticketMapping)
        mapping.vipRequesters = agreement.details.ticketMapping->vipRequesters;
    if (options.preset)
        mapping.preset = options.preset->key;
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it)
        mapping.columns.insert(it.key(), it.value());
    if (options.dateOrder == TimestampFormat::Order::DayFirst)
        mapping.dateOrder = TicketMapping::DateOrder::DayFirst;
    else if (options.dateOrder == TimestampFormat::Order::MonthFirst)
        mapping.dateOrder = TicketMapping::DateOrder::MonthFirst;
    for (auto it = options.priorities.cbegin(); it != options.priorities.cend(); ++it)
        mapping.priorities.insert(it.key(), it.value());
    for (auto it = handlers.cbegin(); it != handlers.cend(); ++it) {
        if (agreement.party(it.value()))
            mapping.handlers.insert(it.key(), it.value());
    }
    if (agreement.details.ticketMapping == mapping)
        return;
    AgreementDetails details = agreement.details;
    details.ticketMapping = mapping;
    m_document->setDetails(details, tr("Remember ticket columns"));
}

Status ReviewPage::exportReportTo(const QString &path) const
{
    if (!m_document || !hasReview())
        return Status::failure(tr("there is no review to export"));
    const QString format = QFileInfo(path).suffix().toLower();
    const Agreement &agreement = m_document->agreement();
    const ServiceReview &review = m_outcome.review;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    Status written;
    const auto write = [&](const QByteArray &bytes) {
        if (file.write(bytes) != bytes.size())
            written = Status::failure(file.errorString());
    };
    if (format == u"pdf")
        written = ReviewPdf::write(report::ReviewReport::build(review, agreement), &file);
    else if (format == u"xlsx")
        written = ReviewXlsx::write(review, agreement, &file);
    else if (format == u"html" || format == u"htm")
        write(ReviewExport::html(review, agreement).toUtf8());
    else if (format == u"md")
        write(ReviewExport::markdown(review, agreement).toUtf8());
    else if (format == u"json")
        write(QJsonDocument(ReviewExport::json(review, agreement)).toJson());
    else if (format == u"csv")
        write(ReviewExport::csv(review));
    else
        written = Status::failure(
            tr("“.%1” is not a format the review is written in; choose PDF, HTML, Markdown, XLSX, "
               "JSON or CSV")
                .arg(format));
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Status::failure(file.errorString());
    return {};
}

bool ReviewPage::exportReport()
{
    if (!m_document || !hasReview() || m_task->isRunning())
        return false;
    const ServiceReview &review = m_outcome.review;
    const QFileInfo agreementFile(m_document->filePath());
    const QString name = tr("service-review-%1.pdf").arg(review.last.toString(Qt::ISODate));
    const QString suggested =
        agreementFile.fileName().isEmpty()
            ? name
            : agreementFile.dir().filePath(agreementFile.completeBaseName() + u'-' + name);
    QString path = m_prompter->saveFileName(
        this, tr("Export service review"), suggested,
        tr("PDF report (*.pdf);;HTML report (*.html);;Markdown (*.md);;Excel workbook "
           "(*.xlsx);;JSON (*.json);;CSV table (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const Status s = exportReportTo(path); !s) {
        m_prompter->showError(
            this, tr("Cannot export the review"),
            tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), s.error()));
        return false;
    }
    emit statusMessage(tr("Exported the review to %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool ReviewPage::saveReview()
{
    if (!m_document || !hasReview() || m_task->isRunning())
        return false;
    SavedReview saved = SavedReview::from(m_outcome.review, QDate::currentDate());
    const std::optional<QString> name =
        m_prompter->askText(this, tr("Save Review"), tr("&Name of the review:"), saved.name);
    if (!name || name->trimmed().isEmpty())
        return false;
    saved.name = name->trimmed();
    AgreementDetails details = m_document->agreement().details;
    const bool replaces = std::any_of(
        details.savedReviews.cbegin(), details.savedReviews.cend(), [&saved](const SavedReview &r) {
            return r.name.compare(saved.name, Qt::CaseInsensitive) == 0
                   || (r.first == saved.first && r.last == saved.last);
        });
    details.savedReviews = SavedReview::withSaved(details.savedReviews, saved);
    m_document->setDetails(details, replaces ? tr("Replace saved review %1").arg(saved.name)
                                             : tr("Save review %1").arg(saved.name));
    return true;
}

void ReviewPage::showTrend()
{
    const QList<SavedReview> &saved = m_document->agreement().details.savedReviews;
    const QLocale locale;
    m_saved->setRowCount(0);
    for (const SavedReview &s : saved) {
        const int row = m_saved->rowCount();
        m_saved->insertRow(row);
        const QStringList cells{s.name,
                                QStringLiteral("%1 – %2").arg(s.first.toString(Qt::ISODate),
                                                              s.last.toString(Qt::ISODate)),
                                locale.toString(s.volume),
                                locale.toString(s.afterHours),
                                percentText(s.response.attainment()),
                                percentText(s.resolution.attainment()),
                                locale.toString(s.misrouted()),
                                locale.toString(s.findings),
                                s.savedOn.toString(Qt::ISODate)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2 && c <= 7)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_saved->setItem(row, c, item);
        }
    }
    m_saved->resizeColumnsToContents();
    m_saved->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    for (QLabel *label : std::as_const(m_trends)) {
        label->clear();
        label->setToolTip(QString());
    }
    const ReviewTrend trend = ReviewTrend::of(m_outcome.review, saved);
    const ReviewTrend::Point *before = trend.previous();
    if (!before) {
        m_trends.value(QStringLiteral("tickets"))
            ->setText(saved.isEmpty() ? tr("No saved review yet")
                                      : tr("No saved review before this one"));
        return;
    }
    const ReviewTrend::Point &now = trend.latest();
    const auto points = [&](const QString &name, std::optional<double> current,
                            std::optional<double> previous) {
        if (!current || !previous)
            return;
        m_trends.value(name)->setText(
            tr("%1 points against %2")
                .arg(signedText(std::lround((*current - *previous) * 100)), before->name));
        m_trends.value(name)->setToolTip(tr("%1: %2").arg(before->name, percentText(previous)));
    };
    if (before->ticketsPerMonth > 0) {
        m_trends.value(QStringLiteral("tickets"))
            ->setText(tr("%1 % a month against %2")
                          .arg(signedText(std::lround(
                                   (now.ticketsPerMonth / before->ticketsPerMonth - 1) * 100)),
                               before->name));
        m_trends.value(QStringLiteral("tickets"))
            ->setToolTip(tr("%1: %2 tickets, %3 a month")
                             .arg(before->name, locale.toString(before->volume),
                                  locale.toString(before->ticketsPerMonth, 'f', 0)));
    }
    const auto share = [](int part, int whole) {
        return whole > 0 ? std::optional(double(part) / whole) : std::nullopt;
    };
    points(QStringLiteral("afterHours"), share(now.afterHours, now.volume),
           share(before->afterHours, before->volume));
    points(QStringLiteral("response"), now.responseAttainment, before->responseAttainment);
    points(QStringLiteral("resolution"), now.resolutionAttainment, before->resolutionAttainment);
    m_trends.value(QStringLiteral("misroutes"))
        ->setText(
            tr("%1 against %2").arg(signedText(now.misrouted - before->misrouted), before->name));
    m_trends.value(QStringLiteral("misroutes"))
        ->setToolTip(tr("%1: %2").arg(before->name, locale.toString(before->misrouted)));
}

ReviewOptions ReviewPage::currentOptions() const
{
    ReviewOptions options;
    options.period = ReviewOptions::Period(m_period->currentData().toInt());
    options.first = m_from->date();
    options.last = m_to->date();
    options.handlers = m_handlers;
    return options;
}

void ReviewPage::setBusy(bool busy)
{
    m_progressRow->setVisible(busy);
    m_import->setEnabled(!busy && m_document);
    m_map->setEnabled(!busy && m_document && !m_preview.isEmpty());
    m_save->setEnabled(!busy && m_document && hasReview());
    m_export->setEnabled(!busy && m_document && hasReview());
    for (QWidget *w : {static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_to)})
        w->setEnabled(!busy && hasReview());
}

void ReviewPage::followAgreement()
{
    // A job running keeps the agreement it started with; the figures are
    // brought up to date when it is done, not by dropping its work.
    if (!m_document || !hasReview() || !isVisible() || m_task->isRunning())
        return;
    if (figuresAgreement(m_document->agreement()) != m_reviewed)
        rebuild();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followAgreement();
}

void ReviewPage::rebuild()
{
    if (m_loading || !m_document || !hasReview())
        return;
    setBusy(true);
    m_progress->setRange(0, 0);
    m_step->setText(tr("Replaying the tickets against the agreement…"));
    m_reviewed = figuresAgreement(m_document->agreement());
    m_task->startReview(m_outcome.log, m_document->agreement(), currentOptions());
}

void ReviewPage::showOutcome(const ReviewOutcome &outcome)
{
    if (!outcome.preview.isEmpty())
        m_preview = outcome.preview;
    setBusy(false);
    if (!outcome.error.isEmpty()) {
        m_message->setText(outcome.error);
        m_message->show();
        emit reviewShown();
        // An export whose columns or dates were not understood: the user
        // says what they mean.
        if (!outcome.path.isEmpty() && !m_preview.isEmpty())
            mapColumns();
        followAgreement();
        return;
    }
    const bool imported = !outcome.path.isEmpty();
    m_outcome = outcome;
    m_loading = true;
    m_from->setDate(m_outcome.review.first);
    m_to->setDate(m_outcome.review.last);
    m_loading = false;
    if (imported) {
        if (outcome.usedRemembered) {
            m_importOptions = outcome.import;
            m_handlers = outcome.handlers;
        }
        showProblems(*m_outcome.log);
        QStringList notes = m_outcome.log->notes;
        if (outcome.usedRemembered)
            notes.prepend(tr("Read with the column mapping kept in the agreement; Map Columns "
                             "changes it."));
        if (m_outcome.log->skipped() > 0)
            notes.prepend(tr("%1 of %n row(s) could not be read and are not counted.", nullptr,
                             m_outcome.log->rowsRead)
                              .arg(m_outcome.log->skipped()));
        m_message->setText(notes.join(QLatin1Char('\n')));
        m_message->setVisible(!notes.isEmpty());
    }
    showFigures();
    showCharts();
    showTables();
    showTrend();
    m_content->show();
    setBusy(false);
    emit reviewShown();
    // Routing, parties or hours edited while the tickets were read.
    followAgreement();
}

void ReviewPage::showProblems(const TicketLog &log)
{
    m_problems->setRowCount(0);
    const int skipped = log.skipped();
    m_problemToggle->setVisible(skipped > 0);
    m_problemToggle->setChecked(false);
    if (skipped == 0)
        return;
    QStringList reasons;
    for (auto it = log.skippedByReason.cbegin(); it != log.skippedByReason.cend(); ++it)
        reasons.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    reasons.sort();
    m_problemToggle->setText(tr("%n unreadable row(s)", nullptr, skipped));
    m_problemToggle->setToolTip(reasons.join(QLatin1Char('\n')));
    m_problems->setRowCount(int(log.problems.size()) + (log.unlistedProblems > 0 ? 1 : 0));
    for (int r = 0; r < log.problems.size(); ++r) {
        const auto &p = log.problems.at(r);
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, p.row);
        auto *column = new QTableWidgetItem;
        if (p.column > 0)
            column->setData(Qt::DisplayRole, p.column);
        m_problems->setItem(r, 0, row);
        m_problems->setItem(r, 1, column);
        m_problems->setItem(r, 2, new QTableWidgetItem(p.message));
    }
    if (log.unlistedProblems > 0)
        m_problems->setItem(
            int(log.problems.size()), 2,
            new QTableWidgetItem(tr("… and %n more not listed", nullptr, log.unlistedProblems)));
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    // As tall as its rows, up to five, so that a short list leaves no
    // empty box above the figures.
    const int shown = std::min(m_problems->rowCount(), 5);
    m_problems->setFixedHeight(m_problems->horizontalHeader()->sizeHint().height()
                               + shown * m_problems->verticalHeader()->defaultSectionSize()
                               + 2 * m_problems->frameWidth());
}

void ReviewPage::showFigures()
{
    const ServiceReview &r = m_outcome.review;
    const PeriodFigures &all = r.overall;
    const QLocale locale;
    m_figures.value(QStringLiteral("tickets"))->setText(locale.toString(all.volume));
    m_figures.value(QStringLiteral("afterHours"))
        ->setText(percentText(all.volume ? std::optional(double(all.afterHours) / all.volume)
                                         : std::nullopt));
    m_figures.value(QStringLiteral("afterHours"))
        ->setToolTip(tr("%n ticket(s) came in after hours", nullptr, all.afterHours));
    m_figures.value(QStringLiteral("response"))->setText(percentText(all.response.attainment()));
    m_figures.value(QStringLiteral("response"))
        ->setToolTip(tr("%1 of %2 tickets with a target; median %3, 90 % within %4")
                         .arg(all.response.withinTarget)
                         .arg(all.response.withTarget)
                         .arg(Duration::measuredText(all.response.medianMinutes),
                              Duration::measuredText(all.response.p90Minutes)));
    m_figures.value(QStringLiteral("resolution"))
        ->setText(percentText(all.resolution.attainment()));
    m_figures.value(QStringLiteral("resolution"))
        ->setToolTip(tr("%1 of %2 tickets with a target; median %3, 90 % within %4")
                         .arg(all.resolution.withinTarget)
                         .arg(all.resolution.withTarget)
                         .arg(Duration::measuredText(all.resolution.medianMinutes),
                              Duration::measuredText(all.resolution.p90Minutes)));
    int misrouted = 0;
    for (const Misroute &m : r.misroutes)
        misrouted += m.count;
    m_figures.value(QStringLiteral("misroutes"))->setText(locale.toString(misrouted));
    int uncovered = 0;
    for (const auto &[category, count] : r.uncoveredCategories)
        uncovered += count;
    m_figures.value(QStringLiteral("uncovered"))
        ->setText(locale.toString(qsizetype(r.uncoveredCategories.size())));
    m_figures.value(QStringLiteral("uncovered"))
        ->setToolTip(tr("%n ticket(s) matched no routing rule", nullptr, uncovered));
}

void ReviewPage::showCharts()
{
    const ServiceReview &r = m_outcome.review;
    const Agreement &agreement = m_document->agreement();

    // Tickets per period, stacked by party.
    QChart *volume = m_charts.at(0)->chart();
    clearChart(volume);
    QStringList periods;
    std::map<int, QList<qreal>> byParty; // party id → tickets per period
    for (int p = 0; p < r.periods.size(); ++p) {
        periods.append(r.periods.at(p).label);
        for (const ReviewGroup &g : r.periods.at(p).byParty) {
            auto &counts = byParty[g.partyId];
            counts.resize(r.periods.size());
            counts[p] = g.volume;
        }
    }
    auto *stacked = new QStackedBarSeries;
    for (auto &[partyId, counts] : byParty) {
        const Party *party = agreement.party(partyId);
        auto *set = new QBarSet(party ? party->shortLabel() : tr("(no party)"));
        counts.resize(r.periods.size());
        set->append(counts);
        if (party && Party::isColor(party->color))
            set->setColor(QColor(party->color));
        else if (!party)
            set->setColor(QColor(0x9e, 0x9e, 0x9e));
        stacked->append(set);
    }
    volume->addSeries(stacked);
    auto *periodAxis = new QBarCategoryAxis;
    periodAxis->append(periods);
    volume->addAxis(periodAxis, Qt::AlignBottom);
    stacked->attachAxis(periodAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    volume->addAxis(countAxis, Qt::AlignLeft);
    stacked->attachAxis(countAxis);
    countTicks(countAxis);

    // Share within target by urgency.
    QChart *attainment = m_charts.at(1)->chart();
    clearChart(attainment);
    auto *bars = new QBarSeries;
    auto *response = new QBarSet(tr("Response"));
    auto *resolution = new QBarSet(tr("Resolution"));
    QStringList urgencies;
    for (const ReviewGroup &g : r.overall.byUrgency) {
        urgencies.append(g.label);
        response->append(g.response.attainment().value_or(0) * 100);
        resolution->append(g.resolution.attainment().value_or(0) * 100);
    }
    bars->append(response);
    bars->append(resolution);
    attainment->addSeries(bars);
    auto *urgencyAxis = new QBarCategoryAxis;
    urgencyAxis->append(urgencies);
    attainment->addAxis(urgencyAxis, Qt::AlignBottom);
    bars->attachAxis(urgencyAxis);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(QStringLiteral("%d %%"));
    attainment->addAxis(shareAxis, Qt::AlignLeft);
    bars->attachAxis(shareAxis);

    // Tickets handled by another party than the rule names, by category.
    QChart *mismatches = m_charts.at(2)->chart();
    clearChart(mismatches);
    QMap<QString, int> byCategory;
    for (const Misroute &m : r.misroutes)
        byCategory[m.category] += m.count;
    QList<std::pair<QString, int>> sorted;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second < b.second; });
    auto *horizontal = new QHorizontalBarSeries;
    auto *misrouted = new QBarSet(tr("Tickets"));
    misrouted->setColor(QColor(0xd9, 0x82, 0x2b));
    QStringList categories;
    for (const auto &[category, count] : std::as_const(sorted)) {
        categories.append(category);
        misrouted->append(count);
    }
    horizontal->append(misrouted);
    mismatches->addSeries(horizontal);
    mismatches->legend()->hide();
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories.isEmpty() ? QStringList{tr("(none)")} : categories);
    mismatches->addAxis(categoryAxis, Qt::AlignLeft);
    horizontal->attachAxis(categoryAxis);
    auto *mismatchAxis = new QValueAxis;
    mismatchAxis->setLabelFormat(QStringLiteral("%d"));
    mismatches->addAxis(mismatchAxis, Qt::AlignBottom);
    horizontal->attachAxis(mismatchAxis);
    if (sorted.isEmpty())
        mismatchAxis->setRange(0, 1);
    countTicks(mismatchAxis);
}

QTableWidget *ReviewPage::addTable(const QString &name, const QString &title,
                                   const QStringList &columns)
{
    auto *table = new QTableWidget(0, int(columns.size()), m_tables);
    table->setObjectName(name);
    table->setAccessibleName(title);
    table->setHorizontalHeaderLabels(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->installEventFilter(this);
    connect(table, &QTableWidget::cellDoubleClicked, this,
            [this, table](int row) { activate(table, row); });
    m_tables->addTab(table, title);
    return table;
}

void ReviewPage::addRow(QTableWidget *table, const QStringList &cells, Drill drill)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0 && !cells.at(c).isEmpty() && (cells.at(c).at(0).isDigit() || cells.at(c) == u"–"))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
    m_drills[table].append(std::move(drill));
}

void ReviewPage::showTables()
{
    const QString current =
        m_tables->currentWidget() ? m_tables->currentWidget()->objectName() : QString();
    while (m_tables->count() > 0) {
        QWidget *w = m_tables->widget(0);
        m_tables->removeTab(0);
        if (w != m_saved)
            delete w;
    }
    m_drills.clear();
    const ServiceReview &r = m_outcome.review;
    const Agreement &agreement = m_document->agreement();
    const QLocale locale;
    const QStringList groupColumns{
        tr("Tickets"),         tr("After hours"),          tr("Response in target"),
        tr("Median response"), tr("Resolution in target"), tr("Median resolution")};
    const auto groupCells = [&](const QString &label, const ReviewGroup &g) {
        return QStringList{label,
                           locale.toString(g.volume),
                           locale.toString(g.afterHours),
                           percentText(g.response.attainment()),
                           Duration::measuredText(g.response.medianMinutes),
                           percentText(g.resolution.attainment()),
                           Duration::measuredText(g.resolution.medianMinutes)};
    };

    QTableWidget *categories = addTable(QStringLiteral("byCategory"), tr("By category"),
                                        QStringList{tr("Category")} + groupColumns);
    for (const ReviewGroup &g : r.overall.byCategory) {
        const QString label = g.label;
        addRow(categories, groupCells(label, g),
               {tr("Tickets in “%1”").arg(label),
                [label](const ReviewedTicket &t) { return t.category == label; }});
    }
    QTableWidget *urgencies = addTable(QStringLiteral("byUrgency"), tr("By urgency"),
                                       QStringList{tr("Urgency")} + groupColumns);
    for (const ReviewGroup &g : r.overall.byUrgency) {
        const QString label = g.label;
        addRow(urgencies, groupCells(label, g),
               {tr("%1 tickets").arg(label), [label](const ReviewedTicket &t) {
                    return EscalationRule::urgencyName(t.urgency) == label;
                }});
    }
    QTableWidget *sites =
        addTable(QStringLiteral("bySite"), tr("By site"), QStringList{tr("Site")} + groupColumns);
    for (const ReviewGroup &g : r.overall.bySite) {
        const QString site = g.label;
        const QString shown = site.isEmpty() ? tr("(no site)") : site;
        addRow(sites, groupCells(shown, g),
               {tr("Tickets at %1").arg(shown),
                [site](const ReviewedTicket &t) { return t.site == site; }});
    }
    QTableWidget *parties = addTable(QStringLiteral("byParty"), tr("By party"),
                                     QStringList{tr("Party")} + groupColumns);
    for (const ReviewGroup &g : r.overall.byParty) {
        const int id = g.partyId;
        addRow(parties, groupCells(g.label, g),
               {tr("Tickets handled by %1").arg(g.label),
                [id](const ReviewedTicket &t) { return t.partyId == id; }});
    }
    const auto partyLabel = [&agreement](int id) {
        const Party *p = agreement.party(id);
        return p ? p->label() : tr("(no party)");
    };
    const auto ruleName = [&agreement](int id) {
        for (const EscalationRule &rule : agreement.rules) {
            if (rule.id == id)
                return rule.name;
        }
        return QString();
    };
    QTableWidget *misroutes = addTable(QStringLiteral("misroutes"), tr("Handled by another party"),
                                       {tr("Category"), tr("When"), tr("Rule"), tr("Rule names"),
                                        tr("Handled by"), tr("Tickets"), tr("Of")});
    for (const Misroute &m : r.misroutes) {
        const Misroute key = m;
        Drill drill{
            tr("%1 tickets handled by %2 instead of %3")
                .arg(m.category, partyLabel(m.handledPartyId), partyLabel(m.expectedPartyId)),
            [key](const ReviewedTicket &t) {
                return t.ruleId == key.ruleId && t.category == key.category
                       && t.afterHours == key.afterHours && t.partyId == key.handledPartyId;
            },
            m.ruleId};
        addRow(misroutes,
               {m.category, m.afterHours ? tr("after hours") : tr("in hours"), ruleName(m.ruleId),
                partyLabel(m.expectedPartyId), partyLabel(m.handledPartyId),
                locale.toString(m.count), locale.toString(m.ofTickets)},
               std::move(drill));
    }
    QTableWidget *uncovered =
        addTable(QStringLiteral("uncovered"), tr("Not covered"), {tr("Category"), tr("Tickets")});
    for (const auto &[category, count] : r.uncoveredCategories) {
        const QString label = category;
        addRow(uncovered, {label, locale.toString(count)},
               {tr("Tickets in “%1” no rule covers").arg(label),
                [label](const ReviewedTicket &t) { return !t.covered && t.category == label; }});
    }
    QTableWidget *recurring = addTable(QStringLiteral("recurring"), tr("Recurring subjects"),
                                       {tr("Subject"), tr("Tickets")});
    for (const Recurrence &rec : r.recurring) {
        const QString key = ReviewTickets::subjectKey(rec.subject);
        addRow(recurring, {rec.subject, locale.toString(rec.count)},
               {tr("Tickets about “%1”").arg(rec.subject),
                [key](const ReviewedTicket &t) { return t.subject == key; }});
    }
    QTableWidget *findings = addTable(QStringLiteral("findings"), tr("Findings"),
                                      {tr("Severity"), tr("Finding and suggestion")});
    for (const Finding &f : r.findings) {
        Drill drill{f.message, {}, f.ruleId};
        addRow(findings,
               {f.severity == Finding::Severity::Warning ? tr("Warning")
                : f.severity == Finding::Severity::Error ? tr("Error")
                                                         : tr("Note"),
                f.message},
               std::move(drill));
        if (f.ruleId != 0)
            findings->item(findings->rowCount() - 1, 1)
                ->setToolTip(tr("Double-click or press Enter to open the rule"));
    }
    findings->setWordWrap(true);
    m_tables->addTab(m_saved, tr("Saved reviews"));
    for (int i = 0; i < m_tables->count(); ++i) {
        auto *table = static_cast<QTableWidget *>(m_tables->widget(i));
        if (table == m_saved) {
            if (table->objectName() == current)
                m_tables->setCurrentIndex(i);
            continue;
        }
        table->resizeColumnsToContents();
        // The label (or the finding's sentence) takes the room left.
        table->horizontalHeader()->setSectionResizeMode(table == findings ? 1 : 0,
                                                        QHeaderView::Stretch);
        // Findings are sentences: their rows grow to the wrapped text, also
        // when the window is resized.
        if (table == findings)
            table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (table->objectName() == current)
            m_tables->setCurrentIndex(i);
    }
}

QTableWidget *ReviewPage::table(const QString &objectName) const
{
    for (int i = 0; i < m_tables->count(); ++i) {
        if (m_tables->widget(i)->objectName() == objectName)
            return static_cast<QTableWidget *>(m_tables->widget(i));
    }
    return nullptr;
}

QLabel *ReviewPage::figure(const QString &name) const
{
    return m_figures.value(name);
}

ReviewTicketList *ReviewPage::openTickets(QTableWidget *table, int row)
{
    const QList<Drill> drills = m_drills.value(table);
    if (!m_document || row < 0 || row >= drills.size() || !drills.at(row).matches)
        return nullptr;
    const Drill &drill = drills.at(row);
    QList<ReviewedTicket> tickets;
    for (const ReviewedTicket &t : std::as_const(m_outcome.tickets)) {
        if (drill.matches(t))
            tickets.append(t);
    }
    auto *list = new ReviewTicketList(drill.title, tickets, m_outcome.log, m_document->agreement(),
                                      m_document->agreement().details.hours().timeZone, this);
    list->show();
    return list;
}

void ReviewPage::activate(QTableWidget *table, int row)
{
    const QList<Drill> drills = m_drills.value(table);
    if (row < 0 || row >= drills.size())
        return;
    if (!drills.at(row).matches) {
        if (drills.at(row).ruleId != 0)
            emit ruleRequested(drills.at(row).ruleId);
        return;
    }
    openTickets(table, row);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *table = qobject_cast<QTableWidget *>(watched);
        if (table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            activate(table, table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
