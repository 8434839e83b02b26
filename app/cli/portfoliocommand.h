#pragma once

#include "command.h"

// dutymap-cli portfolio: the agreements of a folder as one table, filtered
// and sorted, as text, CSV, JSON, XLSX or a PDF one-pager.
class PortfolioCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("portfolio"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;

    // Whether these arguments (args[0] is "portfolio") write a PDF, which
    // needs the renderer's QGuiApplication.
    static bool needsRenderer(const QStringList &args);
};
