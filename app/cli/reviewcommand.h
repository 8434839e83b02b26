#pragma once

#include "command.h"

// dutymap-cli review: the agreement measured against a help desk's ticket
// export (docs/service-review.md).
class ReviewCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override;
    int run(const QStringList &args, Streams io) const override;
    // Whether the arguments ask for the PDF, which needs the renderer's
    // QGuiApplication (Cli::needsRenderer).
    static bool needsRenderer(const QStringList &args);
};
