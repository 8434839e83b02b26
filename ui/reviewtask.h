#pragma once

#include "model/agreement.h"
#include "review/reviewtickets.h"
#include "review/servicereview.h"
#include "review/ticketimport.h"
#include "review/ticketlog.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

// What a review job hands back: the tickets read (kept for the next period
// chosen), the figures and the tickets behind them, or the sentence that
// says why there are none.
struct ReviewOutcome {
    QString path;
    std::shared_ptr<const TicketLog> log;
    ServiceReview review;
    QList<ReviewedTicket> tickets;
    // The export's first rows, header first, for the column-mapping dialog.
    QList<QStringList> preview;
    QString error;
    // The export has the columns of the mapping remembered in the
    // agreement and was read with it (these options and handlers).
    bool usedRemembered = false;
    TicketImportOptions import;
    QHash<QString, int> handlers;
};

// A column mapping chosen for an earlier export: the import's options and
// the handler names (case-folded) mapped to parties.
struct RememberedMapping {
    TicketImportOptions import;
    QHash<QString, int> handlers;
};

// Reads a ticket export and replays it against the agreement on a worker
// thread, so the window stays responsive with a million tickets. Progress
// comes as signals; cancel() makes the job stop at its next step and drop
// what it made, and the window can start another one at once.
class ReviewTask : public QObject
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 50;

    explicit ReviewTask(QObject *parent = nullptr);
    ~ReviewTask() override;

    // Reads `path` (CSV or XLSX, by its content), then reviews it. With
    // `remembered`, an export whose header row has every column that
    // mapping names is read with it instead.
    void startImport(const QString &path, const TicketImportOptions &import,
                     const Agreement &agreement, const ReviewOptions &options,
                     const std::optional<RememberedMapping> &remembered = std::nullopt);
    // Reviews tickets already read, for another period or after an edit.
    void startReview(std::shared_ptr<const TicketLog> log, const Agreement &agreement,
                     const ReviewOptions &options);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    // Whether a header row has every column named (ignoring case and
    // surrounding blanks); false when none is named.
    static bool headersFit(const QStringList &header, const QHash<TicketField, QString> &columns);

    // The first rows of a CSV or XLSX export, header first.
    static Result<QList<QStringList>> previewOf(const QByteArray &bytes, const QString &source,
                                                int rows);

signals:
    // percent -1: busy with a step that tells no progress.
    void progressed(int percent, const QString &step);
    void finished(const ReviewOutcome &outcome);

private:
    struct Job;
    void run(std::shared_ptr<Job> job);

    std::shared_ptr<Job> m_job;
    QList<QThread *> m_threads; // still running, perhaps cancelled
};
