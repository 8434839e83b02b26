#pragma once

#include "portfolio/portfoliosummary.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// The agreements of a folder and its subfolders: every *.dutymap file.
// Listing reads only the summary each file stores at save (one query on a
// read-only connection); a file saved before the summary existed is loaded
// whole instead. A file that cannot be read is listed with the reason.
class FolderSource : public PortfolioSource
{
public:
    explicit FolderSource(const QString &folder);

    QString name() const override;
    QString folder() const override { return m_folder; }

    Result<QList<PortfolioEntry>> list() override;
    Result<Agreement> open(const QString &location) override;
    std::unique_ptr<PortfolioFollower> follow() override;

    // One file as the portfolio lists it. Saved at is the file's
    // modification time, saved by its owner (a save writes a new file, so
    // that is whoever saved it last).
    static PortfolioEntry read(const QString &path);

    // What tells that a file changed: its modification time and size.
    struct Stamp {
        QDateTime modified;
        qint64 size = -1;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    // The .dutymap files under a folder now, by absolute path.
    static QHash<QString, Stamp> scan(const QString &folder);

private:
    QString m_folder;
    QHash<QString, Stamp> m_listed; // as of the last list()
};
