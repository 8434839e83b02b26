#pragma once

#include "exchange/format.h"

// The agreement as one self-contained HTML page: a small inline stylesheet
// with the role colours, no scripts, nothing loaded from elsewhere (a
// Content-Security-Policy forbids it too), built from ExportJob::report().
// Every text from the agreement is escaped, so markup in a title shows as
// text; party colours are used only when they are "#rrggbb".
class HtmlFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("html"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("html"); }
    Capabilities capabilities() const override { return WritesDocument; }

    Status write(const ExportJob &job, QIODevice *device) const override;

    static QString document(const report::Report &report);
    // &, <, >, " and ' as entities.
    static QString escaped(const QString &text);
};
