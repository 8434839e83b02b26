#pragma once

#include "portfolio/portfoliosummary.h"

#include <QList>
#include <QObject>
#include <QStringList>

// Follows a portfolio source after it was listed: tells which entries were
// added or changed (read anew) and which locations are gone. A view keeps
// its list and applies these instead of listing everything again.
class PortfolioFollower : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void changed(const QList<PortfolioEntry> &updated, const QStringList &removed);
};
