#pragma once

#include "result.h"
#include "review/servicereview.h"
#include "review/ticketimport.h"
#include "reviewtask.h"

#include <QWidget>

#include <functional>
#include <memory>

class Document;
class Prompter;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QToolButton;
class ReviewTicketList;

// The service review of the open agreement: a ticket export is read on a
// worker thread (with progress and Cancel), replayed against the routing
// rules, and shown as headline figures, charts and tables for the period
// picked. Every number in a table opens the tickets behind it.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(Prompter *prompter, QWidget *parent = nullptr);
    void setDocument(Document *document);

    // Asks for an export and imports it.
    void importWithDialog();
    // Reads an export; false when nothing was started.
    bool importFile(const QString &path, const TicketImportOptions &options = {});
    void cancelImport();
    // Shows the column-mapping dialog for the last export read and imports
    // it again as mapped; false when cancelled or nothing was read.
    bool mapColumns();
    // Stores the figures of the review shown in the agreement, under a
    // name asked for (one undo step); false when cancelled.
    bool saveReview();
    // Asks where, and writes the review as a report (PDF, HTML, Markdown)
    // or its figures (XLSX, JSON, CSV); false when cancelled or it failed
    // (said to the user).
    bool exportReport();
    // Writes the review to path in the format its extension names.
    Status exportReportTo(const QString &path) const;
    bool isBusy() const { return m_task->isRunning(); }

    const ServiceReview &review() const { return m_outcome.review; }
    bool hasReview() const { return m_outcome.log != nullptr; }
    const QList<ReviewedTicket> &reviewedTickets() const { return m_outcome.tickets; }

    // Widgets a test drives.
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *mapButton() const { return m_map; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *exportButton() const { return m_export; }
    // The reviews saved in the agreement, oldest first.
    QTableWidget *savedTable() const { return m_saved; }
    // The change of a headline figure against the previous saved review.
    QLabel *trendLabel(const QString &name) const { return m_trends.value(name); }
    // Handler names (case-folded) mapped to parties by hand.
    const QHash<QString, int> &handlers() const { return m_handlers; }
    QProgressBar *progressBar() const { return m_progress; }
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *messageLabel() const { return m_message; }
    QTableWidget *problemTable() const { return m_problems; }
    QToolButton *problemToggle() const { return m_problemToggle; }
    QTabWidget *tables() const { return m_tables; }
    QTableWidget *table(const QString &objectName) const;
    // The headline figure named ("tickets", "afterHours", "response",
    // "resolution", "misroutes", "uncovered").
    QLabel *figure(const QString &name) const;
    QList<QChartView *> charts() const { return m_charts; }

    // Opens the tickets behind a table row, as a double-click or Enter does.
    ReviewTicketList *openTickets(QTableWidget *table, int row);

signals:
    // A finding names a rule: show it where rules are edited.
    void ruleRequested(int ruleId);
    // The outcome of the last job is shown (or its error).
    void reviewShown();
    // A passing word for the status bar ("Exported the review to …").
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // One row of a table and the tickets behind it.
    struct Drill {
        QString title;
        std::function<bool(const ReviewedTicket &)> matches;
        int ruleId = 0;
    };

    ReviewOptions currentOptions() const;
    std::optional<RememberedMapping> rememberedMapping() const;
    void rememberMapping(const TicketImportOptions &options, const QHash<QString, int> &handlers);
    void showTrend();
    // Replays the tickets when the agreement changed in a way the figures
    // depend on since they were made.
    void followAgreement();
    void setBusy(bool busy);
    void rebuild();
    void showOutcome(const ReviewOutcome &outcome);
    void showProblems(const TicketLog &log);
    void showFigures();
    void showCharts();
    void showTables();
    QTableWidget *addTable(const QString &name, const QString &title, const QStringList &columns);
    void addRow(QTableWidget *table, const QStringList &cells, Drill drill);
    void activate(QTableWidget *table, int row);

    Prompter *m_prompter;
    Document *m_document = nullptr;
    ReviewTask *m_task;
    ReviewOutcome m_outcome;
    TicketImportOptions m_importOptions;
    QHash<QString, int> m_handlers;
    QList<QStringList> m_preview; // the last export's first rows
    QString m_path;
    bool m_loading = false;
    // The agreement the figures shown were made with, without what they
    // do not depend on.
    Agreement m_reviewed;

    QPushButton *m_import;
    QPushButton *m_map;
    QPushButton *m_save;
    QPushButton *m_export;
    QTableWidget *m_saved;
    QHash<QString, QLabel *> m_trends;
    QLabel *m_source;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QProgressBar *m_progress;
    QLabel *m_step;
    QPushButton *m_cancel;
    QWidget *m_progressRow;
    QLabel *m_message;
    QToolButton *m_problemToggle;
    QTableWidget *m_problems;
    QWidget *m_content;
    QHash<QString, QLabel *> m_figures;
    QList<QChartView *> m_charts;
    QTabWidget *m_tables;
    QHash<QTableWidget *, QList<Drill>> m_drills;
};
