#pragma once

#include "exchange/format.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

// All the formats Dutymap knows, in the order menus show them. The formats
// of dutymap_core (JSON, CSV, Markdown, HTML) are there from the start;
// libraries above the core add theirs at start-up with add(), before any
// export runs (the registry is not locked: adding while another thread
// looks formats up is not allowed).
class FormatRegistry
{
public:
    static FormatRegistry &instance();

    // Takes ownership. A format with the id of one already there replaces
    // it, in its place; a new one goes to the end.
    void add(std::unique_ptr<Format> format);

    QList<const Format *> formats() const;
    // The formats having every capability in required (all when empty).
    QList<const Format *> formats(Format::Capabilities required) const;
    const Format *byId(const QString &id) const; // case-insensitive
    const Format *byExtension(const QString &fileName) const;
    QStringList ids() const;
    // A file dialog filter for the formats having required: "CSV matrix
    // (*.csv);;HTML document (*.html)".
    QString fileFilters(Format::Capabilities required = {}) const;

    // An agreement from a file of any format that can be read, chosen by
    // the extension: a .dutymap file, a JSON or CSV export, or a workbook
    // through the spreadsheet import.
    Result<Agreement> readAgreement(const QString &path) const;

private:
    FormatRegistry();
    std::vector<std::unique_ptr<Format>> m_formats;
};
