#pragma once

#include "portfolio/portfoliosummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// The portfolio as every view and export shows it: the columns, each
// cell's text and value, which reviews are overdue or due soon, and the
// order of a sort. The window, the CLI and the exports all ask this, so
// they never disagree.
class PortfolioTable
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioTable)

public:
    enum Column {
        Client,
        Provider,
        Model,
        Status,
        LastSigned,
        SignedOn,
        NextReview,
        Errors,
        Warnings,
        ProviderShare,
        SavedBy,
        SavedAt,
        File,
        Problem,
        ColumnCount
    };
    enum class Review { Unknown, Later, DueSoon, Overdue };
    static constexpr int DueSoonDays = 30;

    // What an entry's location is: a file's path, or an agreement's name
    // in the shared store.
    enum class Locations { Files, Names };

    // root: the folder file locations are shown relative to (empty: as
    // they are); modelNames: the names of model ids, else the id is shown.
    PortfolioTable(const QString &root, const QHash<QString, QString> &modelNames,
                   const QDate &today, Locations locations = Locations::Files);

    QDate today() const { return m_today; }
    Locations locations() const { return m_locations; }
    // The location column is "File" for a folder and "Name" for the store.
    QString header(Column column) const;
    // The key of a column in the CLI and JSON ("next-review").
    static QString key(Column column);
    static std::optional<Column> columnFromKey(const QString &key);

    QString text(const PortfolioEntry &entry, Column column) const;
    // What the column sorts by and a spreadsheet holds: a number, a date,
    // a time or a text; null when the cell is empty.
    QVariant value(const PortfolioEntry &entry, Column column) const;
    Review review(const PortfolioEntry &entry) const;
    // Findings of the severity error, or a file that cannot be read.
    static bool hasErrors(const PortfolioEntry &entry);
    QString modelName(const QString &id) const;
    // The location as shown: a file relative to the root when inside it,
    // a name as it is.
    QString location(const PortfolioEntry &entry) const;

    // Empty cells last whichever the order; ties by client, then location.
    bool lessThan(const PortfolioEntry &a, const PortfolioEntry &b, Column column,
                  Qt::SortOrder order = Qt::AscendingOrder) const;
    void sort(QList<PortfolioEntry> &entries, Column column,
              Qt::SortOrder order = Qt::AscendingOrder) const;

    // One entry for scripts: the stored summary's fields, plus where, by
    // whom and when, the review state and the error.
    QJsonObject toJson(const PortfolioEntry &entry) const;

private:
    QString m_root;
    QHash<QString, QString> m_modelNames;
    QDate m_today;
    Locations m_locations = Locations::Files;
};

// Which entries the portfolio shows. Unreadable files have no model or
// status, so a model or status filter leaves them out; "with errors"
// keeps them.
struct PortfolioFilter {
    QString text; // in client, provider, title, model, file, saved by, problem
    QString modelId;
    std::optional<AgreementDetails::Status> status;
    bool overdueOnly = false;
    bool withErrorsOnly = false;

    bool accepts(const PortfolioEntry &entry, const PortfolioTable &table) const;
    bool isEmpty() const
    {
        return text.isEmpty() && modelId.isEmpty() && !status && !overdueOnly && !withErrorsOnly;
    }
};
