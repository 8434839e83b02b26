#pragma once

#include "exchange/format.h"

// The agreement as a Markdown document (CommonMark with GitHub tables) that
// pastes into a documentation platform: cover facts, summary, the matrix by
// area with a legend, per-party lists, escalation, tools, security, review,
// findings and signatures, all from ExportJob::report(). Every text from the
// agreement is escaped so that it shows literally: no emphasis, link, image,
// HTML tag or table break can come from a title or a note.
class MarkdownFormat : public Format
{
public:
    QString id() const override { return QStringLiteral("md"); }
    QString name() const override;
    QString extension() const override { return QStringLiteral("md"); }
    Capabilities capabilities() const override { return WritesDocument; }

    Status write(const ExportJob &job, QIODevice *device) const override;

    static QString document(const report::Report &report);
    // Text as Markdown that renders exactly as the text, on one line.
    static QString escaped(const QString &text);
};
