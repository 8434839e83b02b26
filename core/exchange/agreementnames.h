#pragma once

#include "model/party.h"

#include <QHash>
#include <QString>

struct Agreement;

// An agreement's areas and systems found by the names an imported file
// gives them (trimmed, ignoring case), and added where it has none; new
// parties made from a name. The one way the importers (CsvImport,
// SheetImport) fill an agreement, and the way every new party is made.
class AgreementNames
{
public:
    // Indexes the agreement's areas and systems; it must outlive this.
    explicit AgreementNames(Agreement &agreement);

    // The id of the area named name, added at the end when there is none.
    int area(const QString &name);
    // The same for a system; 0 for an empty name.
    int system(const QString &name);
    // Adds newParty() with a new id; returns its id.
    int addParty(const QString &name, Party::Kind kind);

    // A party called name, of kind, as it joins `agreement`: its short code
    // (Party::codeFromName()) and the palette's next colour
    // (Party::paletteColor()); no id yet. The window's Add Party makes its
    // parties so too.
    static Party newParty(const Agreement &agreement, const QString &name, Party::Kind kind);

private:
    Agreement &m_agreement;
    QHash<QString, int> m_areas;
    QHash<QString, int> m_systems;
};
