#pragma once

#include "portfolio/portfoliosummary.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class PortfolioFilterModel;
class PortfolioFollower;
class PortfolioModel;
class Prompter;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// The agreements of a folder (or of any PortfolioSource) at a glance: one
// table to sort and filter, each agreement opened with Enter or a double
// click, the table exported as CSV, XLSX or a PDF one-pager. Follows its
// source as agreements are saved, added or removed.
class PortfolioWindow : public QMainWindow
{
    Q_OBJECT

public:
    // today: the day overdue and due soon are counted from; tests and
    // screenshots fix it.
    PortfolioWindow(std::unique_ptr<PortfolioSource> source, Prompter *prompter,
                    QWidget *parent = nullptr, const QDate &today = QDate::currentDate());
    ~PortfolioWindow() override;

    PortfolioSource &source() const { return *m_source; }
    QTableView *view() const { return m_view; }
    PortfolioFilterModel *shown() const { return m_shown; }
    PortfolioModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *modelCombo() const { return m_modelFilter; }
    QComboBox *statusCombo() const { return m_statusFilter; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QCheckBox *errorsCheck() const { return m_errors; }
    QLabel *countsLabel() const { return m_counts; }

    // Lists the source again; false (with the error shown) when it failed.
    bool reload();
    // Writes the rows shown, in the order shown; format "csv", "xlsx" or "pdf".
    Status exportTo(const QString &path, const QString &format) const;

signals:
    // The user asked to open the agreement at this location of the source.
    void openRequested(const QString &location);

private:
    void createActions();
    void applyFilter();
    void updateCounts();
    void updateDetail();
    void openCurrent();
    void exportWithDialog(const QString &format);

    std::unique_ptr<PortfolioSource> m_source;
    std::unique_ptr<PortfolioFollower> m_follower;
    Prompter *m_prompter;
    PortfolioModel *m_model = nullptr;
    PortfolioFilterModel *m_shown = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_errors = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_detail = nullptr;
};
