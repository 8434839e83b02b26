#pragma once

#include <QJsonObject>
#include <QString>

// One responsibility model as offered to a user choosing how to start an
// agreement: its words for the chooser, where it was read from, and the raw
// model JSON that TemplateLibrary::instantiate() turns into an Agreement.
struct ModelTemplate {
    QString id;
    QString name;
    QString bestFor;
    QString summary;
    QString origin;   // file path it came from (":/templates/..." for built-ins)
    QJsonObject data; // raw model json, already validated against the catalog
};
