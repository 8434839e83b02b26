#pragma once

#include <QString>
#include <QStringList>

// The SQL of the .dutymap format (AgreementFile::SchemaVersion): the tables
// a writer creates and a reader requires. Kept apart from the reading and
// writing code so the format can be read in one place.
class AgreementSchema
{
public:
    // CREATE TABLE statements, parents before children.
    static QStringList createStatements();
    // Every table a reader of that schema version needs, in the order
    // they are read.
    static QStringList requiredTables(int version);
};
