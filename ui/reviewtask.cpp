#include "reviewtask.h"

#include "exchange/sheet/csvrecordreader.h"
#include "exchange/sheet/csvsheetreader.h"
#include "exchange/sheet/xlsxsheetreader.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QThread>

struct ReviewTask::Job {
    QString path; // empty: the log is given
    TicketImportOptions import;
    Agreement agreement;
    ReviewOptions options;
    std::shared_ptr<const TicketLog> log;
    std::optional<RememberedMapping> remembered;
    std::atomic_bool cancelled = false;
    ReviewOutcome outcome;
};

namespace {
constexpr qint64 ReadChunk = 4 * 1024 * 1024;
} // namespace

ReviewTask::ReviewTask(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ReviewOutcome>();
}

ReviewTask::~ReviewTask()
{
    // Nothing may run on behind a closed window.
    if (m_job)
        m_job->cancelled = true;
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ReviewTask::startImport(const QString &path, const TicketImportOptions &import,
                             const Agreement &agreement, const ReviewOptions &options,
                             const std::optional<RememberedMapping> &remembered)
{
    auto job = std::make_shared<Job>();
    job->path = path;
    job->import = import;
    job->agreement = agreement;
    job->options = options;
    job->remembered = remembered;
    run(std::move(job));
}

void ReviewTask::startReview(std::shared_ptr<const TicketLog> log, const Agreement &agreement,
                             const ReviewOptions &options)
{
    auto job = std::make_shared<Job>();
    job->log = std::move(log);
    job->agreement = agreement;
    job->options = options;
    run(std::move(job));
}

void ReviewTask::cancel()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    m_job.reset();
}

void ReviewTask::run(std::shared_ptr<Job> job)
{
    cancel();
    m_job = job;
    QPointer<ReviewTask> self(this);
    // Progress crosses to the GUI thread as queued calls; a cancelled job
    // says nothing more.
    const auto report = [self, job](int percent, const QString &step) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, job, percent, step] {
                if (self && self->m_job == job)
                    emit self->progressed(percent, step);
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([job, report] {
        ReviewOutcome &out = job->outcome;
        out.path = job->path;
        if (!job->path.isEmpty()) {
            const QString name = QFileInfo(job->path).fileName();
            QFile file(job->path);
            if (!file.open(QIODevice::ReadOnly)) {
                out.error = tr("Cannot open “%1”: %2.").arg(name, file.errorString());
                return;
            }
            const qint64 size = file.size();
            if (size > TicketImport::MaxBytes) {
                out.error = tr("Cannot read “%1”: it is larger than %2 MiB.")
                                .arg(name)
                                .arg(TicketImport::MaxBytes / (1024 * 1024));
                return;
            }
            QByteArray bytes;
            bytes.reserve(size);
            while (!file.atEnd()) {
                if (job->cancelled)
                    return;
                const QByteArray chunk = file.read(ReadChunk);
                if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
                    out.error = tr("Cannot read “%1”: %2.").arg(name, file.errorString());
                    return;
                }
                bytes += chunk;
                report(size > 0 ? int(bytes.size() * 30 / size) : 30, tr("Reading the file…"));
            }
            if (const auto preview = previewOf(bytes, name, PreviewRows))
                out.preview = *preview;
            // The same kind of export as the mapping was made for: read it
            // as mapped then.
            if (job->remembered && !out.preview.isEmpty()
                && headersFit(out.preview.constFirst(), job->remembered->import.columns)) {
                const BusinessHours hours = job->import.hours;
                job->import = job->remembered->import;
                job->import.hours = hours;
                for (auto it = job->remembered->handlers.cbegin();
                     it != job->remembered->handlers.cend(); ++it)
                    job->options.handlers.insert(it.key(), it.value());
                out.usedRemembered = true;
                out.import = job->import;
                out.handlers = job->options.handlers;
            }
            if (job->cancelled)
                return;
            report(-1, tr("Reading the tickets…"));
            Result<TicketLog> log = Result<TicketLog>::failure(QString());
            if (bytes.startsWith("PK\x03\x04")) {
                const Result<Workbook> book = XlsxSheetReader::read(bytes, name);
                if (!book) {
                    out.error = book.error();
                    return;
                }
                const auto sheet = std::find_if(book->sheets.cbegin(), book->sheets.cend(),
                                                [](const Sheet &s) { return s.rowCount() > 0; });
                if (sheet == book->sheets.cend()) {
                    out.error = tr("“%1” is empty: it has no header row.").arg(name);
                    return;
                }
                log = TicketImport::readSheet(*sheet, name, job->import);
            } else {
                bytes.squeeze();
                log = TicketImport::readCsv(bytes, name, job->import);
            }
            if (!log) {
                out.error = log.error();
                return;
            }
            job->log = std::make_shared<const TicketLog>(std::move(log).value());
        }
        if (job->cancelled)
            return;
        report(80, tr("Replaying the tickets against the agreement…"));
        const BusinessHours hours = job->agreement.details.hours();
        out.review = ServiceReview::build(job->agreement, hours, *job->log, job->options);
        if (job->cancelled)
            return;
        report(95, tr("Collecting the tickets behind the figures…"));
        out.tickets =
            ReviewTickets::classify(job->agreement, hours, *job->log, out.review, job->options);
        out.log = job->log;
        report(100, QString());
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, job] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (m_job != job)
            return; // cancelled, or replaced by a newer job
        m_job.reset();
        emit finished(job->outcome);
    });
    thread->start();
}

bool ReviewTask::headersFit(const QStringList &header, const QHash<TicketField, QString> &columns)
{
    if (columns.isEmpty())
        return false;
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(h.trimmed().toCaseFolded());
    return std::all_of(columns.cbegin(), columns.cend(), [&names](const QString &column) {
        return names.contains(column.trimmed().toCaseFolded());
    });
}

Result<QList<QStringList>> ReviewTask::previewOf(const QByteArray &bytes, const QString &source,
                                                 int rows)
{
    using R = Result<QList<QStringList>>;
    QList<QStringList> out;
    if (bytes.startsWith("PK\x03\x04")) {
        const Result<Workbook> book = XlsxSheetReader::read(bytes, source);
        if (!book)
            return R::failure(book.error());
        for (const Sheet &sheet : book->sheets) {
            if (sheet.rowCount() == 0)
                continue;
            for (int r = 0; r < sheet.rowCount() && out.size() <= rows; ++r) {
                if (!sheet.rowIsEmpty(r))
                    out.append(sheet.rows.at(r));
            }
            break;
        }
        return out;
    }
    QString error;
    // The head of the export, cut after a whole line so that no character
    // is cut in two.
    QByteArray head = bytes.left(1024 * 1024);
    if (head.size() < bytes.size())
        head.truncate(head.lastIndexOf('\n') + 1);
    const auto decoded = CsvSheetReader::decode(head, &error);
    if (!decoded)
        return R::failure(error);
    CsvRecordReader records(decoded->text, CsvSheetReader::detectDelimiter(decoded->text),
                            CsvSheetReader::MaxColumns);
    QList<QStringView> cells;
    while (out.size() <= rows && records.next(cells)) {
        QStringList row;
        for (QStringView c : std::as_const(cells))
            row.append(c.trimmed().toString());
        if (std::any_of(row.cbegin(), row.cend(), [](const QString &c) { return !c.isEmpty(); }))
            out.append(row);
    }
    return out;
}
