<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/model/agreement.cpp" line="+56"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>AgreementDiff</name>
    <message>
        <location filename="../core/revisions/agreementdiff.cpp" line="+149"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Assessment</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <location filename="../core/revisions/contenttree.cpp" line="+188"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>AgreementFile</name>
    <message>
        <location filename="../core/storage/sqliteconnection.cpp" line="+37"/>
        <source>the SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../core/storage/agreementloader.cpp" line="+764"/>
        <location line="+70"/>
        <source>two %1 have the id %2.</source>
        <translation>zwei %1 haben die ID %2.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>party %1</source>
        <translation>Partei %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>area %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>system %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>duty %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>escalation rule %1</source>
        <translation>Eskalationsregel %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>signatory %1</source>
        <translation>Unterzeichner %1</translation>
    </message>
    <message>
        <location filename="../core/storage/agreementwriter.cpp" line="+452"/>
        <location filename="../core/storage/atomicfile.cpp" line="+76"/>
        <source>the disk is full.</source>
        <translation>der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>writing failed (%1); the disk may be full or failing.</source>
        <translation>das Schreiben ist fehlgeschlagen (%1); der Datenträger ist möglicherweise voll oder defekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database engine reported: %1.</source>
        <translation>die Datenbank meldete: %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="-5"/>
        <source>the folder %1 is not writable.</source>
        <translation>der Ordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../core/storage/agreementfile.cpp" line="+58"/>
        <location filename="../core/storage/atomicfile.cpp" line="+8"/>
        <source>the folder %1 does not exist.</source>
        <translation>der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="+2"/>
        <source>cannot create a file in the folder %1 (%2).</source>
        <translation>im Ordner %1 kann keine Datei angelegt werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/storage/agreementloader.cpp" line="-947"/>
        <location line="+1039"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-1032"/>
        <source>it is a link to a file that does not exist.</source>
        <translation>es ist ein Verweis auf eine Datei, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder, not a file.</source>
        <translation>es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a regular file (a device, pipe or socket).</source>
        <translation>es ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is 1 GiB or larger, too large for an agreement.</source>
        <translation>die Datei ist 1 GiB oder größer und damit zu groß für eine Vereinbarung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Dutymap file (not an SQLite database).</source>
        <translation>%1 ist keine Dutymap-Datei (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is truncated or damaged.</source>
        <translation>%1 ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is an SQLite database of another program, not a Dutymap agreement.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Dutymap-Vereinbarung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by a newer Dutymap (format %2); this version reads format %3.</source>
        <translation>%1 wurde von einer neueren Dutymap-Version erstellt (Format %2); diese Version liest Format %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged: its format number %2 is not one Dutymap ever wrote.</source>
        <translation>%1 ist beschädigt: Die Formatnummer %2 wurde von Dutymap nie geschrieben.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 is truncated or damaged (%2).</source>
        <translation>%1 ist abgeschnitten oder beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file holds more than 1,000,000 schema objects.</source>
        <translation>die Datei enthält mehr als 1.000.000 Schemaobjekte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>table %1 is missing.</source>
        <translation>die Tabelle %1 fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 is a virtual table.</source>
        <translation>die Tabelle %1 ist eine virtuelle Tabelle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>table %1 cannot be read (%2).</source>
        <translation>die Tabelle %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table %1 has more than 1,000,000 rows.</source>
        <translation>die Tabelle %1 hat mehr als 1.000.000 Zeilen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 of %2 is not a whole number.</source>
        <translation>das Feld %1 in %2 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 of %2 is out of range (%3).</source>
        <translation>das Feld %1 in %2 liegt außerhalb des zulässigen Bereichs (%3).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>table %1 has a row whose id %2 is not a whole number above 0 and up to 1,000,000,000.</source>
        <translation>die Tabelle %1 hat eine Zeile, deren ID %2 keine ganze Zahl von 1 bis 1.000.000.000 ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the %1 of %2 is not text.</source>
        <translation>das Feld %1 in %2 ist kein Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 of %2 is longer than 1,000,000 characters.</source>
        <translation>das Feld %1 in %2 ist länger als 1.000.000 Zeichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 of %2 is not a date (YYYY-MM-DD): %3.</source>
        <translation>das Feld %1 in %2 ist kein Datum (JJJJ-MM-TT): %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the %1 of %2 is %3, which Dutymap does not know.</source>
        <translation>das Feld %1 in %2 hat den Wert %3, den Dutymap nicht kennt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the assessment in %1 is not a JSON object.</source>
        <translation>die Bestandsaufnahme in %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>table %1 has a key that is not a short text.</source>
        <translation>die Tabelle %1 hat einen Schlüssel, der kein kurzer Text ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table %1 has the key %2 twice.</source>
        <translation>die Tabelle %1 enthält den Schlüssel %2 zweimal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the agreement header</source>
        <translation>den Kopfdaten der Vereinbarung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the %1 in %2 is not a JSON object.</source>
        <translation>%1 in %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the ticket mapping in %1: %2.</source>
        <translation>Die Ticket-Zuordnung in %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the key %1 in %2 is not a saved review&apos;s number.</source>
        <translation>Der Schlüssel %1 in %2 ist keine Nummer einer gespeicherten Überprüfung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saved review %1 is missing in %2.</source>
        <translation>Die gespeicherte Überprüfung %1 fehlt in %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the saved reviews in %1: %2.</source>
        <translation>Die gespeicherten Überprüfungen in %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the business hours in %1 are not a JSON object.</source>
        <translation>die Geschäftszeiten in %1 sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the business hours in %1: %2.</source>
        <translation>die Geschäftszeiten in %1: %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ticket category %1</source>
        <translation>Ticket-Kategorie %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>location %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>compliance need %1</source>
        <translation>Compliance-Anforderung %1</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>the %1 of %2 is not a colour: %3.</source>
        <translation>das Feld %1 in %2 ist keine Farbe: %3.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the access to tool %1</source>
        <translation>dem Zugriff auf Tool %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 refers to tool %2, which does not exist.</source>
        <translation>die Tabelle %1 verweist auf Tool %2, das es nicht gibt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tool %1 gives access to party %2 twice.</source>
        <translation>Tool %1 gewährt der Partei %2 zweimal Zugriff.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>table %1 refers to duty %2, which does not exist.</source>
        <translation>die Tabelle %1 verweist auf Aufgabe %2, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a control of duty %1</source>
        <translation>einer Kontrolle der Aufgabe %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a tool of duty %1</source>
        <translation>einem Tool der Aufgabe %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the roles of duty %1</source>
        <translation>den Rollen der Aufgabe %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the roles of party %1 on duty %2 are invalid: %3</source>
        <translation>die Rollen der Partei %1 bei Aufgabe %2 sind ungültig: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the roles of party %1 on duty %2 are empty.</source>
        <translation>die Rollen der Partei %1 bei Aufgabe %2 sind leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duty %1 gives roles to party %2 twice.</source>
        <translation>Aufgabe %1 vergibt zweimal Rollen an die Partei %2.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the fingerprint of %1 is not 32 bytes.</source>
        <translation>der Fingerabdruck von %1 ist nicht 32 Byte lang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the content of %1 is not a packed agreement.</source>
        <translation>der Inhalt von %1 ist keine gepackte Vereinbarung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>signatory %1 of a revision</source>
        <translation>Unterzeichner %1 einer Revision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 signs revision %2, which does not exist.</source>
        <translation>%1 unterzeichnet Revision %2, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/agreementfile.cpp" line="-10"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save: no file name was given.</source>
        <translation>Speichern nicht möglich: Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a folder of that name exists.</source>
        <translation>es gibt bereits einen Ordner mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a regular file.</source>
        <translation>es ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is read-only.</source>
        <translation>die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../core/storage/atomicfile.cpp" line="-29"/>
        <source>another program keeps removing new files in the folder %1.</source>
        <translation>ein anderes Programm entfernt fortlaufend neue Dateien im Ordner %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/agreementfile.cpp" line="+36"/>
        <source>the new file could not be written to disk (%1).</source>
        <translation>die neue Datei konnte nicht auf den Datenträger geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be replaced (%1).</source>
        <translation>die Datei konnte nicht ersetzt werden (%1).</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <location filename="../core/storage/database/agreementstore.cpp" line="+65"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) am %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An agreement in the database needs a name.</source>
        <translation>Eine Vereinbarung in der Datenbank braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name must not contain control characters.</source>
        <translation>Der Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Cannot list the agreements in %1: %2</source>
        <translation>Die Vereinbarungen in %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no portfolio summary: it was not saved by Dutymap, or could not be read when the store was upgraded.</source>
        <translation>%1 hat keine Portfolio-Zusammenfassung: Die Vereinbarung wurde nicht von Dutymap gespeichert oder konnte beim Aktualisieren des Speichers nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The portfolio summary of %1 is too large.</source>
        <translation>Die Portfolio-Zusammenfassung von %1 ist zu groß.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a JSON object.</source>
        <translation>Sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portfolio summary of %1 cannot be read: %2</source>
        <translation>Die Portfolio-Zusammenfassung von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open %1 from %2: %3</source>
        <translation>%1 kann nicht aus %2 geöffnet werden: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no agreement of that name.</source>
        <translation>Es gibt keine Vereinbarung mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is too large to be a Dutymap agreement.</source>
        <translation>Sie ist zu groß für eine Dutymap-Vereinbarung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no stored version was opened.</source>
        <translation>Es wurde keine gespeicherte Version geöffnet.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 is no longer in the database: someone removed or renamed it since you opened it.</source>
        <translation>%1 ist nicht mehr in der Datenbank: Jemand hat die Vereinbarung entfernt oder umbenannt, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already an agreement named %1 in the database, saved by %2.</source>
        <translation>In der Datenbank gibt es bereits eine Vereinbarung namens %1, gespeichert von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was saved by %2 since you opened it (version %3; you opened version %4). Your save was refused so that neither change is lost.</source>
        <translation>%1 wurde von %2 gespeichert, seit Sie die Vereinbarung geöffnet haben (Version %3; Sie haben Version %4 geöffnet). Ihr Speichern wurde abgelehnt, damit keine der beiden Änderungen verloren geht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>AgreementValidator</name>
    <message>
        <location filename="../core/model/agreementvalidator.cpp" line="+43"/>
        <source>parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escalation rules</source>
        <translation>Eskalationsregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ticket categories</source>
        <translation>Ticket-Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>party %1</source>
        <translation>Partei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duty %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escalation rule %1</source>
        <translation>Eskalationsregel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ticket category %1</source>
        <translation>Ticket-Kategorie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signatory %1</source>
        <translation>Unterzeichner %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the id %1 is not above 0</source>
        <translation>die ID %1 ist nicht größer als 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the id %1 is above 1,000,000,000</source>
        <translation>die ID %1 liegt über 1.000.000.000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist</source>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has an id that is not above 0.</source>
        <translation>%1 hat eine ID, die nicht größer als 0 ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has an id above 1,000,000,000.</source>
        <translation>%1 hat eine ID über 1.000.000.000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two %1 have the id %2.</source>
        <translation>zwei %1 haben die ID %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives access to %2, which does not exist.</source>
        <translation>%1 gewährt Zugriff für %2, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives roles to %2, which does not exist.</source>
        <translation>%1 vergibt Rollen an %2, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refers to %2, which does not exist.</source>
        <translation>%1 verweist auf %2; das gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <location filename="../app/cli/assesscommand.cpp" line="+64"/>
        <source>Too few answers to recommend a model.</source>
        <translation>Zu wenige Antworten für eine Modellempfehlung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer these first: %1.</source>
        <translation>Beantworten Sie zuerst diese Fragen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended: %1 (%2)</source>
        <translation>Empfohlen: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A close second: %1 (%2)</source>
        <translation>Knapp dahinter: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Against it:</source>
        <translation>Dagegen spricht:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores:</source>
        <translation>Punktzahlen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not judged, answered “don&apos;t know” (%1): %2.</source>
        <translation>Nicht bewertet, mit „Weiß nicht“ beantwortet (%1): %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommend a responsibility model from an assessment&apos;s answers (docs/assessment-format.md).</source>
        <translation>Ein Verantwortungsmodell anhand der Antworten einer Bestandsaufnahme empfehlen (docs/assessment-format.md).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answers file (JSON).</source>
        <translation>Die Antwortdatei (JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one answers file, and --format text or json.</source>
        <translation>eine Antwortdatei und --format text oder json angeben.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../ui/assessmentpage.cpp" line="+64"/>
        <location line="+290"/>
        <source>Start from the recommended model</source>
        <translation>Mit dem empfohlenen Modell beginnen</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Tailor this agreement to the answers</source>
        <translation>Diese Vereinbarung an die Antworten anpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer what you know; leave the rest at “Don&apos;t know”. The recommendation on the right follows every answer.</source>
        <translation>Beantworten Sie, was Sie wissen, und lassen Sie den Rest auf „Weiß nicht“. Die Empfehlung rechts passt sich jeder Antwort an.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recommended model</source>
        <translation>Empfohlenes Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Score of each model</source>
        <translation>Punktzahl je Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the agreement again from the recommended model, tailored to the answers. The details are kept; one undo step.</source>
        <translation>Die Vereinbarung aus dem empfohlenen Modell neu aufbauen, angepasst an die Antworten. Die Details bleiben erhalten; in einem Schritt rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust the agreement as it is now to the answers; one undo step.</source>
        <translation>Die Vereinbarung in ihrem jetzigen Stand an die Antworten anpassen; in einem Schritt rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+13"/>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <location line="-11"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example %1</source>
        <translation>Zum Beispiel %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Not enough answers yet</source>
        <translation>Noch nicht genug Antworten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer these first; they decide most:</source>
        <translation>Beantworten Sie zuerst diese Fragen; sie geben den Ausschlag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Against it:</source>
        <translation>Dagegen spricht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The “%1” model comes a close second.</source>
        <translation>Knapp dahinter folgt das Modell „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This agreement follows the “%1” model.</source>
        <translation>Diese Vereinbarung folgt dem Modell „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 von %2 Fragen beantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start from “%1”</source>
        <translation>Mit „%1“ beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to adjust: the agreement already fits the answers.</source>
        <translation>Nichts anzupassen: Die Vereinbarung passt bereits zu den Antworten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Start from the “%1” model</source>
        <translation>Mit dem Modell „%1“ beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started from the “%1” model, tailored to the answers:</source>
        <translation>Mit dem Modell „%1“ begonnen und an die Antworten angepasst:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tailor to the assessment</source>
        <translation>An die Bestandsaufnahme anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailored to the answers:</source>
        <translation>An die Antworten angepasst:</translation>
    </message>
</context>
<context>
    <name>AssessmentQuestions</name>
    <message>
        <location filename="../core/assessment/assessmentquestions.cpp" line="+21"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some</source>
        <translation>Etwas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Help desk and users</source>
        <translation>Helpdesk und Anwender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal IT team</source>
        <translation>Internes IT-Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage and projects</source>
        <translation>Abdeckung und Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of strain</source>
        <translation>Anzeichen von Überlastung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Help desk tickets a month</source>
        <translation>Helpdesk-Tickets im Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of tickets raised after hours</source>
        <translation>Anteil der Tickets außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In per cent, if your ticket system shows it</source>
        <translation>In Prozent, sofern Ihr Ticketsystem das anzeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptops, desktops, phones and servers</source>
        <translation>Laptops, Desktop-PCs, Telefone und Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names of the locations</source>
        <translation>Namen der Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One a line; the first is where internal IT works</source>
        <translation>Einer pro Zeile; zuerst der Standort der internen IT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal IT staff</source>
        <translation>Mitarbeitende der internen IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help desk skills</source>
        <translation>Helpdesk-Kenntnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint management skills</source>
        <translation>Kenntnisse im Endpoint-Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network skills</source>
        <translation>Netzwerkkenntnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft 365 skills</source>
        <translation>Microsoft-365-Kenntnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security skills</source>
        <translation>Sicherheitskenntnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud skills</source>
        <translation>Cloud-Kenntnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project skills</source>
        <translation>Projektkenntnisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated security staff</source>
        <translation>Eigenes Sicherheitspersonal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint detection and response on every device</source>
        <translation>Endpoint Detection and Response auf jedem Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multi-factor authentication for all users</source>
        <translation>Multi-Faktor-Authentifizierung für alle Anwender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups restored in a test this quarter</source>
        <translation>Backups in diesem Quartal testweise wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central logging of key systems</source>
        <translation>Zentrale Protokollierung wichtiger Systeme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patches deployed</source>
        <translation>Patches werden eingespielt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irregularly</source>
        <translation>Unregelmäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week or faster</source>
        <translation>Jede Woche oder öfter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security awareness training for staff</source>
        <translation>Security-Awareness-Schulungen für Mitarbeitende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compliance needs</source>
        <translation>Compliance-Anforderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frameworks, regulations and insurers to satisfy</source>
        <translation>Zu erfüllende Standards, Vorschriften und Versicherungsauflagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Microsoft 365 plan</source>
        <translation>Microsoft-365-Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Microsoft 365</source>
        <translation>Kein Microsoft 365</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business Basic</source>
        <translation>Business Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business Standard</source>
        <translation>Business Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business Premium</source>
        <translation>Business Premium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E3</source>
        <translation>E3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E5</source>
        <translation>E5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another plan</source>
        <translation>Anderer Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup and disaster recovery</source>
        <translation>Backup und Notfallwiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No regular backups</source>
        <translation>Keine regelmäßigen Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, never test-restored</source>
        <translation>Backups, nie testweise wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups tested by restores</source>
        <translation>Backups, per Wiederherstellung getestet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tested backups and a rehearsed recovery plan</source>
        <translation>Getestete Backups und ein geübter Wiederherstellungsplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network and infrastructure support needed</source>
        <translation>Bedarf an Netzwerk- und Infrastruktur-Support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Little: cloud first, one simple site</source>
        <translation>Gering: vorwiegend Cloud, ein einfacher Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some: servers or a firewall</source>
        <translation>Mittel: Server oder eine Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much: several sites, servers and firewalls</source>
        <translation>Hoch: mehrere Standorte, Server und Firewalls</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone covers urgent tickets after hours</source>
        <translation>Dringende Tickets werden auch außerhalb der Geschäftszeiten bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work carries on when someone is away</source>
        <translation>Die Arbeit läuft weiter, wenn jemand abwesend ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects waiting for people</source>
        <translation>Projekte, die auf Personal warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months the oldest of them has waited</source>
        <translation>Monate, die das älteste davon schon wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team is always reacting, rarely planning</source>
        <translation>Das Team reagiert ständig und plant selten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects slip behind tickets</source>
        <translation>Projekte werden wegen Tickets zurückgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security duties keep growing</source>
        <translation>Die Sicherheitsaufgaben nehmen ständig zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One person holds critical knowledge</source>
        <translation>Kritisches Wissen liegt bei einer einzigen Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response slows when someone is out</source>
        <translation>Die Reaktion verzögert sich, wenn jemand fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The business grows faster than IT</source>
        <translation>Das Unternehmen wächst schneller als die IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough Microsoft 365 or security depth</source>
        <translation>Zu wenig Fachtiefe bei Microsoft 365 oder Sicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership wants more maturity without outsourcing IT</source>
        <translation>Die Geschäftsleitung will eine reifere IT, ohne sie auszulagern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the answer “%2” %3.</source>
        <translation>%1: Die Antwort „%2“ %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is not a question of the assessment.</source>
        <translation>%1: „%2“ ist keine Frage der Bestandsaufnahme.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number from 0 to %1, or null</source>
        <translation>muss eine ganze Zahl von 0 bis %1 oder null sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be true, false or null</source>
        <translation>muss true, false oder null sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of %1, or null</source>
        <translation>muss einer der Werte %1 oder null sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list of texts, or null</source>
        <translation>muss eine Liste von Texten oder null sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must list texts of 1 to 200 characters</source>
        <translation>muss Texte mit 1 bis 200 Zeichen enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names “%1” twice</source>
        <translation>nennt „%1“ zweimal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lists more than 1,000 entries</source>
        <translation>enthält mehr als 1.000 Einträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a text of at most 100,000 characters</source>
        <translation>muss ein Text mit höchstens 100.000 Zeichen sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the answers file “%1”: %2.</source>
        <translation>Die Antwortdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is larger than 4 MiB: not an answers file.</source>
        <translation>„%1“ ist größer als 4 MiB: keine Antwortdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not valid JSON: %2 at byte %3.</source>
        <translation>„%1“ ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” must hold one JSON object of answers.</source>
        <translation>„%1“ muss ein JSON-Objekt mit Antworten enthalten.</translation>
    </message>
</context>
<context>
    <name>BusinessHours</name>
    <message>
        <location filename="../core/model/businesshours.cpp" line="+54"/>
        <source>unknown key “%1”</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a time zone (timeZone)</source>
        <translation>„%1“ ist keine Zeitzone (timeZone)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>workingDays must be a list of days 1 to 7</source>
        <translation>workingDays muss eine Liste von Tagen 1 bis 7 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opens and closes must be times such as 08:00</source>
        <translation>opens und closes müssen Uhrzeiten wie 08:00 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closing time %1 is not after opening time %2</source>
        <translation>Schließzeit %1 liegt nicht nach der Öffnungszeit %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holidays must be a list of dates</source>
        <translation>holidays muss eine Liste von Daten sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 holidays</source>
        <translation>mehr als %1 Feiertage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” in holidays is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ in holidays ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
</context>
<context>
    <name>BusinessHoursEdit</name>
    <message>
        <location filename="../ui/businesshoursedit.cpp" line="+29"/>
        <source>Add Holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Holiday</source>
        <translation>Feiertag entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone the business hours and the holidays are in; type part of a name to find it</source>
        <translation>Die Zeitzone der Geschäftszeiten und Feiertage; einen Teil des Namens tippen, um sie zu finden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening time</source>
        <translation>Beginn der Geschäftszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing time</source>
        <translation>Ende der Geschäftszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticket that comes in at closing time is after hours</source>
        <translation>Ein Ticket, das genau zum Geschäftsschluss eingeht, gilt als außerhalb der Geschäftszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holiday to add</source>
        <translation>Hinzuzufügender Feiertag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days that count as after hours all day; Delete removes the selected ones</source>
        <translation>Tage, die ganztägig als außerhalb der Geschäftszeit gelten; Entf entfernt die ausgewählten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours:</source>
        <translation>Geschäftszeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays:</source>
        <translation>Feiertage:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Change time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change working days</source>
        <translation>Arbeitstage ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing time must be after opening time.</source>
        <translation>Das Ende der Geschäftszeit muss nach ihrem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change opening time</source>
        <translation>Beginn der Geschäftszeit ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change closing time</source>
        <translation>Ende der Geschäftszeit ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add holiday %1</source>
        <translation>Feiertag %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove holiday %1</source>
        <translation>Feiertag %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n holiday(s)</source>
        <translation>
            <numerusform>%n Feiertag entfernen</numerusform>
            <numerusform>%n Feiertage entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanonicalForm</name>
    <message>
        <location filename="../core/revisions/canonicalform.cpp" line="+174"/>
        <source>%1: the stored content is damaged.</source>
        <translation>%1: der gespeicherte Inhalt ist beschädigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the stored content does not match its fingerprint.</source>
        <translation>%1: der gespeicherte Inhalt passt nicht zu seinem Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../core/revisions/change.cpp" line="+26"/>
        <source>duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+30"/>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+27"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation rule</source>
        <translation>Eskalationsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket category</source>
        <translation>Ticketkategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved review</source>
        <translation>gespeicherte Überprüfung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control references</source>
        <translation>Kontrollverweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>Verantwortliche Partei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum urgency</source>
        <translation>Mindestdringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP only</source>
        <translation>nur VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first responder</source>
        <translation>Erstbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation target</source>
        <translation>Eskalationsziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation trigger</source>
        <translation>Eskalationsauslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalate after (minutes)</source>
        <translation>eskalieren nach (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response target (minutes)</source>
        <translation>Reaktionsziel (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution target (minutes)</source>
        <translation>Lösungsziel (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after-hours handler</source>
        <translation>Bearbeiter außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review cadence (months)</source>
        <translation>Überprüfungsrhythmus (Monate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next review</source>
        <translation>nächste Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket mapping</source>
        <translation>Ticket-Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added %1 %2</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1 %2</source>
        <translation>%1 %2 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty %1: %2 %3 → %4</source>
        <translation>Aufgabe %1: %2 %3 → %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool %1: access of %2 %3 → %4</source>
        <translation>Tool %1: Zugriff von %2 %3 → %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duty %1 moved from %2 to %3</source>
        <translation>Aufgabe %1 von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty %1 retitled to %2</source>
        <translation>Aufgabe %1 umbenannt in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty %1 moved from place %2 to %3 within its area</source>
        <translation>Aufgabe %1 innerhalb ihres Bereichs von Platz %2 auf %3 verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule %1 moved from place %2 to %3</source>
        <translation>Regel %1 von Platz %2 auf %3 verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details: %1 %2 → %3</source>
        <translation>Angaben: %1 %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3 %4 → %5</source>
        <translation>%1 %2: %3 %4 → %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: edited on one side, removed on the other (base %2, ours %3, theirs %4)</source>
        <translation>%1: auf einer Seite bearbeitet, auf der anderen entfernt (Basis %2, unsere %3, ihre %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: base %3, ours %4, theirs %5</source>
        <translation>%1, %2: Basis %3, unsere %4, ihre %5</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../ui/chartspanel.cpp" line="+71"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountable</source>
        <translation>Rechenschaftspflichtig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duties per party</source>
        <translation>Aufgaben je Partei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of the work per area</source>
        <translation>Arbeitsanteil je Bereich</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+16"/>
        <source>Check an agreement and print its findings. Exits with 0 when there are no errors, 1 when there are, 2 when the file cannot be read.</source>
        <translation>Eine Vereinbarung prüfen und die Befunde ausgeben. Endet mit 0, wenn es keine Fehler gibt, mit 1, wenn es welche gibt, und mit 2, wenn die Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agreement to check.</source>
        <translation>Die zu prüfende Vereinbarung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one file.</source>
        <translation>genau eine Datei angeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../ui/choicedelegate.cpp" line="+29"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+73"/>
        <source>Usage: dutymap-cli COMMAND [options] [FILE]

Plan who does what in co-managed IT, without a display.

Commands:
</source>
        <translation>Aufruf: dutymap-cli BEFEHL [Optionen] [DATEI]

Planen, wer in Co-Managed-IT was übernimmt, ohne Bildschirm.

Befehle:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Run &apos;dutymap-cli COMMAND --help&apos; for the options of one command.

Exit codes:
  0  success
  1  check found errors in the agreement; route found no rule; diff found
     differences; merge left conflicts; sign found it signed already;
     import found problems in the sheet; db push found the agreement
     saved by someone else since, or its name taken
  2  a file or the database could not be read or written
  3  wrong usage
</source>
        <translation>
&apos;dutymap-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.

Exit-Codes:
  0  Erfolg
  1  check fand Fehler in der Vereinbarung; route fand keine Regel; diff fand
     Unterschiede; merge ließ Konflikte offen; sign fand sie schon signiert;
     import fand Probleme in der Tabelle; db push fand die Vereinbarung
     inzwischen von jemand anderem gespeichert oder ihren Namen vergeben
  2  eine Datei oder die Datenbank konnte nicht gelesen oder geschrieben werden
  3  falscher Aufruf
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command “%1”.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+21"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: dutymap-cli %1 [options] %2</source>
        <translation>Aufruf: dutymap-cli %1 [Optionen] %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="+40"/>
        <source>Roles changed</source>
        <translation>Geänderte Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties added</source>
        <translation>Hinzugefügte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties removed</source>
        <translation>Entfernte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties moved</source>
        <translation>Verschobene Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties retitled</source>
        <translation>Umbenannte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties reordered</source>
        <translation>Umsortierte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty fields changed</source>
        <translation>Geänderte Aufgabenfelder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details and signatories</source>
        <translation>Angaben und Unterzeichner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation rules</source>
        <translation>Eskalationsregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools and access</source>
        <translation>Werkzeuge und Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No differences between %1 and %2.</source>
        <translation>Keine Unterschiede zwischen %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) from %1 to %2. Changed cells show the old role struck through beside the new; added duties are green, removed ones red.</source>
        <translation>
            <numerusform>%n Änderung von %1 zu %2. Geänderte Zellen zeigen die alte Rolle durchgestrichen neben der neuen; hinzugefügte Aufgaben sind grün, entfernte rot.</numerusform>
            <numerusform>%n Änderungen von %1 zu %2. Geänderte Zellen zeigen die alte Rolle durchgestrichen neben der neuen; hinzugefügte Aufgaben sind grün, entfernte rot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All changes (%1)</source>
        <translation>Alle Änderungen (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (moved from %2)</source>
        <translation>%1 (verschoben aus %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
</context>
<context>
    <name>ConflictSettlement</name>
    <message>
        <location filename="../core/revisions/conflictsettlement.cpp" line="+119"/>
        <source>A conflict about “%1” cannot be settled here.</source>
        <translation>Ein Konflikt zu „%1“ kann hier nicht entschieden werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 cannot be typed; take ours or theirs.</source>
        <translation>%1 kann nicht eingegeben werden; übernehmen Sie unsere oder ihre Fassung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” for %2 on “%3” is not a RACI role (A, R, C, I or a combination such as A/R).</source>
        <translation>„%1“ für %2 bei „%3“ ist keine RACI-Rolle (A, R, C, I oder eine Kombination wie A/R).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” for %2 of “%3” is not a whole number.</source>
        <translation>„%1“ für %2 von „%3“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: take ours or theirs.</source>
        <translation>%1: Übernehmen Sie unsere oder ihre Fassung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the item is no longer in the merged agreement.</source>
        <translation>%1: Der Eintrag ist nicht mehr in der zusammengeführten Vereinbarung.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the merged agreement</source>
        <translation>die zusammengeführte Vereinbarung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The conflicts cannot be settled this way: %1</source>
        <translation>Die Konflikte lassen sich so nicht entscheiden: %1</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <location filename="../core/exchange/csvformat.cpp" line="+19"/>
        <source>CSV matrix</source>
        <translation>CSV-Matrix</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../core/exchange/csvimport.cpp" line="+461"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, row %2</source>
        <translation>„%1“, Zeile %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, row %2, column %3</source>
        <translation>„%1“, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, row %2, column %3 (%4)</source>
        <translation>„%1“, Zeile %2, Spalte %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is UTF-16 text; save it as CSV in UTF-8</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als CSV in UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a text file: byte %1 (line %2) is a zero byte</source>
        <translation>keine Textdatei: Byte %1 (Zeile %2) ist ein Nullbyte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not UTF-8 text (line %1 holds bytes that are not UTF-8); save it as CSV in UTF-8</source>
        <translation>kein UTF-8-Text (Zeile %1 enthält Bytes, die kein UTF-8 sind); speichern Sie die Datei als CSV in UTF-8</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the file has more than %1 rows</source>
        <translation>die Datei hat mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the row has more than %1 columns</source>
        <translation>die Zeile hat mehr als %1 Spalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a quoted cell is never closed (its opening quote is on line %1)</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen (ihr öffnendes Anführungszeichen steht in Zeile %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>text follows the closing quote of a quoted cell</source>
        <translation>auf das schließende Anführungszeichen einer Zelle folgt noch Text</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the cell is longer than %1 characters</source>
        <translation>die Zelle ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the column has no name</source>
        <translation>die Spalte hat keinen Namen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is neither a known column (Area, Duty, Kind, System, Ownership) nor a party of the agreement (%2)</source>
        <translation>„%1“ ist weder eine bekannte Spalte (Area, Duty, Kind, System, Ownership) noch eine Partei der Vereinbarung (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>column %1 (“%2”) already means the same</source>
        <translation>Spalte %1 („%2“) bedeutet bereits dasselbe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header row has no “Duty” column</source>
        <translation>die Kopfzeile hat keine Spalte „Duty“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the header row has no “Area” column</source>
        <translation>die Kopfzeile hat keine Spalte „Area“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the row has %1 cells, the header row %2</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1” is not a duty kind (task, security, approval, project)</source>
        <translation>„%1“ ist keine Aufgabenart (task, security, approval, project)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is too long to be a RACI value</source>
        <translation>„%1“ ist zu lang für einen RACI-Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the area is empty</source>
        <translation>der Bereich ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the duty has no title</source>
        <translation>die Aufgabe hat keinen Titel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was imported from “%1”: %2.</source>
        <translation>Aus „%1“ wurde nichts importiert: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported from “%1”: it has %2 problems.</source>
        <translation>Aus „%1“ wurde nichts importiert: Die Datei hat %2 Probleme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was imported from “%1”: the file is %2 MiB, larger than %3 MiB.</source>
        <translation>Aus „%1“ wurde nichts importiert: Die Datei ist %2 MiB groß, also größer als %3 MiB.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <location filename="../core/storage/database/databaseaddress.cpp" line="+66"/>
        <source>“%1” is not a PostgreSQL address: %2</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it must start with postgresql://, as in postgresql://user@host:5432/dbname?sslmode=require.</source>
        <translation>Sie muss mit postgresql:// beginnen, wie in postgresql://benutzer@host:5432/dbname?sslmode=require.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>several hosts are not supported; name one.</source>
        <translation>Mehrere Hosts werden nicht unterstützt; geben Sie einen an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the IPv6 address has no closing “]”.</source>
        <translation>Der IPv6-Adresse fehlt die schließende „]“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” after the IPv6 address is not a port.</source>
        <translation>„%1“ nach der IPv6-Adresse ist kein Port.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <source>“%1” is not a port number from 1 to 65535.</source>
        <translation>„%1“ ist keine Portnummer von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the parameter “%1” has no value.</source>
        <translation>Der Parameter „%1“ hat keinen Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a parameter name.</source>
        <translation>„%1“ ist kein Parametername.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of “%1” contains a “;”.</source>
        <translation>Der Wert von „%1“ enthält ein „;“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” contains a “;”.</source>
        <translation>„%1“ enthält ein „;“.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <location filename="../core/storage/database/databaseconnection.cpp" line="+33"/>
        <location line="+14"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../ui/databasedialog.cpp" line="+45"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open from Database</source>
        <translation>Aus Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Database</source>
        <translation>In Datenbank speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio from Database</source>
        <translation>Portfolio aus Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shared store of your team: a PostgreSQL database set up once with “dutymap-cli db init”.</source>
        <translation>Der gemeinsame Speicher Ihres Teams: eine PostgreSQL-Datenbank, einmal eingerichtet mit „dutymap-cli db init“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>localhost, a server name, or a socket folder such as /var/run/postgresql</source>
        <translation>localhost, ein Servername oder ein Socket-Ordner wie /var/run/postgresql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name when empty</source>
        <translation>leer: der Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>require: always encrypted; verify-full: encrypted, and the server&apos;s certificate is checked against its name</source>
        <translation>require: immer verschlüsselt; verify-full: verschlüsselt, und das Zertifikat des Servers wird gegen seinen Namen geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: kept in the keychain, or PGPASSWORD or ~/.pgpass</source>
        <translation>leer: aus dem Schlüsselbund, aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption (sslmode):</source>
        <translation>V&amp;erschlüsselung (sslmode):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved at</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements in the database</source>
        <translation>Vereinbarungen in der Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Agreements:</source>
        <translation>Vereinb&amp;arungen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List Portfolio</source>
        <translation>Portfolio &amp;listen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name in the database:</source>
        <translation>&amp;Name in der Datenbank:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect to see the agreements stored there.</source>
        <translation>Verbinden Sie sich, um die dort gespeicherten Vereinbarungen zu sehen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Connect again to see the agreements of this connection.</source>
        <translation>Verbinden Sie sich erneut, um die Vereinbarungen dieser Verbindung zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1. No agreement is stored there yet.</source>
        <translation>Verbunden mit %1. Dort ist noch keine Vereinbarung gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1. Agreements stored there: %2.</source>
        <translation>Verbunden mit %1. Dort gespeicherte Vereinbarungen: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the agreement to open.</source>
        <translation>Wählen Sie die Vereinbarung, die geöffnet werden soll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is taken: saved by %2. Choose another name, or open that agreement to work on it.</source>
        <translation>„%1“ ist vergeben: gespeichert von %2. Wählen Sie einen anderen Namen, oder öffnen Sie diese Vereinbarung, um daran zu arbeiten.</translation>
    </message>
</context>
<context>
    <name>DatabaseSchema</name>
    <message>
        <location filename="../core/storage/database/databaseschema.cpp" line="+54"/>
        <location line="+95"/>
        <source>The database refused to set up the Dutymap store: %1</source>
        <translation>Die Datenbank hat das Einrichten des Dutymap-Speichers abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+5"/>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database has a “dutymap” schema, but no valid schema_version in dutymap.meta.</source>
        <translation>Die Datenbank hat ein Schema „dutymap“, aber keine gültige schema_version in dutymap.meta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+42"/>
        <source>The Dutymap store in this database was made by a newer Dutymap (version %1); this one knows version %2.</source>
        <translation>Der Dutymap-Speicher in dieser Datenbank stammt von einem neueren Dutymap (Version %1); dieses kennt Version %2.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The database has no Dutymap store yet: set it up with “dutymap-cli db init --db URL”.</source>
        <translation>Die Datenbank hat noch keinen Dutymap-Speicher: Richten Sie ihn mit „dutymap-cli db init --db URL“ ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dutymap store in this database is version %1; upgrade it to version %2 with “dutymap-cli db init --db URL”.</source>
        <translation>Der Dutymap-Speicher in dieser Datenbank hat Version %1; aktualisieren Sie ihn mit „dutymap-cli db init --db URL“ auf Version %2.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="+21"/>
        <source>The shared store on PostgreSQL: init, push FILE, pull NAME -o FILE, list (--db URL or DUTYMAP_DB).</source>
        <translation>Der gemeinsame Speicher auf PostgreSQL: init, push DATEI, pull NAME -o DATEI, list (--db URL oder DUTYMAP_DB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>init: create or upgrade the store; push FILE: store an agreement; pull NAME: write one to a file; list: the agreements in the store.</source>
        <translation>init: Speicher anlegen oder aktualisieren; push DATEI: eine Vereinbarung speichern; pull NAME: eine in eine Datei schreiben; list: die Vereinbarungen im Speicher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to push, or the name to pull.</source>
        <translation>Die Datei für push oder der Name für pull.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database, as a PostgreSQL URI: postgresql://user@host:port/dbname?sslmode=require (host=/folder for a Unix socket). Default: the DUTYMAP_DB environment variable. A password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Die Datenbank als PostgreSQL-URI: postgresql://benutzer@host:port/dbname?sslmode=require (host=/ordner für einen Unix-Socket). Standard: die Umgebungsvariable DUTYMAP_DB. Ein Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>push: the agreement&apos;s name in the store (default: the file&apos;s name without its extension).</source>
        <translation>push: der Name der Vereinbarung im Speicher (Standard: der Dateiname ohne Endung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>push: save over this version of an agreement already stored (the version pull reported); refused when someone saved since.</source>
        <translation>push: über diese Version einer bereits gespeicherten Vereinbarung speichern (die Version, die pull gemeldet hat); abgelehnt, wenn seither jemand gespeichert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>push: save over the stored agreement, whatever its version.</source>
        <translation>push: über die gespeicherte Vereinbarung speichern, gleich welche Version sie hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pull: the file to write (.dutymap or .json).</source>
        <translation>pull: die zu schreibende Datei (.dutymap oder .json).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give an action: init, push, pull or list.</source>
        <translation>Geben Sie eine Aktion an: init, push, pull oder list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes exactly one argument.</source>
        <translation>%1 nimmt genau ein Argument.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes no argument.</source>
        <translation>%1 nimmt kein Argument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--name, --over and --replace are for push.</source>
        <translation>--name, --over und --replace gehören zu push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-o is for pull.</source>
        <translation>-o gehört zu pull.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pull needs -o FILE.</source>
        <translation>pull braucht -o DATEI.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--over needs a version number from 1 up.</source>
        <translation>--over braucht eine Versionsnummer ab 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --over or --replace, not both.</source>
        <translation>Geben Sie --over oder --replace an, nicht beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the database with --db URL or the DUTYMAP_DB environment variable.</source>
        <translation>Nennen Sie die Datenbank mit --db URL oder der Umgebungsvariable DUTYMAP_DB.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Set up the Dutymap store (version %1) in %2.</source>
        <translation>Dutymap-Speicher (Version %1) in %2 eingerichtet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgraded the Dutymap store in %1 from version %2 to %3.</source>
        <translation>Dutymap-Speicher in %1 von Version %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Dutymap store in %1 is up to date (version %2).</source>
        <translation>Der Dutymap-Speicher in %1 ist aktuell (Version %2).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved “%1” to %2 as version %3.</source>
        <translation>„%1“ in %2 als Version %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Push with --over %1 to save over that version, or with --replace.</source>
        <translation>Mit push --over %1 über diese Version speichern, oder mit --replace.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote “%1” version %2, saved by %3, to %4.</source>
        <translation>„%1“ Version %2, gespeichert von %3, nach %4 geschrieben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No agreements in %1.</source>
        <translation>Keine Vereinbarungen in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SAVED</source>
        <translation>GESPEICHERT</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../ui/detailspage.cpp" line="+38"/>
        <source>Fixed date:</source>
        <translation>Festes Datum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent out for review</source>
        <translation>Zur Prüfung versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign Revision…</source>
        <translation>Revision unterzeichnen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The draft is with the other party; it is still a draft until it is signed</source>
        <translation>Der Entwurf liegt bei der anderen Partei; bis zur Unterzeichnung bleibt er ein Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signs for</source>
        <translation>Unterzeichnet für</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add signatory</source>
        <translation>Unte&amp;rzeichner hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>D&amp;ienstleister:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Months between two reviews of the agreement</source>
        <translation>Monate zwischen zwei Überprüfungen der Vereinbarung</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Started from model:</source>
        <translation>Ausgangsmodell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect&amp;ive date:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review every (months):</source>
        <translation>&amp;Überprüfung alle (Monate):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Revisions…</source>
        <translation>Revisionen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Si&amp;gnatories:</source>
        <translation>&amp;Unterzeichner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business hours:</source>
        <translation>Geschäftszeiten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 — never signed</source>
        <translation>%1 — nie unterzeichnet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2 · fingerprint %3</source>
        <translation>%1 von %2 · Fingerabdruck %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>(no party)</source>
        <translation>(keine Partei)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit provider</source>
        <translation>Dienstleister bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change model</source>
        <translation>Modell ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change effective date</source>
        <translation>Gültigkeitsdatum ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change review cadence</source>
        <translation>Überprüfungsrhythmus ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change next review</source>
        <translation>Nächste Überprüfung ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as in review</source>
        <translation>Als in Prüfung markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as draft</source>
        <translation>Als Entwurf markieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit signatories</source>
        <translation>Unterzeichner bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New signatory</source>
        <translation>Neuer Unterzeichner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add signatory</source>
        <translation>Unterzeichner hinzufügen</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+260"/>
        <source>Remove signatory</source>
        <translation>Unterzeichner entfernen</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="+48"/>
        <source>Show what changed between two agreements, or revisions (FILE@N). Exits with 0 when they are equal, 1 when they differ, 2 when a file cannot be read.</source>
        <translation>Zeigt, was sich zwischen zwei Vereinbarungen oder Revisionen (DATEI@N) geändert hat. Gibt 0 zurück, wenn sie gleich sind, 1, wenn sie sich unterscheiden, 2, wenn eine Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The older agreement: a file, or FILE@N for its signed revision N.</source>
        <translation>Die ältere Vereinbarung: eine Datei oder DATEI@N für ihre unterzeichnete Revision N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newer agreement.</source>
        <translation>Die neuere Vereinbarung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text (default), json or md.</source>
        <translation>text (Standard), json oder md.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to this file instead of the output.</source>
        <translation>In diese Datei statt in die Ausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give two agreements.</source>
        <translation>zwei Vereinbarungen angeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the format is text, json or md.</source>
        <translation>das Format ist text, json oder md.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source># Changes from %1 to %2

</source>
        <translation># Änderungen von %1 zu %2

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="+331"/>
        <source>Edit assessment</source>
        <translation>Bestandsaufnahme bearbeiten</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Set roles</source>
        <translation>Rollen festlegen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set roles of %n cells</source>
        <translation>
            <numerusform>Rollen von %n Zelle festlegen</numerusform>
            <numerusform>Rollen von %n Zellen festlegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add duty</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit duty</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove duty</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Remove %n duties</source>
        <translation>
            <numerusform>%n Aufgabe entfernen</numerusform>
            <numerusform>%n Aufgaben entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move duty</source>
        <translation>Aufgabe verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add area</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit area</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove area “%1”</source>
        <translation>Bereich „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move area</source>
        <translation>Bereich verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add system</source>
        <translation>System hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit system</source>
        <translation>System bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove system “%1”</source>
        <translation>System „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move system</source>
        <translation>System verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add party</source>
        <translation>Partei hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit party</source>
        <translation>Partei bearbeiten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove party “%1”</source>
        <translation>Partei „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move party</source>
        <translation>Partei verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add escalation rule</source>
        <translation>Eskalationsregel hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit escalation rule</source>
        <translation>Eskalationsregel bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove escalation rule</source>
        <translation>Eskalationsregel entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move escalation rule</source>
        <translation>Eskalationsregel verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add tool</source>
        <translation>Tool hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit tool</source>
        <translation>Tool bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove tool “%1”</source>
        <translation>Tool „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move tool</source>
        <translation>Tool verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit agreement details</source>
        <translation>Angaben zur Vereinbarung bearbeiten</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../core/model/duration.cpp" line="+17"/>
        <source>1 day</source>
        <translation>1 d</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+8"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <location filename="../core/model/duty.cpp" line="+39"/>
        <source>Task</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval / decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>DutyInspector</name>
    <message>
        <location filename="../ui/dutyinspector.cpp" line="+31"/>
        <source>Select a duty in the matrix to edit it here.</source>
        <translation>Zum Bearbeiten eine Aufgabe in der Matrix wählen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Area:</source>
        <translation>Bere&amp;ich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Des&amp;cription:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sys&amp;tem:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fre&amp;quency:</source>
        <translation>Häufi&amp;gkeit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cont&amp;rols:</source>
        <translation>&amp;Kontrollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. NIST CSF 2.0 PR.AA-05; CIS v8 6.1</source>
        <translation>z. B. NIST CSF 2.0 PR.AA-05; CIS v8 6.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control references, separated by semicolons</source>
        <translation>Verweise auf Kontrollen, durch Semikolons getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other…</source>
        <translation>Andere …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. after each board meeting</source>
        <translation>z. B. nach jeder Vorstandssitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency in your own words</source>
        <translation>Häufigkeit in eigenen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often, in your own words</source>
        <translation>Wie oft, in eigenen Worten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>(no single system)</source>
        <translation>(kein einzelnes System)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rename duty</source>
        <translation>Aufgabe umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move duty to another area</source>
        <translation>Aufgabe in einen anderen Bereich verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change system</source>
        <translation>System ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change frequency</source>
        <translation>Häufigkeit ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit control references</source>
        <translation>Verweise auf Kontrollen bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>EscalationRule</name>
    <message>
        <location filename="../core/model/escalationrule.cpp" line="+42"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No escalation</source>
        <translation>Keine Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs approval</source>
        <translation>Freigabe erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs business context</source>
        <translation>Geschäftlicher Kontext erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unresolved after a time</source>
        <translation>Nach einer Frist ungelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security incident</source>
        <translation>Sicherheitsvorfall</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+23"/>
        <source>Export an agreement. Formats: %1.</source>
        <translation>Eine Vereinbarung exportieren. Formate: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement to export.</source>
        <translation>Die zu exportierende Vereinbarung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output file; when omitted, standard output, or for PDF and XLSX the agreement&apos;s name with the format&apos;s extension beside it.</source>
        <translation>Ausgabedatei; ohne sie die Standardausgabe, bei PDF und XLSX der Name der Vereinbarung mit der Endung des Formats daneben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Limit the export to one party&apos;s responsibilities (its name or code).</source>
        <translation>Den Export auf die Zuständigkeiten einer Partei beschränken (ihr Name oder Kürzel).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one file.</source>
        <translation>genau eine Datei angeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown format “%1”; choose one of: %2.</source>
        <translation>unbekanntes Format „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give --format (%1) or an output file with one of these extensions.</source>
        <translation>--format (%1) oder eine Ausgabedatei mit einer dieser Endungen angeben.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>the %1 format needs the graphical libraries, which this program did not start.</source>
        <translation>das Format %1 benötigt die Grafikbibliotheken, die dieses Programm nicht gestartet hat.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no party “%1” in the agreement; its parties are: %2.</source>
        <translation>keine Partei „%1“ in der Vereinbarung; ihre Parteien sind: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” would replace the agreement itself; give an output file with -o.</source>
        <translation>„%1“ würde die Vereinbarung selbst ersetzen; geben Sie mit -o eine Ausgabedatei an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+23"/>
        <location line="+71"/>
        <source>Export Agreement</source>
        <translation>Vereinbarung exportieren</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All parties</source>
        <translation>Alle Parteien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit the export to the duties one party holds a role in.</source>
        <translation>Den Export auf die Aufgaben beschränken, bei denen eine Partei eine Rolle hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Party:</source>
        <translation>&amp;Partei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+33"/>
        <source>&amp;With findings</source>
        <translation>Mit Be&amp;funden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter duties…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows duties whose title, description, controls or notes contain this text. Escape clears the filter.</source>
        <translation>Zeigt Aufgaben, deren Titel, Beschreibung, Kontrollen oder Notizen diesen Text enthalten. Esc leert den Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any role</source>
        <translation>jede Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every duty</source>
        <translation>Alle Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any party</source>
        <translation>Alle Parteien</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../core/checks/finding.cpp" line="+22"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="+45"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../ui/findingspanel.cpp" line="+73"/>
        <source>Open or create an agreement to check it.</source>
        <translation>Öffnen oder erstellen Sie eine Vereinbarung, um sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No findings: the agreement passes every check.</source>
        <translation>Keine Befunde: Die Vereinbarung besteht jede Prüfung.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderSource</name>
    <message>
        <location filename="../core/portfolio/foldersource.cpp" line="+107"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 cannot be read.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../core/exchange/format.cpp" line="+33"/>
        <source>Dutymap cannot read %1 files (“%2”).</source>
        <translation>Dutymap kann keine %1-Dateien lesen („%2“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not export “%1” as %2: %3.</source>
        <translation>„%1“ konnte nicht als %2 exportiert werden: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the output could not be written</source>
        <translation>die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <location filename="../core/exchange/formatregistry.cpp" line="+100"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <location filename="../core/model/frequency.cpp" line="+53"/>
        <source>continuous</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every six months</source>
        <translation>halbjährlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on request</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per incident</source>
        <translation>je Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per change</source>
        <translation>je Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per project</source>
        <translation>je Projekt</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <location filename="../core/checks/healthcheck.cpp" line="+63"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duty %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule %1, %2</source>
        <translation>Regel %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The agreement has no Internal IT party. Add the client&apos;s internal IT team so it keeps ownership and decisions.</source>
        <translation>Die Vereinbarung hat keine Partei „Interne IT“. Fügen Sie das interne IT-Team des Kunden hinzu, damit Verantwortung und Entscheidungen bei ihm bleiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agreement has no service provider party. Add the managed service provider that shares the work.</source>
        <translation>Die Vereinbarung hat keine Dienstleister-Partei. Fügen Sie den Managed Service Provider hinzu, der sich die Arbeit teilt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agreement has no parties. A co-managed agreement needs at least internal IT and the service provider.</source>
        <translation>Die Vereinbarung hat keine Parteien. Eine Co-Managed-Vereinbarung braucht mindestens die interne IT und den Dienstleister.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement has only one party, %1. A co-managed agreement needs at least internal IT and the service provider.</source>
        <translation>Die Vereinbarung hat nur eine Partei, %1. Eine Co-Managed-Vereinbarung braucht mindestens die interne IT und den Dienstleister.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The review of the agreement is due in %n day(s), on %1.</source>
        <translation>
            <numerusform>Die Überprüfung der Vereinbarung ist in %n Tag fällig, am %1.</numerusform>
            <numerusform>Die Überprüfung der Vereinbarung ist in %n Tagen fällig, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review of the agreement was due on %1. Hold the review and set the next date.</source>
        <translation>Die Überprüfung der Vereinbarung war am %1 fällig. Führen Sie die Überprüfung durch und legen Sie den nächsten Termin fest.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The agreement has %n change(s) since revision %1 was signed on %2; sign revision %3 when the parties agree.</source>
        <translation>
            <numerusform>Die Vereinbarung hat %n Änderung, seit Revision %1 am %2 unterzeichnet wurde; unterzeichnen Sie Revision %3, wenn die Parteien zustimmen.</numerusform>
            <numerusform>Die Vereinbarung hat %n Änderungen, seit Revision %1 am %2 unterzeichnet wurde; unterzeichnen Sie Revision %3, wenn die Parteien zustimmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not assigned to anyone. Give one party the A and at least one the R.</source>
        <translation>%1 ist niemandem zugewiesen. Geben Sie einer Partei das A und mindestens einer das R.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has parties Consulted or Informed but no one does it or owns it. Give one party the A and at least one the R.</source>
        <translation>%1 hat konsultierte oder informierte Parteien, aber niemand führt sie aus oder trägt die Verantwortung. Geben Sie einer Partei das A und mindestens einer das R.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no one Accountable. Give exactly one party the A.</source>
        <translation>%1 hat niemanden, der rechenschaftspflichtig ist. Geben Sie genau einer Partei das A.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has %2 parties Accountable: %3. Keep exactly one A so one party owns the outcome.</source>
        <translation>%1 hat %2 rechenschaftspflichtige Parteien: %3. Behalten Sie genau ein A, damit eine Partei für das Ergebnis einsteht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no one Responsible. Give at least one party the R so someone does the work.</source>
        <translation>%1 hat niemanden, der verantwortlich ist. Geben Sie mindestens einer Partei das R, damit jemand die Arbeit erledigt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has %2 parties Consulted; more than %3 slows every decision. Move some to Informed.</source>
        <translation>%1 hat %2 konsultierte Parteien; mehr als %3 verlangsamen jede Entscheidung. Stufen Sie einige auf „Informiert“ herab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is a decision, yet %2 is Accountable for it. Internal IT must keep decision authority: give internal IT the A and %2 the R or C.</source>
        <translation>%1 ist eine Entscheidung, trotzdem ist %2 dafür rechenschaftspflichtig. Die Entscheidungsbefugnis muss bei der internen IT bleiben: Geben Sie der internen IT das A und %2 das R oder C.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 does %2 but internal IT holds no role on it. Mark internal IT at least Informed so nothing is hidden behind a vendor wall.</source>
        <translation>%1 erledigt %2, aber die interne IT hat dabei keine Rolle. Setzen Sie die interne IT mindestens auf „Informiert“, damit nichts hinter einer Dienstleister-Mauer verborgen bleibt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is neither Responsible nor Accountable for any duty. Give it work or remove it from the agreement.</source>
        <translation>%1 ist für keine Aufgabe verantwortlich oder rechenschaftspflichtig. Weisen Sie der Partei Aufgaben zu oder entfernen Sie sie aus der Vereinbarung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is Accountable for %2% of all duties (%3 of %4). Share ownership so one party does not have to sign off on everything.</source>
        <translation>%1 ist für %2 % aller Aufgaben rechenschaftspflichtig (%3 von %4). Verteilen Sie die Verantwortung, damit nicht eine Partei alles abzeichnen muss.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has no access to %2, not even Read. Give internal IT at least Read so the business is never locked out of its own systems.</source>
        <translation>%1 hat keinen Zugriff auf %2, nicht einmal Lesen. Geben Sie der internen IT mindestens Lesezugriff, damit das Unternehmen nie aus den eigenen Systemen ausgesperrt ist.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The %1 access of %2 to %3 expired on %4. Remove it, or renew it with a new expiry date.</source>
        <translation>Der Zugriff von %2 auf %3 (Stufe „%1“) ist am %4 abgelaufen. Entfernen Sie ihn oder verlängern Sie ihn mit einem neuen Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has Admin access to %2 without multi-factor authentication. Require MFA for every admin account.</source>
        <translation>%1 hat Admin-Zugriff auf %2 ohne Multi-Faktor-Authentifizierung. Verlangen Sie MFA für jedes Admin-Konto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has Admin access to %2 but is neither Responsible nor Accountable for any duty that needs it. Lower the access, or record the duty that needs it.</source>
        <translation>%1 hat Admin-Zugriff auf %2, ist aber für keine Aufgabe verantwortlich oder rechenschaftspflichtig, die ihn erfordert. Verringern Sie den Zugriff oder erfassen Sie die Aufgabe, die ihn erfordert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is Responsible for %2, which needs %3, but has no Operate or Admin access to it. Give %1 the access the work needs.</source>
        <translation>%1 ist für %2 verantwortlich, wofür %3 nötig ist, hat aber keinen Bedien- oder Admin-Zugriff auf %3. Geben Sie %1 den Zugriff, den die Arbeit erfordert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is Responsible for %2 duties that need %3 (%4 first), but has no Operate or Admin access to it. Give %1 the access the work needs.</source>
        <translation>%1 ist für %2 Aufgaben verantwortlich, die %3 benötigen (zuerst %4), hat aber keinen Bedien- oder Admin-Zugriff auf %3. Geben Sie %1 den Zugriff, den die Arbeit erfordert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agreement has no escalation rules, so no one knows who takes a ticket first. Add rules and end them with a catch-all.</source>
        <translation>Die Vereinbarung hat keine Eskalationsregeln, daher weiß niemand, wer ein Ticket zuerst übernimmt. Fügen Sie Regeln hinzu und schließen Sie sie mit einer Auffangregel ab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No escalation rule matches every ticket, so some tickets have no one to go to. End the list with a catch-all rule (any category, urgency and location).</source>
        <translation>Keine Eskalationsregel passt auf jedes Ticket, daher haben manche Tickets keinen Empfänger. Schließen Sie die Liste mit einer Auffangregel ab (jede Kategorie, Dringlichkeit und jeder Standort).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 matches every ticket, so the rules after it, starting with %2, can never apply. Move %1 to the end of the list.</source>
        <translation>%1 passt auf jedes Ticket, daher greifen die folgenden Regeln ab %2 nie. Verschieben Sie %1 an das Ende der Liste.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>urgency %1</source>
        <translation>Dringlichkeit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP user</source>
        <translation>VIP-Anwender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a VIP user</source>
        <translation>kein VIP-Anwender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in office hours</source>
        <translation>während der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at any site</source>
        <translation>an beliebigem Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>am Standort %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No escalation rule takes some %1 tickets (for example: %2). Add a rule for the category or end the list with a catch-all.</source>
        <translation>Keine Eskalationsregel übernimmt manche Tickets der Kategorie %1 (zum Beispiel: %2). Fügen Sie eine Regel für die Kategorie hinzu oder schließen Sie die Liste mit einer Auffangregel ab.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is for the category %2, which is not one of the agreement&apos;s ticket categories, so it never applies. Pick a listed category or add it.</source>
        <translation>%1 gilt für die Kategorie %2, die nicht zu den Ticket-Kategorien der Vereinbarung gehört, und greift daher nie. Wählen Sie eine aufgeführte Kategorie oder fügen Sie die Kategorie hinzu.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 can never apply: %2, earlier in the list, already takes every ticket it matches. Move it above %2 or remove it.</source>
        <translation>%1 kann nie greifen: %2 steht weiter oben in der Liste und übernimmt bereits jedes Ticket, auf das sie passt. Verschieben Sie sie über %2 oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 escalates %2 tickets to %3, which is neither Responsible nor Accountable for any duty in %4. Escalate to a party that works in that area, or give %3 its role there.</source>
        <translation>%1 eskaliert Tickets aus %2 an %3, obwohl diese Partei für keine Aufgabe in %4 verantwortlich oder rechenschaftspflichtig ist. Eskalieren Sie an eine Partei, die in diesem Bereich arbeitet, oder geben Sie %3 dort eine Rolle.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes critical tickets but agrees no response time for them. Set a critical response target.</source>
        <translation>%1 übernimmt kritische Tickets, vereinbart dafür aber keine Reaktionszeit. Legen Sie ein Reaktionsziel für kritische Dringlichkeit fest.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 takes tickets after hours but names no one to handle them: no first responder and no after-hours handler. Name who picks them up.</source>
        <translation>%1 übernimmt Tickets außerhalb der Geschäftszeiten, nennt aber niemanden, der sie bearbeitet: weder einen Erstbearbeiter noch einen Bearbeiter außerhalb der Geschäftszeiten. Legen Sie fest, wer sie übernimmt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No escalation rule takes tickets after hours, so an evening outage has no one to go to. Add a rule for after-hours tickets and name its handler.</source>
        <translation>Keine Eskalationsregel übernimmt Tickets außerhalb der Geschäftszeiten, daher hat ein Ausfall am Abend keinen Empfänger. Fügen Sie eine Regel für Tickets außerhalb der Geschäftszeiten hinzu und legen Sie deren Bearbeiter fest.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ticket category %1 is listed twice. Rename or remove one of them.</source>
        <translation>Die Ticket-Kategorie %1 ist doppelt aufgeführt. Benennen Sie eine davon um oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site %1 is listed twice. Rename or remove one of them.</source>
        <translation>Der Standort %1 ist doppelt aufgeführt. Benennen Sie einen davon um oder entfernen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>HtmlFormat</name>
    <message>
        <location filename="../core/exchange/htmlformat.cpp" line="+104"/>
        <source>HTML document</source>
        <translation>HTML-Dokument</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>en</source>
        <comment>the language code of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Limited to the responsibilities of %1.</source>
        <translation>Beschränkt auf die Zuständigkeiten von %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Responsibility matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No duties.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+22"/>
        <source>Import a RACI matrix from a spreadsheet (XLSX or CSV) into a new agreement.</source>
        <translation>Eine RACI-Matrix aus einer Tabelle (XLSX oder CSV) in eine neue Vereinbarung importieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the sheet&apos;s layout (header row, duty, area and party columns, section rows) and writes it as a new .dutymap file. Nothing is written while any cell is a problem; every problem is listed with its row and column.

Exit codes: 0 imported, 1 nothing imported because of problems, 2 a file could not be read or written, 3 wrong usage.</source>
        <translation>Liest den Aufbau des Blatts (Kopfzeile, Spalten für Aufgaben, Bereiche und Parteien, Abschnittszeilen) und schreibt es als neue .dutymap-Datei. Solange eine Zelle ein Problem ist, wird nichts geschrieben; jedes Problem wird mit Zeile und Spalte genannt.

Exit-Codes: 0 importiert, 1 wegen Problemen nichts importiert, 2 eine Datei konnte nicht gelesen oder geschrieben werden, 3 falscher Aufruf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook&apos;s sheet to read (default: the first one that looks like a matrix).</source>
        <translation>Das zu lesende Blatt der Arbeitsmappe (Vorgabe: das erste, das wie eine Matrix aussieht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mapping saved by the import dialog or by --save-map, instead of detecting the layout.</source>
        <translation>Eine im Importdialog oder mit --save-map gespeicherte Zuordnung, statt den Aufbau zu erkennen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the layout used to a mapping file.</source>
        <translation>Den verwendeten Aufbau in eine Zuordnungsdatei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What a bare mark (x, ✓) means: R, A, C or I (default R).</source>
        <translation>Was ein bloßes Kreuz (x, ✓) bedeutet: R, A, C oder I (Vorgabe R).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .dutymap file to write.</source>
        <translation>Die zu schreibende .dutymap-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls es sie gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print what was understood and write nothing.</source>
        <translation>Ausgeben, was verstanden wurde, und nichts schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one spreadsheet file.</source>
        <translation>geben Sie genau eine Tabellendatei an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>-o FILE is required (or --dry-run).</source>
        <translation>-o DATEI ist nötig (oder --dry-run).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--mark takes R, A, C or I, not “%1”.</source>
        <translation>--mark erwartet R, A, C oder I, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>„%1“ gibt es schon; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1” has no sheet “%2”; its sheets are: %3.</source>
        <translation>„%1“ hat kein Blatt „%2“; seine Blätter sind: %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet: %1 (%2 of %3)</source>
        <translation>Blatt: %1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Party: %1 (%2)</source>
        <translation>Partei: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would import %1 in %2 for %3.</source>
        <translation>Würde %1 in %2 für %3 importieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+18"/>
        <source>%n duties</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <location line="+18"/>
        <source>%n areas</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <location line="+18"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n Partei</numerusform>
            <numerusform>%n Parteien</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Wrote %1: %2 in %3, %4, from sheet “%5”.</source>
        <translation>%1 geschrieben: %2 in %3, %4, aus dem Blatt „%5“.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="+44"/>
        <source>A &amp;mark (x, ✓) means:</source>
        <translation>Ein &amp;Kreuz (x, ✓) bedeutet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As a &amp;new agreement</source>
        <translation>Als &amp;neue Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the &amp;open agreement (duties matched by title)</source>
        <translation>In die &amp;geöffnete Vereinbarung (Aufgaben nach Titel zugeordnet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Spreadsheet — %1</source>
        <translation>Tabelle importieren — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the sheet</source>
        <translation>Vorschau des Blatts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview (the header row in bold):</source>
        <translation>&amp;Vorschau (die Kopfzeile fett):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party kind</source>
        <translation>Art der Partei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What each column holds</source>
        <translation>Was jede Spalte enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;roblems:</source>
        <translation>P&amp;robleme:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Column %1 is read as</source>
        <translation>Spalte %1 wird gelesen als</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of party in column %1</source>
        <translation>Art der Partei in Spalte %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready: %1 updated, %2 added, %3 unchanged.</source>
        <translation>Bereit: %1 geändert, %2 hinzugefügt, %3 unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+5"/>
        <source>%n duties</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ready: %1 in %2 for %3.</source>
        <translation>Bereit: %1 in %2 für %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n areas</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n Partei</numerusform>
            <numerusform>%n Parteien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s): change the columns&apos; roles above, or correct the sheet. Nothing is imported until they are solved.</source>
        <translation>
            <numerusform>%n Problem: Ändern Sie oben die Bedeutung der Spalten oder korrigieren Sie die Tabelle. Importiert wird erst, wenn es gelöst ist.</numerusform>
            <numerusform>%n Probleme: Ändern Sie oben die Bedeutung der Spalten oder korrigieren Sie die Tabelle. Importiert wird erst, wenn sie gelöst sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the mapping to “%1”: %2.</source>
        <translation>Die Zuordnung konnte nicht in „%1“ gespeichert werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read “%1”: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+10"/>
        <source>Sheet mapping (*.json)</source>
        <translation>Blatt-Zuordnung (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <location filename="../core/exchange/jsonformat.cpp" line="+126"/>
        <source>“%1” is not a valid Dutymap agreement: at %2, %3.</source>
        <translation>„%1“ ist keine gültige Dutymap-Vereinbarung: bei %2: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+80"/>
        <source>a text was expected</source>
        <translation>ein Text wurde erwartet</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>the text is longer than %1 characters</source>
        <translation>der Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a whole number from %1 to %2 was expected</source>
        <translation>eine ganze Zahl von %1 bis %2 wurde erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false was expected</source>
        <translation>true oder false wurde erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a date like 2026-01-31</source>
        <translation>„%1“ ist kein Datum der Form 2026-01-31</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+448"/>
        <location line="+27"/>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <location line="-444"/>
        <source>“%1” is not a known value</source>
        <translation>„%1“ ist kein bekannter Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the site “%1” is listed twice</source>
        <translation>der Standort „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the ticket category “%1” is listed twice</source>
        <translation>die Ticket-Kategorie „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>a tool id was expected</source>
        <translation>eine Tool-ID wurde erwartet</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>JSON agreement</source>
        <translation>JSON-Vereinbarung</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>“%1” is too large to be a Dutymap agreement.</source>
        <translation>„%1“ ist zu groß für eine Dutymap-Vereinbarung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not valid JSON: %2 at line %3.</source>
        <translation>„%1“ ist kein gültiges JSON: %2 in Zeile %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is JSON, but not a Dutymap agreement (no &quot;format&quot;: &quot;dutymap-agreement&quot;).</source>
        <translation>„%1“ ist JSON, aber keine Dutymap-Vereinbarung (kein &quot;format&quot;: &quot;dutymap-agreement&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was written by a newer Dutymap (JSON version %2); this version reads version %3.</source>
        <translation>„%1“ wurde von einer neueren Dutymap-Version geschrieben (JSON-Version %2); diese Version liest Version %3.</translation>
    </message>
    <message>
        <location line="-426"/>
        <source>“%1” is not a colour</source>
        <translation>„%1“ ist keine Farbe</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>party %1 is listed twice</source>
        <translation>die Partei %1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>revision numbers must increase</source>
        <translation>Revisionsnummern müssen aufsteigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>64 hexadecimal digits were expected</source>
        <translation>64 Hexadezimalziffern wurden erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the content does not match the fingerprint</source>
        <translation>der Inhalt passt nicht zum Fingerabdruck</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>“%1” is not a party id</source>
        <translation>„%1“ ist keine Partei-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a RACI text was expected</source>
        <translation>ein RACI-Text wurde erwartet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>four numbers were expected</source>
        <translation>vier Zahlen wurden erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minutes must be whole numbers</source>
        <translation>Minuten müssen ganze Zahlen sein</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+245"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an agreement file</source>
        <translation>Eine Vereinbarungsdatei öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save to Data&amp;base…</source>
        <translation>In Da&amp;tenbank speichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store the agreement in your team&apos;s PostgreSQL database, or save it there again</source>
        <translation>Die Vereinbarung in der PostgreSQL-Datenbank Ihres Teams ablegen oder dort erneut speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a RACI matrix from an Excel workbook (XLSX) or a CSV file</source>
        <translation>Eine RACI-Matrix aus einer Excel-Arbeitsmappe (XLSX) oder einer CSV-Datei lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Tickets…</source>
        <translation>&amp;Tickets importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read a help desk&apos;s ticket export and review the agreement against it</source>
        <translation>Den Ticket-Export eines Helpdesks einlesen und die Vereinbarung daran überprüfen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Dutymap</source>
        <translation>Ü&amp;ber Dutymap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Dutymap</source>
        <translation>Über Dutymap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Dutymap %1&lt;/h3&gt;&lt;p&gt;Plan who does what in co-managed IT: internal IT and a managed service provider, side by side.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dutymap %1&lt;/h3&gt;&lt;p&gt;Planen, wer in Co-Managed-IT was übernimmt: interne IT und ein Managed Service Provider, Seite an Seite.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+218"/>
        <location filename="../ui/mainwindowportfolio.cpp" line="+40"/>
        <source>Cannot open agreement</source>
        <translation>Vereinbarung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open agreement</source>
        <translation>Vereinbarung öffnen</translation>
    </message>
    <message>
        <location line="-586"/>
        <source>Dutymap agreements (*.dutymap)</source>
        <translation>Dutymap-Vereinbarungen (*.dutymap)</translation>
    </message>
    <message>
        <location line="+531"/>
        <location filename="../ui/mainwindowdatabase.cpp" line="+91"/>
        <source>Untitled agreement</source>
        <translation>Unbenannte Vereinbarung</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <location filename="../ui/mainwindowexport.cpp" line="+148"/>
        <location line="+11"/>
        <source>%n duties</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="-469"/>
        <source>Type A, R, C or I to toggle a role · Delete clears · Enter edits the duty</source>
        <translation>A, R, C, I: Rolle umschalten · Entf: leeren · Eingabe: bearbeiten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystems</source>
        <translation>S&amp;ysteme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;outing</source>
        <translation>R&amp;outing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too&amp;ls</source>
        <translation>Too&amp;ls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asses&amp;sment</source>
        <translation>Bestandsauf&amp;nahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;New Agreement…</source>
        <translation>&amp;Neue Vereinbarung…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new agreement from a responsibility model</source>
        <translation>Eine neue Vereinbarung aus einem Verantwortungsmodell beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Por&amp;tfolio…</source>
        <translation>Por&amp;tfolio öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the agreements of a folder: status, reviews due, findings</source>
        <translation>Die Vereinbarungen eines Ordners auflisten: Status, fällige Überprüfungen, Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfo&amp;lio from Database…</source>
        <translation>Portfo&amp;lio aus Datenbank…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the agreements of a shared store on PostgreSQL</source>
        <translation>Die Vereinbarungen eines gemeinsamen Speichers auf PostgreSQL auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open from &amp;Database…</source>
        <translation>&amp;Aus Datenbank öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an agreement from your team&apos;s PostgreSQL database</source>
        <translation>Eine Vereinbarung aus der PostgreSQL-Datenbank Ihres Teams öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the agreement</source>
        <translation>Die Vereinbarung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the agreement as PDF, XLSX, CSV, Markdown, HTML or JSON</source>
        <translation>Die Vereinbarung als PDF, XLSX, CSV, Markdown, HTML oder JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;gn Revision…</source>
        <translation>Revision &amp;unterzeichnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record who signed the agreement as it is now, and freeze that revision</source>
        <translation>Festhalten, wer die Vereinbarung in ihrem jetzigen Stand unterzeichnet hat, und diese Revision einfrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision &amp;History…</source>
        <translation>Revisions&amp;verlauf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed revisions: open, export, restore or compare one</source>
        <translation>Die unterzeichneten Revisionen: eine öffnen, exportieren, wiederherstellen oder vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare &amp;With File…</source>
        <translation>Mit Datei &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what differs from another copy (.dutymap or JSON export)</source>
        <translation>Zeigen, was sich von einer anderen Kopie unterscheidet (.dutymap oder JSON-Export)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge With File…</source>
        <translation>Mit Datei &amp;zusammenführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the changes of another edited copy, settling conflicts one by one</source>
        <translation>Die Änderungen einer anderen bearbeiteten Kopie übernehmen und Konflikte einzeln entscheiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Roles</source>
        <translation>Ro&amp;llen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle %1</source>
        <translation>%1 umschalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear Roles</source>
        <translation>Rollen &amp;leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Duty</source>
        <translation>&amp;Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve Duties</source>
        <translation>Aufgaben en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Duty &amp;Up</source>
        <translation>Aufgabe nach &amp;oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Duty &amp;Down</source>
        <translation>Aufgabe nach &amp;unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ar&amp;eas</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Area…</source>
        <translation>Bereich &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Area…</source>
        <translation>Bereich u&amp;mbenennen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move Area</source>
        <translation>Bereich ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Area &amp;Up</source>
        <translation>Bereich nach o&amp;ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Area &amp;Down</source>
        <translation>Bereich nach u&amp;nten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties</source>
        <translation>&amp;Parteien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Party…</source>
        <translation>Partei &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Party…</source>
        <translation>Partei &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Party</source>
        <translation>Partei &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Party &amp;Left</source>
        <translation>Partei nach &amp;links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Party Ri&amp;ght</source>
        <translation>Partei nach &amp;rechts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter Duties</source>
        <translation>Aufgaben &amp;filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Expand All Areas</source>
        <translation>Alle Bereiche &amp;aufklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collapse All Areas</source>
        <translation>Alle Bereiche &amp;zuklappen</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+16"/>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>There is no model “%1”.</source>
        <translation>Es gibt kein Modell „%1“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Answer what you know, then start from the recommended model.</source>
        <translation>Beantworten Sie, was Sie wissen, und beginnen Sie dann mit dem empfohlenen Modell.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save agreement</source>
        <translation>Vereinbarung speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save agreement</source>
        <translation>Vereinbarung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unsaved work on “%1” from %2 was kept.</source>
        <translation>Nicht gespeicherte Arbeit an „%1“ vom %2 wurde aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes to %1 from %2 were kept.</source>
        <translation>Nicht gespeicherte Änderungen an %1 vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recover unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Add duty</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an area first: every duty belongs to one.</source>
        <translation>Legen Sie zuerst einen Bereich an: Jede Aufgabe gehört zu einem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New duty</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add area</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new area:</source>
        <translation>Name des neuen Bereichs:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename area</source>
        <translation>Bereich umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Add party</source>
        <translation>Partei hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the party (a vendor, a team…):</source>
        <translation>Name der Partei (ein Lieferant, ein Team…):</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>Rename party</source>
        <translation>Partei umbenennen</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+16"/>
        <source>Select a cell in the party&apos;s column first.</source>
        <translation>Wählen Sie zuerst eine Zelle in der Spalte der Partei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove party</source>
        <translation>Partei entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowexport.cpp" line="-86"/>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printing Failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1: %2 updated, %3 added, %4 unchanged.</source>
        <translation>%1 importiert: %2 geändert, %3 hinzugefügt, %4 unverändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1: %2 for %3.</source>
        <translation>%1 importiert: %2 für %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n Partei</numerusform>
            <numerusform>%n Parteien</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevisions.cpp" line="+33"/>
        <location line="+13"/>
        <source>Sign Revision</source>
        <translation>Revision unterzeichnen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Revision %1 is already signed with this content; there is nothing new to sign.</source>
        <translation>Revision %1 ist mit diesem Inhalt bereits unterzeichnet; es gibt nichts Neues zu unterzeichnen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign revision %1</source>
        <translation>Revision %1 unterzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 signed, fingerprint %2. Save to keep the signature in the file.</source>
        <translation>Revision %1 unterzeichnet, Fingerabdruck %2. Speichern Sie, um die Unterzeichnung in der Datei zu behalten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open Revision</source>
        <translation>Revision öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — revision %2 (read-only)</source>
        <translation>%1 — Revision %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 as signed on %2 by %3, fingerprint %4. Read-only: restore it from the revisions list to edit it.</source>
        <translation>Revision %1, wie am %2 von %3 unterzeichnet, Fingerabdruck %4. Schreibgeschützt: Zum Bearbeiten in der Revisionsliste wiederherstellen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+12"/>
        <source>Export Revision</source>
        <translation>Revision exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>-revision-%1</source>
        <translation>-revision-%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore Revision</source>
        <translation>Revision wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore revision %1 as draft</source>
        <translation>Revision %1 als Entwurf wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft now has the content of revision %1; Undo takes it back.</source>
        <translation>Der Entwurf hat jetzt den Inhalt von Revision %1; Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Revision %1 compared with revision %2</source>
        <translation>Revision %1 verglichen mit Revision %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the draft of revision %1</source>
        <translation>dem Entwurf von Revision %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements (*.dutymap *.json);;All files (*)</source>
        <translation>Vereinbarungen (*.dutymap *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” compared with this agreement</source>
        <translation>„%1“ verglichen mit dieser Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this agreement</source>
        <translation>dieser Vereinbarung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="-13"/>
        <source>Wait a moment: the database is still busy with the last step.</source>
        <translation>Einen Moment bitte: Die Datenbank ist noch mit dem letzten Schritt beschäftigt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening “%1” from %2…</source>
        <translation>Öffne „%1“ aus %2 …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open from the database</source>
        <translation>Öffnen aus der Datenbank nicht möglich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened “%1”, version %2, saved by %3.</source>
        <translation>„%1“ geöffnet, Version %2, gespeichert von %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+97"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Saving “%1” to %2…</source>
        <translation>Speichere „%1“ in %2 …</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cannot save to the database</source>
        <translation>Speichern in der Datenbank nicht möglich</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1

Your changes are still here in the window, not saved. Save again when the database can be reached, or keep them in a file with Save As.</source>
        <translation>%1

Ihre Änderungen sind weiterhin hier im Fenster, nicht gespeichert. Speichern Sie erneut, sobald die Datenbank erreichbar ist, oder sichern Sie sie mit „Speichern unter“ in einer Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Save under another name.</source>
        <translation>%1 Speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved “%1” to %2 as version %3.</source>
        <translation>„%1“ in %2 als Version %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading “%1” from %2…</source>
        <translation>Lese „%1“ aus %2 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: your changes are still here.</source>
        <translation>Nicht gespeichert: Ihre Änderungen sind weiterhin hier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as Copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the copy in the database:</source>
        <translation>Name der Kopie in der Datenbank:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload “%1” version %2 from the database</source>
        <translation>„%1“ Version %2 aus der Datenbank neu laden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 by %2 is shown; Undo brings your changes back.</source>
        <translation>Version %1 von %2 wird angezeigt; Rückgängig holt Ihre Änderungen zurück.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+12"/>
        <location filename="../ui/mainwindowrevisions.cpp" line="+9"/>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+11"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>version %1 by %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevisions.cpp" line="-24"/>
        <source>Merge: the copy both started from (base)</source>
        <translation>Zusammenführen: die Kopie, von der beide ausgingen (Basis)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” has nothing this agreement lacks.</source>
        <translation>„%1“ enthält nichts, was dieser Vereinbarung fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="+10"/>
        <location filename="../ui/mainwindowrevisions.cpp" line="+3"/>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevisions.cpp" line="+1"/>
        <source>Merged “%1”; Undo takes the whole merge back.</source>
        <translation>„%1“ zusammengeführt; Rückgängig nimmt die ganze Zusammenführung zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge With (their copy)</source>
        <translation>Zusammenführen mit (deren Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowportfolio.cpp" line="+29"/>
        <source>Open portfolio folder</source>
        <translation>Portfolio-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the portfolio</source>
        <translation>Das Portfolio kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>MarkdownFormat</name>
    <message>
        <location filename="../core/exchange/markdownformat.cpp" line="+60"/>
        <source>Markdown document</source>
        <translation>Markdown-Dokument</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limited to the responsibilities of %1.</source>
        <translation>Beschränkt auf die Zuständigkeiten von %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Responsibility matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No duties.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../ui/matrixmodel.cpp" line="+193"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who performs the duty, derived from who is Responsible</source>
        <translation>Wer die Aufgabe ausführt, abgeleitet aus der Rolle „Verantwortlich“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Move duty</source>
        <translation>Aufgabe verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Move %n duties</source>
        <translation>
            <numerusform>%n Aufgabe verschieben</numerusform>
            <numerusform>%n Aufgaben verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move duty to another area</source>
        <translation>Aufgabe in einen anderen Bereich verschieben</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="+43"/>
        <source>The responsibility matrix. Type R, A, C or I to toggle a role on the selected cells, Delete to clear them, Enter to open the duty.</source>
        <translation>Die Verantwortungsmatrix. R, A, C oder I schaltet eine Rolle in den ausgewählten Zellen um, Entf leert sie, Eingabe öffnet die Aufgabe.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear roles</source>
        <translation>Rollen leeren</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Select the duty cell where the pasted block should start.</source>
        <translation>Wählen Sie die Aufgabenzelle, an der der eingefügte Block beginnen soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The pasted block has %n row(s), more than there are below the current cell.</source>
        <translation>
            <numerusform>Der eingefügte Block hat %n Zeile, mehr als unter der aktuellen Zelle vorhanden sind.</numerusform>
            <numerusform>Der eingefügte Block hat %n Zeilen, mehr als unter der aktuellen Zelle vorhanden sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row %1 has more columns than the matrix.</source>
        <translation>Zeile %1 hat mehr Spalten als die Matrix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Nothing was pasted: %n cell(s) are not RACI values.</source>
        <translation>
            <numerusform>Nichts wurde eingefügt: %n Zelle enthält keinen RACI-Wert.</numerusform>
            <numerusform>Nichts wurde eingefügt: %n Zellen enthalten keine RACI-Werte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste roles</source>
        <translation>Rollen einfügen</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="+16"/>
        <source>Merge two edited copies (OURS, THEIRS) of the agreement they started from (BASE; FILE@N for a signed revision) into OUT. Exits with 0 when clean, 1 when conflicts remain (listed; OUT keeps those items as in OURS), 2 when a file cannot be read or written.</source>
        <translation>Führt zwei bearbeitete Kopien (UNSERE, IHRE) der Vereinbarung, von der beide ausgingen (BASIS; DATEI@N für eine unterzeichnete Revision), in AUSGABE zusammen. Gibt 0 zurück, wenn alles aufgeht, 1, wenn Konflikte bleiben (aufgelistet; AUSGABE behält diese Einträge wie in UNSERE), 2, wenn eine Datei nicht gelesen oder geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The common revision.</source>
        <translation>Die gemeinsame Revision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our edited copy.</source>
        <translation>Unsere bearbeitete Kopie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their edited copy.</source>
        <translation>Ihre bearbeitete Kopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The merged agreement: a .dutymap file, or JSON when it ends in .json.</source>
        <translation>Die zusammengeführte Vereinbarung: eine .dutymap-Datei oder JSON, wenn der Name auf .json endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give BASE, OURS, THEIRS and -o OUT.</source>
        <translation>BASIS, UNSERE, IHRE und -o AUSGABE angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>„%1“ existiert bereits; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote %1 with %n conflict(s).</source>
        <translation>
            <numerusform>%1 mit %n Konflikt geschrieben.</numerusform>
            <numerusform>%1 mit %n Konflikten geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/mergedialog.cpp" line="+21"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep &amp;ours (this window)</source>
        <translation>&amp;Unsere behalten (dieses Fenster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;theirs (%1)</source>
        <translation>&amp;Ihre übernehmen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit:</source>
        <translation>&amp;Bearbeiten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) made only in “%1” are taken.</source>
        <translation>
            <numerusform>%n Änderung, die nur in „%1“ gemacht wurde, wird übernommen.</numerusform>
            <numerusform>%n Änderungen, die nur in „%1“ gemacht wurden, werden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no conflicts.</source>
        <translation>Es gibt keine Konflikte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s): both sides changed the same thing differently. Settle each one; nothing changes until you apply the merge.</source>
        <translation>
            <numerusform>%n Konflikt: Beide Seiten haben dasselbe unterschiedlich geändert. Entscheiden Sie jeden einzeln; nichts ändert sich, bevor Sie die Zusammenführung anwenden.</numerusform>
            <numerusform>%n Konflikte: Beide Seiten haben dasselbe unterschiedlich geändert. Entscheiden Sie jeden einzeln; nichts ändert sich, bevor Sie die Zusammenführung anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settled</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settle the selected conflict</source>
        <translation>Gewählten Konflikt entscheiden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Apply Merge</source>
        <translation>Zusammenführung &amp;anwenden</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ours</source>
        <translation>unsere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>theirs</source>
        <translation>ihre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited: %1</source>
        <translation>bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <location filename="../core/storage/migration.cpp" line="+15"/>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded from a file of Dutymap 1; date assumed</source>
        <translation>aus einer Datei von Dutymap 1 übernommen; Datum angenommen</translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <location filename="../core/templates/modelspec.cpp" line="+57"/>
        <source>&quot;%1&quot; names the party &quot;%2&quot;, which this model does not define under &quot;parties&quot;.</source>
        <translation>&quot;%1&quot; nennt die Partei &quot;%2&quot;, die dieses Modell unter &quot;parties&quot; nicht definiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;parties&quot; must list at least internal IT and the provider.</source>
        <translation>&quot;parties&quot; muss mindestens die interne IT und den Dienstleister aufführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1.key&quot; repeats &quot;%2&quot;; each party key must be unique.</source>
        <translation>&quot;%1.key&quot; wiederholt &quot;%2&quot;; jeder Parteischlüssel muss eindeutig sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1.color&quot; is &quot;%2&quot;; write a colour as #rrggbb.</source>
        <translation>&quot;%1.color&quot; ist &quot;%2&quot;; geben Sie eine Farbe als #rrggbb an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;parties&quot; must include one party of kind &quot;internal&quot; and one of kind &quot;provider&quot;.</source>
        <translation>&quot;parties&quot; muss eine Partei der Art &quot;internal&quot; und eine der Art &quot;provider&quot; enthalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1.area&quot; names &quot;%2&quot;, which is not an area of the catalog.</source>
        <translation>&quot;%1.area&quot; nennt &quot;%2&quot;, das kein Bereich des Katalogs ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; repeats &quot;%2&quot;; each ticket category must be unique.</source>
        <translation>&quot;%1&quot; wiederholt &quot;%2&quot;; jede Ticket-Kategorie muss eindeutig sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;locations&quot; repeats &quot;%1&quot;; each site must be unique.</source>
        <translation>„locations“ wiederholt „%1“; jeder Standort darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1.duty&quot; names &quot;%2&quot;, which is not a duty of the catalog.</source>
        <translation>&quot;%1.duty&quot; nennt &quot;%2&quot;, das keine Aufgabe des Katalogs ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1.duty&quot; repeats &quot;%2&quot;; each duty may appear once in &quot;matrix&quot;.</source>
        <translation>&quot;%1.duty&quot; wiederholt &quot;%2&quot;; jede Aufgabe darf in &quot;matrix&quot; nur einmal vorkommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1.%2&quot; is not a party of this model; each key besides &quot;duty&quot; must be a party key.</source>
        <translation>&quot;%1.%2&quot; ist keine Partei dieses Modells; jeder Schlüssel außer &quot;duty&quot; muss ein Parteischlüssel sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be text such as &quot;A/R&quot;.</source>
        <translation>&quot;%1&quot; muss ein Text wie &quot;A/R&quot; sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must hold %2 numbers, for low, normal, high and critical urgency.</source>
        <translation>&quot;%1&quot; muss %2 Zahlen enthalten, für niedrige, normale, hohe und kritische Dringlichkeit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;rules&quot; must hold at least one rule, ending with a catch-all.</source>
        <translation>&quot;rules&quot; muss mindestens eine Regel enthalten und mit einer Auffangregel enden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1.category&quot; is &quot;%2&quot;, which is not one of the model&apos;s &quot;ticketCategories&quot;.</source>
        <translation>&quot;%1.category&quot; ist &quot;%2&quot;, das nicht zu den &quot;ticketCategories&quot; des Modells gehört.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1.location&quot; is &quot;%2&quot;, which is not one of the model&apos;s &quot;locations&quot;.</source>
        <translation>&quot;%1.location&quot; ist &quot;%2&quot;, das nicht zu den &quot;locations&quot; des Modells gehört.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1.trigger&quot; is set, but &quot;%1.escalateTo&quot; names nobody to escalate to.</source>
        <translation>&quot;%1.trigger&quot; ist gesetzt, aber &quot;%1.escalateTo&quot; nennt niemanden, an den eskaliert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1.trigger&quot; is &quot;unresolved&quot;, so &quot;%1.escalateAfterMinutes&quot; must be more than 0.</source>
        <translation>&quot;%1.trigger&quot; ist &quot;unresolved&quot;, daher muss &quot;%1.escalateAfterMinutes&quot; größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1.tool&quot; names &quot;%2&quot;, which is not a tool of the catalog.</source>
        <translation>&quot;%1.tool&quot; nennt &quot;%2&quot;, das kein Tool des Katalogs ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1.tool&quot; repeats &quot;%2&quot;; each tool may appear once in &quot;toolAccess&quot;.</source>
        <translation>&quot;%1.tool&quot; wiederholt &quot;%2&quot;; jedes Tool darf in &quot;toolAccess&quot; nur einmal vorkommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1.%2&quot; is not a party of this model.</source>
        <translation>&quot;%1.%2&quot; ist keine Partei dieses Modells.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; must be an access level such as &quot;read&quot; or an object with &quot;level&quot; and &quot;role&quot;.</source>
        <translation>&quot;%1&quot; muss eine Zugriffsstufe wie &quot;read&quot; oder ein Objekt mit &quot;level&quot; und &quot;role&quot; sein.</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <location filename="../ui/newagreementdialog.cpp" line="+17"/>
        <source>Client company</source>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language of the duty titles, descriptions, areas and rules the agreement starts with</source>
        <translation>Die Sprache der Aufgabentitel, Beschreibungen, Bereiche und Regeln, mit denen die Vereinbarung beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new agreement from the model “%1”. You can change all of this later on the Details page.</source>
        <translation>Eine neue Vereinbarung aus dem Modell „%1“. All dies können Sie später auf der Seite „Details“ ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider (MSP):</source>
        <translation>&amp;Dienstleister (MSP):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effective date:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="+20"/>
        <source>Create a new agreement from a responsibility model, or from an assessment.</source>
        <translation>Eine neue Vereinbarung aus einem Verantwortungsmodell oder aus einer Bestandsaufnahme anlegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model to start from (see &apos;dutymap-cli templates&apos;).</source>
        <translation>Das Ausgangsmodell (siehe &apos;dutymap-cli templates&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client company&apos;s name.</source>
        <translation>Der Name des Kundenunternehmens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The managed service provider&apos;s name.</source>
        <translation>Der Name des Managed Service Providers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective date, YYYY-MM-DD (default: today).</source>
        <translation>Datum des Inkrafttretens, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .dutymap file to write.</source>
        <translation>Die zu schreibende .dutymap-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the model an answers file recommends (unless --model is given) and tailor the agreement to the answers.</source>
        <translation>Mit dem Modell beginnen, das eine Antwortdatei empfiehlt (sofern --model nicht angegeben ist), und die Vereinbarung an die Antworten anpassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the agreement&apos;s words, such as &quot;de&quot; or &quot;en&quot; (default: from LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>Die Sprache der Texte der Vereinbarung, etwa „de“ oder „en“ (Vorgabe: aus LC_ALL, LC_MESSAGES oder LANG).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o and --model or --assessment are required.</source>
        <translation>-o und --model oder --assessment sind erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>„%1“ existiert bereits; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client company</source>
        <translation>Kundenunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a date like 2026-01-31.</source>
        <translation>„%1“ ist kein Datum der Form 2026-01-31.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the templates have no words in “%1”. Known languages: %2.</source>
        <translation>die Vorlagen haben keine Texte in „%1“. Bekannte Sprachen: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no model “%1”. Known models: %2.</source>
        <translation>es gibt kein Modell „%1“. Bekannte Modelle: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tailored: %1 (%2)</source>
        <translation>Angepasst: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tailored: %1</source>
        <translation>Nicht angepasst: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1: %2 duties, %3 parties, %4 escalation rules.</source>
        <translation>%1 geschrieben: %2 Aufgaben, %3 Parteien, %4 Eskalationsregeln.</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <location filename="../core/model/party.cpp" line="+55"/>
        <source>Internal IT</source>
        <translation>Interne IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leadership</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End users</source>
        <translation>Endanwender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <location filename="../ui/passwordvault.cpp" line="+59"/>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems abgelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>PdfFormat</name>
    <message>
        <location filename="../render/pdfformat.cpp" line="+16"/>
        <location filename="../app/cli/pdfmoduleformat.cpp" line="+16"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
</context>
<context>
    <name>PortfolioCommand</name>
    <message>
        <location filename="../app/cli/portfoliocommand.cpp" line="+36"/>
        <source>List the agreements of a folder and its subfolders, or of the shared store (--db URL): status, signature, review date, findings.</source>
        <translation>Die Vereinbarungen eines Ordners und seiner Unterordner oder des gemeinsamen Speichers (--db URL) auflisten: Status, Unterschrift, Überprüfungsdatum, Befunde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder whose .dutymap files are listed; without it, the shared store of --db or DUTYMAP_DB.</source>
        <translation>Der Ordner, dessen .dutymap-Dateien aufgelistet werden; ohne ihn der gemeinsame Speicher aus --db oder DUTYMAP_DB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the shared store instead of a folder, as a PostgreSQL URI: postgresql://user@host:port/dbname?sslmode=require (host=/folder for a Unix socket). Default: the DUTYMAP_DB environment variable. A password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Den gemeinsamen Speicher statt eines Ordners auflisten, als PostgreSQL-URI: postgresql://benutzer@host:port/dbname?sslmode=require (host=/ordner für einen Unix-Socket). Vorgabe: die Umgebungsvariable DUTYMAP_DB. Ein Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output format: %1 (default: from the output file&apos;s extension, else text).</source>
        <translation>Ausgabeformat: %1 (Vorgabe: nach der Endung der Ausgabedatei, sonst text).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output file; standard output when omitted.</source>
        <translation>Ausgabedatei; ohne Angabe die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only agreements whose review is overdue.</source>
        <translation>Nur Vereinbarungen, deren Überprüfung überfällig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only agreements with errors among their findings, and files that cannot be read.</source>
        <translation>Nur Vereinbarungen mit Fehlern unter ihren Befunden sowie Dateien, die nicht gelesen werden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only agreements of a status: draft, in-review, signed.</source>
        <translation>Nur Vereinbarungen eines Status: draft (Entwurf), in-review (in Prüfung), signed (unterzeichnet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only agreements of a model (its id or name).</source>
        <translation>Nur Vereinbarungen eines Modells (seine Kennung oder sein Name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only agreements whose client, provider, title, model or file contains this text.</source>
        <translation>Nur Vereinbarungen, deren Kunde, Dienstleister, Titel, Modell oder Datei diesen Text enthält.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by a column: %1 (default: client).</source>
        <translation>Nach einer Spalte sortieren: %1 (Vorgabe: client).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort from the highest or latest.</source>
        <translation>Vom höchsten oder spätesten Wert an sortieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day overdue and due soon are counted from (YYYY-MM-DD; default: today).</source>
        <translation>Der Tag, von dem an überfällig und bald fällig gerechnet wird (JJJJ-MM-TT; Vorgabe: heute).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give one folder, not %1.</source>
        <translation>geben Sie einen Ordner an, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a folder or --db, not both.</source>
        <translation>geben Sie einen Ordner oder --db an, nicht beides.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a folder, or a database with --db URL or the DUTYMAP_DB environment variable.</source>
        <translation>geben Sie einen Ordner an oder eine Datenbank mit --db URL oder der Umgebungsvariablen DUTYMAP_DB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format “%1”; choose one of: %2.</source>
        <translation>unbekanntes Format „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 format is binary and cannot go to standard output; give an output file with -o.</source>
        <translation>das Format %1 ist binär und kann nicht auf die Standardausgabe gehen; geben Sie mit -o eine Ausgabedatei an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown column “%1”; choose one of: %2.</source>
        <translation>unbekannte Spalte „%1“; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown status “%1”; choose one of: draft, in-review, signed.</source>
        <translation>unbekannter Status „%1“; wählen Sie einen von: draft, in-review, signed.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="+80"/>
        <source>%1 · overdue</source>
        <translation>%1 · überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · due soon</source>
        <translation>%1 · bald fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The review was due on %1.</source>
        <translation>Die Überprüfung war am %1 fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review is due within %1 days.</source>
        <translation>Die Überprüfung ist innerhalb von %1 Tagen fällig.</translation>
    </message>
</context>
<context>
    <name>PortfolioPdf</name>
    <message>
        <location filename="../render/portfoliopdf.cpp" line="+44"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+87"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>%1, as of %2</source>
        <translation>%1, Stand %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No agreements match.</source>
        <translation>Keine Vereinbarung passt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>drawing a PDF needs the graphical libraries, which this program did not start</source>
        <translation>ein PDF zu zeichnen braucht die Grafikbibliotheken, die dieses Programm nicht gestartet hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the font %1 cannot be embedded in a PDF</source>
        <translation>die Schrift %1 kann nicht in ein PDF eingebettet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>en</source>
        <extracomment>The BCP 47 tag of this translation&apos;s language (&quot;de&quot; in German).</extracomment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>PortfolioSheet</name>
    <message>
        <location filename="../core/portfolio/portfoliosheet.cpp" line="+97"/>
        <source>Agreements: %1 · overdue: %2 · due within %3 days: %4 · with errors: %5 · not signed: %6</source>
        <translation>Vereinbarungen: %1 · überfällig: %2 · fällig in %3 Tagen: %4 · mit Fehlern: %5 · nicht unterzeichnet: %6</translation>
    </message>
</context>
<context>
    <name>PortfolioSummary</name>
    <message>
        <location filename="../core/portfolio/portfoliosummary.cpp" line="+40"/>
        <source>a text of at most %1 characters was expected</source>
        <translation>erwartet wurde ein Text von höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a whole number from %1 to %2 was expected</source>
        <translation>erwartet wurde eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>true or false was expected</source>
        <translation>erwartet wurde true oder false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a date (YYYY-MM-DD) was expected</source>
        <translation>erwartet wurde ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the summary is of version %1; this Dutymap reads up to %2</source>
        <translation>die Zusammenfassung hat Version %1; dieses Dutymap liest bis Version %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a status</source>
        <translation>„%1“ ist kein Status</translation>
    </message>
</context>
<context>
    <name>PortfolioTable</name>
    <message>
        <location filename="../core/portfolio/portfoliotable.cpp" line="+19"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last signed</source>
        <translation>Zuletzt unterzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider share</source>
        <translation>Anteil Dienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved at</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, changed since revision %2</source>
        <translation>%1, geändert seit Revision %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %</source>
        <extracomment>A percentage, &quot;62 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <location filename="../ui/portfoliowindow.cpp" line="+34"/>
        <source>Portfolio — %1</source>
        <translation>Portfolio – %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Client, provider, name…</source>
        <translation>Kunde, Dienstleister, Name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, provider, file…</source>
        <translation>Kunde, Dienstleister, Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the portfolio</source>
        <translation>Das Portfolio durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model filter</source>
        <translation>Modellfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>Jedes Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;verdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With &amp;errors only</source>
        <translation>Nur mit F&amp;ehlern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Agreement</source>
        <translation>Vereinbarung ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;XLSX…</source>
        <translation>Als &amp;XLSX exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;PDF One-Pager…</source>
        <translation>Als PDF-&amp;Übersicht exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot list the portfolio</source>
        <translation>Das Portfolio kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (filtered from %1)</source>
        <translation> (gefiltert aus %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open agreement</source>
        <translation>Vereinbarung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export portfolio</source>
        <translation>Portfolio exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portfolio-%1.%2</source>
        <translation>portfolio-%1.%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export the portfolio</source>
        <translation>Das Portfolio kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>PortfolioXlsx</name>
    <message>
        <location filename="../render/portfolioxlsx.cpp" line="+40"/>
        <source>no temporary folder for the workbook: %1</source>
        <translation>kein temporärer Ordner für die Arbeitsmappe: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio: %1</source>
        <translation>Portfolio: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../ui/prompter.cpp" line="+21"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by someone else since you opened it.</source>
        <translation>„%1“ wurde seit dem Öffnen von jemand anderem geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite it with your version, or save your version under another name?</source>
        <translation>Mit Ihrer Version überschreiben oder Ihre Version unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare and merge: take the changes made on both sides; where both changed the same thing, you choose.
Save as a copy: keep your version under another name.
Reload: take the stored version; Undo brings your changes back.
Cancel: keep editing; nothing is saved.</source>
        <translation>Vergleichen und zusammenführen: die Änderungen beider Seiten übernehmen; wo beide dasselbe geändert haben, entscheiden Sie.
Als Kopie speichern: Ihre Version unter einem anderen Namen behalten.
Neu laden: die gespeicherte Version übernehmen; Rückgängig holt Ihre Änderungen zurück.
Abbrechen: weiter bearbeiten; nichts wird gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare and &amp;Merge…</source>
        <translation>Vergleichen und &amp;zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;Copy…</source>
        <translation>Als &amp;Kopie speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recover unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutymap was not closed properly. %1

Recover this work?</source>
        <translation>Dutymap wurde nicht ordnungsgemäß beendet. %1

Diese Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard every change since “%1” was last saved?</source>
        <translation>Alle Änderungen seit dem letzten Speichern von „%1“ verwerfen?</translation>
    </message>
</context>
<context>
    <name>Raci</name>
    <message>
        <location filename="../core/model/raci.cpp" line="+53"/>
        <source>&quot;%1…&quot; is not a RACI value: too long.</source>
        <translation>&quot;%1…&quot; ist kein RACI-Wert: zu lang.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a RACI value: a role is named twice.</source>
        <translation>&quot;%1&quot; ist kein RACI-Wert: eine Rolle ist doppelt genannt.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&quot;%1&quot; is not a RACI value: &quot;%2&quot; is not one of R, A, C, I.</source>
        <translation>&quot;%1&quot; ist kein RACI-Wert: &quot;%2&quot; ist keiner von R, A, C, I.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accountable</source>
        <translation>Rechenschaftspflichtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <location filename="../core/assessment/recommendation.cpp" line="+126"/>
        <source>At %1 tickets a month for each internal IT person, the help desk load is manageable.</source>
        <translation>Bei %1 Tickets im Monat pro Person der internen IT ist die Helpdesk-Last gut zu bewältigen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 users share %n internal IT people, more than 100 each.</source>
        <translation>
            <numerusform>Auf %n Person der internen IT kommen %1 Anwender, mehr als 100 pro Person.</numerusform>
            <numerusform>Auf %n Personen der internen IT kommen %1 Anwender, mehr als 100 pro Person.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody covers urgent tickets after hours today; the provider can.</source>
        <translation>Außerhalb der Geschäftszeiten bearbeitet derzeit niemand dringende Tickets; der Dienstleister kann das übernehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 % of tickets arrive after hours.</source>
        <translation>%1 % der Tickets gehen außerhalb der Geschäftszeiten ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response slows when someone is away: a second team keeps tickets moving.</source>
        <translation>Die Reaktion verzögert sich, wenn jemand abwesend ist: Ein zweites Team sorgt dafür, dass Tickets weiter bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team is always reacting; routine tickets should leave its desk.</source>
        <translation>Das Team reagiert ständig nur; Routinetickets sollten ihm abgenommen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal IT has no help desk experience of its own.</source>
        <translation>Die interne IT hat selbst keine Helpdesk-Erfahrung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Basic security controls are missing: %1.</source>
        <translation>Grundlegende Sicherheitsmaßnahmen fehlen: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The basic security controls are all in place.</source>
        <translation>Alle grundlegenden Sicherheitsmaßnahmen sind vorhanden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compliance needs (%1) call for evidence, reporting and steady security work.</source>
        <translation>Die Compliance-Anforderungen (%1) verlangen Nachweise, Berichte und kontinuierliche Sicherheitsarbeit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Security duties keep growing.</source>
        <translation>Die Sicherheitsaufgaben nehmen ständig zu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team needs more Microsoft 365 or security depth than it has.</source>
        <translation>Das Team braucht mehr Fachtiefe bei Microsoft 365 oder Sicherheit, als es hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal IT has no security skills of its own.</source>
        <translation>Die interne IT hat selbst keine Sicherheitskenntnisse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal IT has strong security skills.</source>
        <translation>Die interne IT verfügt über umfassende Sicherheitskenntnisse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups are not proven by test restores.</source>
        <translation>Die Backups sind nicht durch Testwiederherstellungen belegt.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Regular patching</source>
        <translation>Regelmäßiges Patchen</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%1 tickets a month fall on %n internal IT people (%2 each): the provider can take routine tickets off them.</source>
        <translation>
            <numerusform>%1 Tickets im Monat entfallen auf %n Person der internen IT (%2 pro Person): Der Dienstleister kann ihr die Routinetickets abnehmen.</numerusform>
            <numerusform>%1 Tickets im Monat entfallen auf %n Personen der internen IT (%2 pro Person): Der Dienstleister kann ihnen die Routinetickets abnehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nobody in internal IT is dedicated to security: the provider can do that work without a hire.</source>
        <translation>In der internen IT ist niemand eigens für Sicherheit zuständig: Der Dienstleister kann diese Arbeit ohne Neueinstellung übernehmen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 projects are waiting for people: the provider&apos;s senior engineers can staff them.</source>
        <translation>%1 Projekte warten auf Personal: Erfahrene Fachkräfte des Dienstleisters können sie besetzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No projects are waiting for people.</source>
        <translation>Keine Projekte warten auf Personal.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The oldest waiting project has waited %n months.</source>
        <translation>
            <numerusform>Das älteste wartende Projekt wartet seit %n Monat.</numerusform>
            <numerusform>Das älteste wartende Projekt wartet seit %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects slip behind tickets.</source>
        <translation>Projekte werden wegen Tickets zurückgestellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal IT handles day-to-day support well; what it lacks is room for large work and hard escalations.</source>
        <translation>Die interne IT bewältigt den Tagesbetrieb gut; ihr fehlt der Freiraum für große Vorhaben und schwierige Eskalationen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal IT lacks project or cloud experience.</source>
        <translation>Der internen IT fehlt Projekt- oder Cloud-Erfahrung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 locations need network and infrastructure work.</source>
        <translation>An %1 Standorten fällt Netzwerk- und Infrastrukturarbeit an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much network and infrastructure work is needed.</source>
        <translation>Es fällt viel Netzwerk- und Infrastrukturarbeit an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The business grows faster than IT: a long-term shared model grows with it.</source>
        <translation>Das Unternehmen wächst schneller als die IT: Ein langfristig geteiltes Modell wächst mit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leadership wants more maturity without outsourcing IT.</source>
        <translation>Die Geschäftsleitung will eine reifere IT, ohne sie auszulagern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One person holds critical knowledge: a shared model spreads it.</source>
        <translation>Kritisches Wissen liegt bei einer einzigen Person: Ein geteiltes Modell verteilt es auf mehrere Schultern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal IT is one person or fewer.</source>
        <translation>Die interne IT besteht aus höchstens einer Person.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 users with %n internal IT people need more than one kind of help.</source>
        <translation>
            <numerusform>%1 Anwender bei %n Person der internen IT brauchen mehr als eine Art von Unterstützung.</numerusform>
            <numerusform>%1 Anwender bei %n Personen der internen IT brauchen mehr als eine Art von Unterstützung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Support, security and projects all need help at once: one model that shares all three fits best.</source>
        <translation>Support, Sicherheit und Projekte brauchen gleichzeitig Unterstützung: Am besten passt ein Modell, das alle drei teilt.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No pressing need showed: senior help for escalations and projects is the gentle first step.</source>
        <translation>Kein dringender Bedarf erkennbar: Erfahrene Unterstützung bei Eskalationen und Projekten ist ein behutsamer erster Schritt.</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../core/storage/recoverystore.cpp" line="+48"/>
        <source>Cannot keep a recovery copy: the folder %1 cannot be created.</source>
        <translation>Keine Wiederherstellungskopie möglich: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot keep a recovery copy: %1.</source>
        <translation>Keine Wiederherstellungskopie möglich: %1.</translation>
    </message>
</context>
<context>
    <name>RendererModule</name>
    <message>
        <location filename="../app/cli/renderermodule.cpp" line="+81"/>
        <source>it is not a Dutymap renderer</source>
        <translation>es ist kein Dutymap-Renderer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it belongs to Dutymap %1, this is %2</source>
        <translation>es gehört zu Dutymap %1, dies ist %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the PDF and XLSX renderer is not installed: none of %1 exists.</source>
        <translation>der PDF- und XLSX-Renderer ist nicht installiert: keine der Dateien %1 existiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF and XLSX renderer “%1” could not be loaded: %2.</source>
        <translation>der PDF- und XLSX-Renderer „%1“ konnte nicht geladen werden: %2.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="+35"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duty %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Area %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other duties</source>
        <translation>Sonstige Aufgaben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co-managed IT agreement</source>
        <translation>Co-Managed-IT-Vereinbarung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — changed since revision %2 signed on %3</source>
        <translation>%1 – geändert seit Revision %2, unterzeichnet am %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · fingerprint %2</source>
        <translation>%1 · Fingerabdruck %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>internal IT</source>
        <translation>die interne IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+409"/>
        <source>the provider</source>
        <translation>der Dienstleister</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>How tickets are routed and escalated</source>
        <translation>Wie Tickets zugewiesen und eskaliert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. An end user submits a ticket.</source>
        <translation>1. Ein Endanwender erstellt ein Ticket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. The ticket is routed by its category, urgency, location or a business rule, using the rules below; the first rule that matches wins.</source>
        <translation>2. Das Ticket wird anhand seiner Kategorie, seiner Dringlichkeit, seines Standorts oder einer Geschäftsregel nach den folgenden Regeln zugewiesen; es gilt die erste passende Regel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. %1 resolves routine issues or triages the ticket.</source>
        <translation>3. Routineanliegen löst %1 selbst oder nimmt eine Ersteinschätzung des Tickets vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. %1 is brought in when business context, an approval or deeper internal ownership is needed.</source>
        <translation>4. Sind geschäftlicher Kontext, eine Freigabe oder tiefere interne Zuständigkeit nötig, wird %1 hinzugezogen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5. Every escalation is documented in the ticket, so nothing is lost.</source>
        <translation>5. Jede Eskalation wird im Ticket dokumentiert, damit nichts verloren geht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket categories: %1.</source>
        <translation>Ticket-Kategorien: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation rules, in the order they are tried</source>
        <translation>Eskalationsregeln in der Reihenfolge ihrer Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First responder</source>
        <translation>Erstbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalates to</source>
        <translation>Eskaliert an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response (low / normal / high / critical)</source>
        <translation>Reaktion (niedrig / normal / hoch / kritisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (low / normal / high / critical)</source>
        <translation>Lösung (niedrig / normal / hoch / kritisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After hours</source>
        <translation>Außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgency %1 or higher</source>
        <translation>Dringlichkeit %1 oder höher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP users</source>
        <translation>VIP-Anwender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not VIP users</source>
        <translation>keine VIP-Anwender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business hours</source>
        <translation>während der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unresolved after %1</source>
        <translation>Nach %1 ungelöst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every ticket</source>
        <translation>jedes Ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No escalation rules are agreed yet.</source>
        <translation>Es sind noch keine Eskalationsregeln vereinbart.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tool access</source>
        <translation>Tool-Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who owns each tool, and what access each party has in it. Internal IT keeps at least read access to every tool.</source>
        <translation>Wem welches Tool gehört und welchen Zugriff jede Partei darin hat. Die interne IT behält mindestens Lesezugriff auf jedes Tool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tools and access</source>
        <translation>Tools und Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tools are listed yet.</source>
        <translation>Es sind noch keine Tools aufgeführt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Security ownership</source>
        <translation>Zuständigkeit für Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each security duty: who monitors, who remediates, and who approves.</source>
        <translation>Für jede Sicherheitsaufgabe: wer überwacht, wer behebt und wer freigibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security duties</source>
        <translation>Sicherheitsaufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitors</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remediates</source>
        <translation>Behebt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approves</source>
        <translation>Gibt frei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No security duties are listed.</source>
        <translation>Es sind keine Sicherheitsaufgaben aufgeführt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review cadence</source>
        <translation>Überprüfungsrhythmus</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The parties review this agreement every %n months; the next review is due on %1.</source>
        <translation>
            <numerusform>Die Parteien überprüfen diese Vereinbarung im Abstand von %n Monat; die nächste Überprüfung ist am %1 fällig.</numerusform>
            <numerusform>Die Parteien überprüfen diese Vereinbarung im Abstand von %n Monaten; die nächste Überprüfung ist am %1 fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each review looks at ticket volume, response times, recurring issues, security trends, coverage gaps, user satisfaction, project progress, the boundaries of each party&apos;s responsibilities, and chances to automate. Responsibilities may move as trust grows; each change is a new revision of this agreement.</source>
        <translation>Jede Überprüfung betrachtet Ticketaufkommen, Reaktionszeiten, wiederkehrende Probleme, Sicherheitstrends, Abdeckungslücken, Anwenderzufriedenheit, Projektfortschritt, die Grenzen der Zuständigkeiten jeder Partei und Möglichkeiten zur Automatisierung. Zuständigkeiten können sich mit wachsendem Vertrauen verschieben; jede Änderung ist eine neue Revision dieser Vereinbarung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The health check found nothing to fix.</source>
        <translation>Die Prüfung hat nichts gefunden, was zu beheben wäre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors: %1. Warnings: %2. Notes: %3. Checked as of %4.</source>
        <translation>Fehler: %1. Warnungen: %2. Hinweise: %3. Geprüft mit Stand %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The assessment has too few answers to recommend a model; still open: %1.</source>
        <translation>Die Bestandsaufnahme enthält zu wenige Antworten für eine Modellempfehlung; noch offen: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assessment recommends the “%1” model.</source>
        <translation>Die Bestandsaufnahme empfiehlt das Modell „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The “%1” model comes a close second.</source>
        <translation>Knapp dahinter folgt das Modell „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This agreement follows the “%1” model instead, chosen by the parties; the recommendation is kept for the record.</source>
        <translation>Diese Vereinbarung folgt stattdessen dem von den Parteien gewählten Modell „%1“; die Empfehlung bleibt zur Dokumentation erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Changes since revision %1</source>
        <translation>Änderungen seit Revision %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Revision %1 was signed on %2 (fingerprint %3). This draft of revision %4 makes %n change(s) to it.</source>
        <translation>
            <numerusform>Revision %1 wurde am %2 unterzeichnet (Fingerabdruck %3). Dieser Entwurf von Revision %4 ändert daran %n Punkt.</numerusform>
            <numerusform>Revision %1 wurde am %2 unterzeichnet (Fingerabdruck %3). Dieser Entwurf von Revision %4 ändert daran %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessment</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answers that mattered</source>
        <translation>Die ausschlaggebenden Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores: %1.</source>
        <translation>Punktzahlen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n questions were answered “don&apos;t know” and could not be judged.</source>
        <translation>
            <numerusform>%n Frage wurde mit „Weiß nicht“ beantwortet und konnte nicht bewertet werden.</numerusform>
            <numerusform>%n Fragen wurden mit „Weiß nicht“ beantwortet und konnten nicht bewertet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Duties per area</source>
        <translation>Aufgaben je Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>What %1 does</source>
        <translation>Was %1 übernimmt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the client</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This agreement sets out how %1 and %2 share the work of IT. It follows the “%3” model</source>
        <translation>Diese Vereinbarung legt fest, wie %1 und %2 sich die IT-Arbeit teilen. Sie folgt dem Modell „%3“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best for: %1</source>
        <translation>Geeignet für: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This agreement sets out how %1 and %2 share the work of IT.</source>
        <translation>Diese Vereinbarung legt fest, wie %1 und %2 sich die IT-Arbeit teilen.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>This copy shows only the duties where %1 holds a role.</source>
        <translation>Diese Fassung zeigt nur die Aufgaben, bei denen %1 eine Rolle hat.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Duties each party does or owns</source>
        <translation>Aufgaben, die jede Partei ausführt oder verantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is Responsible for %2 and Accountable for %3</source>
        <translation>%1 ist für %2 verantwortlich und für %3 rechenschaftspflichtig</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>The matrix lists %n duties</source>
        <translation>
            <numerusform>Die Matrix umfasst %n Aufgabe</numerusform>
            <numerusform>Die Matrix umfasst %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n areas.</source>
        <translation>
            <numerusform> in %n Bereich.</numerusform>
            <numerusform> in %n Bereichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By who does the work: %1 internal, %2 by the provider, %3 shared and %4 unassigned.</source>
        <translation>Nach ausführender Partei: %1 intern, %2 durch den Dienstleister, %3 gemeinsam und %4 nicht zugewiesen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 keeps authority over</source>
        <translation>%1 behält die Entscheidungsbefugnis über</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is Accountable for no approval or governance duty.</source>
        <translation>%1 ist für keine Freigabe- oder Governance-Aufgabe rechenschaftspflichtig.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 keeps authority over %n approval and governance duties, listed below.</source>
        <translation>
            <numerusform>%1 behält die Entscheidungsbefugnis über %n Freigabe- oder Governance-Aufgabe, die unten aufgeführt ist.</numerusform>
            <numerusform>%1 behält die Entscheidungsbefugnis über %n Freigabe- und Governance-Aufgaben, die unten aufgeführt sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The health check finds no open errors or warnings.</source>
        <translation>Die Prüfung findet keine offenen Fehler oder Warnungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The health check finds %n open errors or warnings; they are listed at the end.</source>
        <translation>
            <numerusform>Die Prüfung findet %n offenen Befund (Fehler oder Warnung); er ist am Ende aufgeführt.</numerusform>
            <numerusform>Die Prüfung findet %n offene Befunde (Fehler oder Warnungen); sie sind am Ende aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 · %3 %4 · %5 %6 · %7 %8</source>
        <translation>%1 %2 · %3 %4 · %5 %6 · %7 %8</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <location filename="../render/pageflow.cpp" line="+174"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../render/coverpainter.cpp" line="+32"/>
        <source>CO-MANAGED IT RESPONSIBILITY AGREEMENT</source>
        <translation>ZUSTÄNDIGKEITSVEREINBARUNG FÜR CO-MANAGED-IT</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Limited to the responsibilities of %1</source>
        <translation>Beschränkt auf die Zuständigkeiten von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibility model</source>
        <translation>Verantwortungsmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../render/summarypainter.cpp" line="+21"/>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What internal IT keeps authority over</source>
        <translation>Worüber die interne IT die Entscheidungsbefugnis behält</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open finding (error or warning) in the health check</source>
        <translation>offener Befund (Fehler oder Warnung) in der Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open findings (errors and warnings) in the health check</source>
        <translation>offene Befunde (Fehler und Warnungen) in der Prüfung</translation>
    </message>
    <message>
        <location filename="../render/barchartpainter.cpp" line="+38"/>
        <location filename="../render/tablepainter.cpp" line="+158"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bar chart. %1: %2.</source>
        <translation>Balkendiagramm. %1: %2.</translation>
    </message>
    <message>
        <location filename="../render/partylistpainter.cpp" line="+51"/>
        <location filename="../render/textsectionpainter.cpp" line="+42"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../render/matrixpainter.cpp" line="+52"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsibility matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is Responsible, Accountable, Consulted and Informed for every duty, by area. Ownership says who performs the work.</source>
        <translation>Wer bei jeder Aufgabe verantwortlich, rechenschaftspflichtig, konsultiert und informiert ist, nach Bereichen. „Zuständigkeit“ gibt an, wer die Arbeit ausführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../render/partylistpainter.cpp" line="-12"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No duties.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <location filename="../render/partylistpainter.cpp" line="-14"/>
        <source>One duty where %1 is Responsible or Accountable.</source>
        <translation>Eine Aufgabe, bei der %1 verantwortlich oder rechenschaftspflichtig ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duties where %1 is Responsible or Accountable, by area.</source>
        <translation>
            <numerusform>%n Aufgabe, bei der %1 verantwortlich oder rechenschaftspflichtig ist, nach Bereichen.</numerusform>
            <numerusform>%n Aufgaben, bei denen %1 verantwortlich oder rechenschaftspflichtig ist, nach Bereichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A long list: descriptions are left out here; the matrix export to Excel holds them.</source>
        <translation>Eine lange Liste: Die Beschreibungen sind hier weggelassen; der Matrix-Export nach Excel enthält sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location filename="../render/signaturepainter.cpp" line="+28"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed for and on behalf of the parties named below, who agree to the responsibilities set out in this agreement.</source>
        <translation>Unterzeichnet für und im Namen der unten genannten Parteien, die den in dieser Vereinbarung festgelegten Zuständigkeiten zustimmen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../render/reportpainter.cpp" line="+76"/>
        <source>Drawing the agreement needs a graphical application (fonts); this program has none.</source>
        <translation>Zum Zeichnen der Vereinbarung ist eine grafische Anwendung (Schriftarten) nötig; dieses Programm hat keine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not start drawing the agreement&apos;s pages.</source>
        <translation>Das Zeichnen der Seiten der Vereinbarung konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="+52"/>
        <source>cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is larger than 1 MiB; a mapping is small.</source>
        <translation>„%1“ ist größer als 1 MiB; eine Zuordnung ist klein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a JSON object: %2.</source>
        <translation>„%1“ ist kein JSON-Objekt: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds another value</source>
        <translation>es enthält einen anderen Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”: %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measure the agreement against a help desk&apos;s ticket export: volume, response and resolution against the targets, routing as practised, what keeps coming back. Exits with 1 when the review has warnings.</source>
        <translation>Misst die Vereinbarung am Ticketexport eines Helpdesks: Menge, Reaktion und Lösung gegen die Zielzeiten, Routing in der Praxis, was immer wiederkommt. Endet mit 1, wenn die Überprüfung Warnungen hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agreement whose rules and targets are measured.</source>
        <translation>Die Vereinbarung, deren Regeln und Zielzeiten gemessen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket export, CSV or XLSX.</source>
        <translation>Der Ticketexport, CSV oder XLSX.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The help desk the export comes from: %1. Guessed from the headers by default.</source>
        <translation>Der Helpdesk, aus dem der Export stammt: %1. Standardmäßig aus den Spaltenköpfen erkannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mapping file for other exports (JSON: columns, priorities, handlers).</source>
        <translation>Eine Zuordnungsdatei für andere Exporte (JSON: Spalten, Prioritäten, Bearbeiter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Erster Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Letzter Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month (default) or quarter.</source>
        <translation>month (Vorgabe) oder quarter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dmy or mdy, for an export whose dates could be either.</source>
        <translation>dmy oder mdy, für einen Export, dessen Daten beides sein können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pdf or html (the report for a meeting), md, json, csv or xlsx (the figures); default: from the output file&apos;s extension, else md.</source>
        <translation>pdf oder html (der Bericht für eine Besprechung), md, json, csv oder xlsx (die Zahlen); Standard: nach der Endung der Ausgabedatei, sonst md.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The output file, needed for pdf and xlsx; standard output when omitted.</source>
        <translation>Die Ausgabedatei, nötig für pdf und xlsx; ohne sie die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--format must be one of %1.</source>
        <translation>--format muss eines von %1 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 format is binary and cannot go to standard output; give an output file with -o.</source>
        <translation>das Format %1 ist binär und kann nicht auf die Standardausgabe gehen; geben Sie mit -o eine Ausgabedatei an.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>give one agreement and --tickets FILE.</source>
        <translation>geben Sie eine Vereinbarung und --tickets DATEI an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--preset must be one of %1.</source>
        <translation>--preset muss einer von %1 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 must be a date such as 2024-07-01.</source>
        <translation>--%1 muss ein Datum wie 2024-07-01 sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--period must be month or quarter.</source>
        <translation>--period muss month oder quarter sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--date-order must be dmy or mdy.</source>
        <translation>--date-order muss dmy oder mdy sein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” has no worksheet.</source>
        <translation>„%1“ hat kein Arbeitsblatt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give --date-order dmy or mdy.</source>
        <translation>Geben Sie --date-order dmy oder mdy an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more rows that could not be read.</source>
        <translation>… und %1 weitere Zeilen, die nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message numerus="yes">
        <location filename="../core/review/reviewreport.cpp" line="+55"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+141"/>
        <location line="+90"/>
        <location line="+19"/>
        <location line="+40"/>
        <location line="+12"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+152"/>
        <location line="+79"/>
        <source>After hours</source>
        <translation>Außerhalb der Geschäftszeit</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+230"/>
        <location line="+19"/>
        <source>Response met</source>
        <translation>Reaktion eingehalten</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Median response</source>
        <translation>Median Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 % answered within</source>
        <translation>90 % beantwortet binnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+227"/>
        <location line="+19"/>
        <source>Resolution met</source>
        <translation>Lösung eingehalten</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Median resolution</source>
        <translation>Median Lösung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+283"/>
        <location line="+12"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>(no party)</source>
        <translation>(keine Partei)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 to %2: %3 tickets, %4 of them after hours.</source>
        <translation>%1 bis %2: %3 Tickets, davon %4 außerhalb der Geschäftszeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 rows of the export could not be read.</source>
        <translation>%1 von %2 Zeilen des Exports konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misrouted</source>
        <translation>Falsch geleitet</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>%1 of %2 within target; median %3</source>
        <translation>%1 von %2 im Ziel; Median %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ticket had a target</source>
        <translation>kein Ticket hatte ein Ziel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of tickets with a target; green: %2 or more</source>
        <translation>%1 der Tickets mit Ziel; grün: %2 oder mehr</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tickets per quarter, by party</source>
        <translation>Tickets pro Quartal, nach Beteiligten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets per month, by party</source>
        <translation>Tickets pro Monat, nach Beteiligten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+154"/>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Service review: %1</source>
        <translation>Service-Review: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket of the export falls in these days.</source>
        <translation>Kein Ticket des Exports fällt in diese Tage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 of all tickets</source>
        <translation>%1 aller Tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First response within target</source>
        <translation>Erstreaktion im Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution within target</source>
        <translation>Lösung im Ziel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 ratings</source>
        <translation>aus %1 Bewertungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handled by another party</source>
        <translation>Von anderen Beteiligten bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of all tickets went to another party than the rule names</source>
        <translation>%1 aller Tickets gingen an andere Beteiligte, als die Regel nennt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No rule matched</source>
        <translation>Keine Regel passte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>tickets in %n categories no rule covers</source>
        <translation>
            <numerusform>Tickets in %n Kategorie, die keine Regel abdeckt</numerusform>
            <numerusform>Tickets in %n Kategorien, die keine Regel abdeckt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every ticket matched a routing rule</source>
        <translation>jedes Ticket passte zu einer Routing-Regel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First response within target, by urgency</source>
        <translation>Erstreaktion im Ziel, nach Dringlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution within target, by urgency</source>
        <translation>Lösung im Ziel, nach Dringlichkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handled by another party than the rule names, by category</source>
        <translation>Von anderen Beteiligten bearbeitet, als die Regel nennt, nach Kategorie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compared with earlier reviews</source>
        <translation>Im Vergleich mit früheren Reviews</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (this review)</source>
        <translation>%1 (diese Überprüfung)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Routing as practised</source>
        <translation>Routing, wie es gelebt wird</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ticket(s) came in after hours with no rule naming who takes them.</source>
        <translation>
            <numerusform>%n Ticket kam außerhalb der Geschäftszeiten herein, ohne dass eine Regel nennt, wer es übernimmt.</numerusform>
            <numerusform>%n Tickets kamen außerhalb der Geschäftszeiten herein, ohne dass eine Regel nennt, wer sie übernimmt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handled by another party than the rule names</source>
        <translation>Von anderen Beteiligten bearbeitet, als die Regel nennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule names</source>
        <translation>Die Regel nennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories no rule covers</source>
        <translation>Kategorien, die keine Regel abdeckt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What keeps coming back</source>
        <translation>Was immer wiederkommt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 subjects seen most often of %2 that came back at least %3 times.</source>
        <translation>Die %1 häufigsten von %2 Betreffen, die mindestens %3-mal wiederkamen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About the data</source>
        <translation>Zu den Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows of the export could not be read and are not counted.</source>
        <translation>%1 von %2 Zeilen des Exports konnten nicht gelesen werden und werden nicht gezählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handlers no party matches: %1.</source>
        <translation>Bearbeiter, zu denen kein Beteiligter passt: %1.</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+229"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <location line="+21"/>
        <location line="+13"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Breakdowns</source>
        <translation>Aufschlüsselungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>ReviewMappingDialog</name>
    <message>
        <location filename="../ui/reviewmappingdialog.cpp" line="+64"/>
        <source>Order of day and month</source>
        <translation>Reihenfolge von Tag und Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day first (31/12/2024)</source>
        <translation>&amp;Tag zuerst (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2024)</source>
        <translation>&amp;Monat zuerst (12/31/2024)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority in the export</source>
        <translation>Priorität im Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency of each priority</source>
        <translation>Dringlichkeit jeder Priorität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handler in the export</source>
        <translation>Bearbeiter im Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party of each handler</source>
        <translation>Partei jedes Bearbeiters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map Ticket Columns</source>
        <translation>Ticket-Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First rows of the export</source>
        <translation>Erste Zeilen des Exports</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(not in the export)</source>
        <translation>(nicht im Export)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handlers</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First rows of the export:</source>
        <translation>Erste Zeilen des Exports:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The column “%1” writes dates such as “%2”: is that day/month/year or month/day/year?</source>
        <translation>Die Spalte „%1“ schreibt Daten wie „%2“: Ist das Tag/Monat/Jahr oder Monat/Tag/Jahr?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a column for the %1.</source>
        <translation>Wählen Sie eine Spalte für %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say in which order the dates give day and month.</source>
        <translation>Geben Sie an, in welcher Reihenfolge die Daten Tag und Monat nennen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Urgency of “%1”</source>
        <translation>Dringlichkeit von „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n name(s) in the export match a party&apos;s name or code and are taken as that party.</source>
        <translation>
            <numerusform>%n Name im Export entspricht dem Namen oder Kürzel einer Partei und wird dieser Partei zugeordnet.</numerusform>
            <numerusform>%n Namen im Export entsprechen dem Namen oder Kürzel einer Partei und werden dieser Partei zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which party each team, queue or agent of the export belongs to.</source>
        <translation>Zu welcher Partei jedes Team, jede Queue und jeder Agent des Exports gehört.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no party)</source>
        <translation>(keine Partei)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Party of “%1”</source>
        <translation>Partei von „%1“</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/reviewpage.cpp" line="+120"/>
        <source>&amp;Import Tickets…</source>
        <translation>Tickets &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map Columns…</source>
        <translation>Spalten zuordnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Revie&amp;w…</source>
        <translation>Überprüfung s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read a help desk&apos;s ticket export (CSV or XLSX) and measure the agreement against it</source>
        <translation>Den Ticket-Export eines Helpdesks (CSV oder XLSX) einlesen und die Vereinbarung daran messen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day reviewed</source>
        <translation>Erster überprüfter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day reviewed</source>
        <translation>Letzter überprüfter Tag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable rows</source>
        <translation>Unlesbare Zeilen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+49"/>
        <location line="+631"/>
        <location line="+70"/>
        <location line="+59"/>
        <location line="+18"/>
        <location line="+8"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-834"/>
        <location line="+48"/>
        <location line="+701"/>
        <source>After hours</source>
        <translation>Außerhalb der Geschäftszeit</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>Response within target</source>
        <translation>Reaktion im Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within target</source>
        <translation>Lösung im Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+756"/>
        <source>Handled by another party</source>
        <translation>Von einer anderen Partei bearbeitet</translation>
    </message>
    <message>
        <location line="-802"/>
        <source>Categories no rule covers</source>
        <translation>Kategorien ohne Regel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tickets per period by party</source>
        <translation>Tickets je Zeitraum nach Partei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within target by urgency</source>
        <translation>Im Ziel nach Dringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Handled by another party, by category</source>
        <translation>Von einer anderen Partei bearbeitet, nach Kategorie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review tables</source>
        <translation>Tabellen der Überprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+809"/>
        <source>Saved reviews</source>
        <translation>Gespeicherte Überprüfungen</translation>
    </message>
    <message>
        <location line="-808"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a row or press Enter to see its tickets.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um ihre Tickets zu sehen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import a ticket export from your help desk (ConnectWise, Autotask, HaloPSA, Freshservice, Zendesk, Jira Service Management or any CSV or XLSX) to see how the agreement held up.</source>
        <translation>Importieren Sie einen Ticket-Export Ihres Helpdesks (ConnectWise, Autotask, HaloPSA, Freshservice, Zendesk, Jira Service Management oder eine beliebige CSV- oder XLSX-Datei), um zu sehen, wie sich die Vereinbarung bewährt hat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write the review as a report for a meeting (PDF, HTML, Markdown) or its figures for a spreadsheet (XLSX, JSON, CSV)</source>
        <translation>Das Review als Bericht für eine Besprechung (PDF, HTML, Markdown) oder seine Zahlen für eine Tabellenkalkulation (XLSX, JSON, CSV) schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this review&apos;s figures (not the tickets) in the agreement, so that the next review shows the trend</source>
        <translation>Die Zahlen dieser Überprüfung (nicht die Tickets) in der Vereinbarung speichern, damit die nächste Überprüfung die Entwicklung zeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which column of the export holds what, how its dates and priorities read and which party each handler is</source>
        <translation>Angeben, welche Spalte des Exports was enthält, wie Daten und Prioritäten zu lesen sind und welche Partei jeder Bearbeiter ist</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import ticket export</source>
        <translation>Ticket-Export importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket exports (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Ticket-Exporte (*.csv *.xlsx *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Remember ticket columns</source>
        <translation>Ticket-Spalten merken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no review to export</source>
        <translation>es gibt kein Review zum Exportieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“.%1” is not a format the review is written in; choose PDF, HTML, Markdown, XLSX, JSON or CSV</source>
        <translation>„.%1“ ist kein Format, in dem das Review geschrieben wird; wählen Sie PDF, HTML, Markdown, XLSX, JSON oder CSV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>service-review-%1.pdf</source>
        <translation>service-review-%1.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export service review</source>
        <translation>Service-Review exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown (*.md);;Excel workbook (*.xlsx);;JSON (*.json);;CSV table (*.csv)</source>
        <translation>PDF-Bericht (*.pdf);;HTML-Bericht (*.html);;Markdown (*.md);;Excel-Arbeitsmappe (*.xlsx);;JSON (*.json);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the review</source>
        <translation>Das Review kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the review to %1</source>
        <translation>Review nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Review</source>
        <translation>Überprüfung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name of the review:</source>
        <translation>&amp;Name der Überprüfung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace saved review %1</source>
        <translation>Gespeicherte Überprüfung %1 ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save review %1</source>
        <translation>Überprüfung %1 speichern</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No saved review yet</source>
        <translation>Noch keine gespeicherte Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No saved review before this one</source>
        <translation>Keine gespeicherte Überprüfung vor dieser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 points against %2</source>
        <translation>%1 Prozentpunkte gegenüber %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 % a month against %2</source>
        <translation>%1 % pro Monat gegenüber %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 tickets, %3 a month</source>
        <translation>%1: %2 Tickets, %3 pro Monat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Replaying the tickets against the agreement…</source>
        <translation>Tickets werden gegen die Vereinbarung abgespielt …</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read with the column mapping kept in the agreement; Map Columns changes it.</source>
        <translation>Mit der in der Vereinbarung gespeicherten Spaltenzuordnung gelesen; „Spalten zuordnen“ ändert sie.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n row(s) could not be read and are not counted.</source>
        <translation>
            <numerusform>%1 von %n Zeile konnte nicht gelesen werden und zählt nicht mit.</numerusform>
            <numerusform>%1 von %n Zeilen konnten nicht gelesen werden und zählen nicht mit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n unreadable row(s)</source>
        <translation>
            <numerusform>%n unlesbare Zeile</numerusform>
            <numerusform>%n unlesbare Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>… and %n more not listed</source>
        <translation>
            <numerusform>… und %n weitere, nicht aufgeführt</numerusform>
            <numerusform>… und %n weitere, nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n ticket(s) came in after hours</source>
        <translation>
            <numerusform>%n Ticket ging außerhalb der Geschäftszeit ein</numerusform>
            <numerusform>%n Tickets gingen außerhalb der Geschäftszeit ein</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1 of %2 tickets with a target; median %3, 90 % within %4</source>
        <translation>%1 von %2 Tickets mit Ziel; Median %3, 90 % innerhalb von %4</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n ticket(s) matched no routing rule</source>
        <translation>
            <numerusform>%n Ticket passte zu keiner Routing-Regel</numerusform>
            <numerusform>%n Tickets passten zu keiner Routing-Regel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+175"/>
        <source>(no party)</source>
        <translation>(keine Partei)</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-641"/>
        <location line="+700"/>
        <source>Response in target</source>
        <translation>Reaktion im Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median response</source>
        <translation>Median Reaktion</translation>
    </message>
    <message>
        <location line="-701"/>
        <location line="+701"/>
        <source>Resolution in target</source>
        <translation>Lösung im Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median resolution</source>
        <translation>Median Lösung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+19"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Tickets in “%1”</source>
        <translation>Tickets in „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By urgency</source>
        <translation>Nach Dringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets</source>
        <translation>Tickets mit Dringlichkeit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By site</source>
        <translation>Nach Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no site)</source>
        <translation>(kein Standort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets at %1</source>
        <translation>Tickets am Standort %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By party</source>
        <translation>Nach Partei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tickets handled by %1</source>
        <translation>Von %1 bearbeitete Tickets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule names</source>
        <translation>Regel nennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of</source>
        <translation>Von insgesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets handled by %2 instead of %3</source>
        <translation>Tickets in „%1“, bearbeitet von %2 statt %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>after hours</source>
        <translation>außerhalb der Geschäftszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in hours</source>
        <translation>in der Geschäftszeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tickets in “%1” no rule covers</source>
        <translation>Tickets in „%1“, die keine Regel abdeckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recurring subjects</source>
        <translation>Wiederkehrende Betreffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tickets about “%1”</source>
        <translation>Tickets zu „%1“</translation>
    </message>
    <message>
        <location line="-788"/>
        <location line="+791"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding and suggestion</source>
        <translation>Befund und Vorschlag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click or press Enter to open the rule</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um die Regel zu öffnen</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <location filename="../render/reviewpdf.cpp" line="+77"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stacked bar chart. %1 (%2): %3.</source>
        <translation>Gestapeltes Balkendiagramm. %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>SERVICE REVIEW</source>
        <translation>SERVICE-REVIEW</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>drawing a PDF needs the graphical libraries, which this program did not start</source>
        <translation>ein PDF zu zeichnen braucht die Grafikbibliotheken, die dieses Programm nicht gestartet hat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the font %1 cannot be embedded in a PDF</source>
        <translation>die Schrift %1 kann nicht in ein PDF eingebettet werden</translation>
    </message>
</context>
<context>
    <name>ReviewTask</name>
    <message>
        <location filename="../ui/reviewtask.cpp" line="+99"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read “%1”: it is larger than %2 MiB.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist größer als %2 MiB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the tickets…</source>
        <translation>Tickets werden gelesen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is empty: it has no header row.</source>
        <translation>„%1“ ist leer: Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replaying the tickets against the agreement…</source>
        <translation>Tickets werden gegen die Vereinbarung abgespielt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collecting the tickets behind the figures…</source>
        <translation>Die Tickets hinter den Zahlen werden gesammelt …</translation>
    </message>
</context>
<context>
    <name>ReviewTicketList</name>
    <message>
        <location filename="../ui/reviewticketlist.cpp" line="+50"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After hours</source>
        <translation>Außerhalb der Geschäftszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved in</source>
        <translation>Gelöst in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longer than the agreed %1</source>
        <translation>Länger als die vereinbarten %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewXlsx</name>
    <message>
        <location filename="../render/reviewxlsx.cpp" line="+173"/>
        <source>(no party)</source>
        <translation>(kein Beteiligter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+223"/>
        <source>Service review: %1</source>
        <translation>Service-Review: %1</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+99"/>
        <location line="+59"/>
        <location line="+30"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+99"/>
        <source>After hours</source>
        <translation>Außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>First response with a target</source>
        <translation>Erstreaktion mit Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within target</source>
        <translation>Erstreaktion im Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response attainment</source>
        <translation>Zielerreichung Erstreaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median first response (minutes)</source>
        <translation>Median Erstreaktion (Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90th percentile first response (minutes)</source>
        <translation>90. Perzentil Erstreaktion (Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution with a target</source>
        <translation>Lösung mit Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution within target</source>
        <translation>Lösung im Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <location line="+81"/>
        <source>Resolution attainment</source>
        <translation>Zielerreichung Lösung</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Median resolution (minutes)</source>
        <translation>Median Lösung (Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90th percentile resolution (minutes)</source>
        <translation>90. Perzentil Lösung (Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by another party than the rule names</source>
        <translation>Von anderen Beteiligten bearbeitet, als die Regel nennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule matched</source>
        <translation>Keine Regel passte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After hours with no rule naming a handler</source>
        <translation>Außerhalb der Geschäftszeiten ohne Regel, die einen Bearbeiter nennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that could not be read</source>
        <translation>Nicht lesbare Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Volume by party</source>
        <translation>Volumen nach Beteiligten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Tickets per period, by party</source>
        <translation>Tickets pro Zeitraum, nach Beteiligten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response with target</source>
        <translation>Reaktion mit Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response met</source>
        <translation>Reaktion erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Response attainment</source>
        <translation>Zielerreichung Reaktion</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Median response (min)</source>
        <translation>Median Reaktion (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile response (min)</source>
        <translation>90. Perzentil Reaktion (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution with target</source>
        <translation>Lösung mit Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution met</source>
        <translation>Lösung erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median resolution (min)</source>
        <translation>Median Lösung (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile resolution (min)</source>
        <translation>90. Perzentil Lösung (min)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Party</source>
        <translation>Beteiligter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no rule matches)</source>
        <translation>(keine Regel passt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The rule names</source>
        <translation>Die Regel nennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of tickets</source>
        <translation>Von Tickets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (this review)</source>
        <translation>%1 (dieses Review)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misrouted</source>
        <translation>Fehlgeleitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no temporary folder for the workbook: %1</source>
        <translation>kein temporärer Ordner für die Arbeitsmappe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../core/revisions/revisionhistory.cpp" line="+44"/>
        <source>revision %1, %2</source>
        <translation>Revision %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — changed since revision %2 signed on %3</source>
        <translation>%1 – geändert seit Revision %2, unterzeichnet am %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A revision needs at least one signatory.</source>
        <translation>Eine Revision braucht mindestens einen Unterzeichner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A revision needs the date it was signed.</source>
        <translation>Eine Revision braucht das Datum der Unterzeichnung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every signatory needs a name.</source>
        <translation>Jeder Unterzeichner braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 signs for party %2, which does not exist.</source>
        <translation>%1 unterzeichnet für Partei %2, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revision %1 is already signed with this content.</source>
        <translation>Revision %1 ist mit diesem Inhalt bereits unterzeichnet.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no signed revision %1.</source>
        <translation>Es gibt keine unterzeichnete Revision %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
</context>
<context>
    <name>RevisionsCommand</name>
    <message>
        <location filename="../app/cli/revisionscommand.cpp" line="+16"/>
        <source>List the signed revisions of an agreement: number, date, signatories, fingerprint; then where the current content stands.</source>
        <translation>Listet die unterzeichneten Revisionen einer Vereinbarung auf: Nummer, Datum, Unterzeichner, Fingerabdruck; dann den Stand des aktuellen Inhalts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement.</source>
        <translation>Die Vereinbarung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give exactly one file.</source>
        <translation>genau eine Datei angeben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No signed revisions.</source>
        <translation>Keine unterzeichneten Revisionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../ui/revisionsdialog.cpp" line="+20"/>
        <source>&amp;Open Read-Only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export As Signed…</source>
        <translation>Wie unterzeichnet &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore As Draft</source>
        <translation>Als Entwurf &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare With Draft</source>
        <translation>Mit Entwurf &amp;vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed Revisions</source>
        <translation>Unterzeichnete Revisionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed revisions</source>
        <translation>Unterzeichnete Revisionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this revision&apos;s content the new draft (one undo step)</source>
        <translation>Den Inhalt dieser Revision zum neuen Entwurf machen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1. Nothing has been signed yet: File → Sign Revision records the first sign-off.</source>
        <translation>%1. Noch nichts unterzeichnet: Datei → Revision unterzeichnen hält die erste Unterzeichnung fest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <location filename="../ui/rolepicker.cpp" line="+35"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every role from this cell</source>
        <translation>Alle Rollen aus dieser Zelle entfernen</translation>
    </message>
</context>
<context>
    <name>RouteCommand</name>
    <message>
        <location filename="../app/cli/routecommand.cpp" line="+17"/>
        <source>no one</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show how one ticket is routed: the rule that takes it, who picks it up, when and to whom it escalates, and the targets. Exits with 1 when no rule takes it.</source>
        <translation>Zeigen, wie ein Ticket zugewiesen wird: die Regel, die es übernimmt, wer es bearbeitet, wann und an wen es eskaliert wird, und die Zielzeiten. Endet mit 1, wenn keine Regel es übernimmt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agreement whose rules route.</source>
        <translation>Die Vereinbarung, deren Regeln das Ticket zuweisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket&apos;s category, one of the agreement&apos;s.</source>
        <translation>Die Kategorie des Tickets, eine der Kategorien der Vereinbarung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ticket&apos;s urgency: %1.</source>
        <translation>Die Dringlichkeit des Tickets: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site the ticket comes from; none by default.</source>
        <translation>Der Standort, von dem das Ticket kommt; standardmäßig keiner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user is a VIP.</source>
        <translation>Der Anwender ist ein VIP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket comes in after hours.</source>
        <translation>Das Ticket geht außerhalb der Geschäftszeiten ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give exactly one file.</source>
        <translation>genau eine Datei angeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the ticket&apos;s --category and --urgency.</source>
        <translation>--category und --urgency des Tickets angeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown urgency “%1”; use one of: %2.</source>
        <translation>unbekannte Dringlichkeit „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown category “%1”; the agreement&apos;s categories are: %2.</source>
        <translation>unbekannte Kategorie „%1“; die Kategorien der Vereinbarung sind: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rule takes this ticket: it has no one to go to. Add a rule for it or end the rules with a catch-all.</source>
        <translation>Keine Regel übernimmt dieses Ticket: Es hat keinen Empfänger. Fügen Sie eine Regel dafür hinzu oder schließen Sie die Regeln mit einer Auffangregel ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken by:</source>
        <translation>Übernommen von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(after-hours handler)</source>
        <translation>(Bearbeiter außerhalb der Geschäftszeiten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalates:</source>
        <translation>Eskalation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no escalation</source>
        <translation>keine Eskalation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to %1 when unresolved after %2</source>
        <translation>an %1, wenn nach %2 ungelöst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to %1 (no trigger set)</source>
        <translation>an %1 (kein Auslöser festgelegt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to %1 when: %2</source>
        <translation>an %1, Auslöser: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response target:</source>
        <translation>Reaktionsziel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution target:</source>
        <translation>Lösungsziel:</translation>
    </message>
</context>
<context>
    <name>RoutingPage</name>
    <message>
        <location filename="../ui/routingpage.cpp" line="+67"/>
        <location line="+371"/>
        <source>Targets of the selected rule</source>
        <translation>Zielzeiten der ausgewählten Regel</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Tickets are tried against the rules from the top; the first rule that matches decides who takes the ticket and where it escalates. End the list with a catch-all rule. Double-click a cell to change it; drag rows to reorder.</source>
        <translation>Tickets werden von oben nach unten mit den Regeln abgeglichen; die erste passende Regel entscheidet, wer das Ticket übernimmt und wohin es eskaliert wird. Schließen Sie die Liste mit einer Auffangregel ab. Doppelklicken Sie auf eine Zelle, um sie zu ändern; ziehen Sie Zeilen, um sie neu anzuordnen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The escalation rules in the order they are tried. Edit a cell in place; Ctrl+Shift+Up/Down or a drag moves a rule; Ctrl+Enter adds one, Ctrl+D duplicates, Ctrl+Delete removes.</source>
        <translation>Die Eskalationsregeln in der Reihenfolge ihrer Prüfung. Zellen lassen sich direkt bearbeiten; Strg+Umschalt+Pfeil nach oben/unten oder Ziehen verschiebt eine Regel; Strg+Eingabe fügt eine hinzu, Strg+D dupliziert, Strg+Entf entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Rule</source>
        <translation>Regel hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a rule below the selected one (Ctrl+Enter)</source>
        <translation>Eine Regel unter der ausgewählten hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rule below it (Ctrl+D)</source>
        <translation>Die ausgewählte Regel darunter kopieren (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rules (Ctrl+Delete)</source>
        <translation>Die ausgewählten Regeln entfernen (Strg+Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the rule earlier (Ctrl+Shift+Up)</source>
        <translation>Die Regel früher prüfen (Strg+Umschalt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the rule later (Ctrl+Shift+Down)</source>
        <translation>Die Regel später prüfen (Strg+Umschalt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Try a ticket</source>
        <translation>Ticket testen</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type minutes, or units: 90, 4 h, 2 days, 1 h 30 min</source>
        <translation>Minuten eingeben oder mit Einheiten: 90, 4 h, 2 d, 1 h 30 min</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket categories and sites</source>
        <translation>Ticket-Kategorien und Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kinds of ticket the rules match, and the area whose duties cover each</source>
        <translation>Die Ticketarten, auf die die Regeln passen, und der Bereich, dessen Aufgaben jede davon abdecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named sites a rule can match, such as branches</source>
        <translation>Benannte Standorte, auf die eine Regel passen kann, etwa Niederlassungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Category</source>
        <translation>Kategorie hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add S&amp;ite</source>
        <translation>Standort hinz&amp;ufügen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Remove %n escalation rules</source>
        <translation>
            <numerusform>%n Eskalationsregel entfernen</numerusform>
            <numerusform>%n Eskalationsregeln entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Targets of rule %1 · %2</source>
        <translation>Zielzeiten von Regel %1 · %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(no area)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ticket category %1 needs a name.</source>
        <translation>Die Ticket-Kategorie %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is already a ticket category “%1”.</source>
        <translation>Es gibt bereits eine Ticket-Kategorie „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit ticket categories</source>
        <translation>Ticket-Kategorien bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Rename ticket category</source>
        <translation>Ticket-Kategorie umbenennen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Site %1 needs a name.</source>
        <translation>Der Standort %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a site “%1”.</source>
        <translation>Es gibt bereits einen Standort „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Rename site</source>
        <translation>Standort umbenennen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New category %1</source>
        <translation>Neue Kategorie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add ticket category</source>
        <translation>Ticket-Kategorie hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove ticket category</source>
        <translation>Ticket-Kategorie entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New site %1</source>
        <translation>Neuer Standort %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove site</source>
        <translation>Standort entfernen</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../ui/rulesmodel.cpp" line="+163"/>
        <source>Matches every ticket: rules below it are never reached.</source>
        <translation>Passt auf jedes Ticket: Die Regeln darunter werden nie erreicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+28"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+8"/>
        <source>%1 or above</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Any location</source>
        <translation>Jeder Standort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VIP only</source>
        <translation>Nur VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After hours only</source>
        <translation>Nur außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not VIP</source>
        <translation>Kein VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business hours only</source>
        <translation>Nur während der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No escalation</source>
        <translation>Keine Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>First responder</source>
        <translation>Erstbearbeiter</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Rules are tried in this order; the first that matches a ticket wins</source>
        <translation>Die Regeln werden in dieser Reihenfolge geprüft; es gilt die erste, die auf ein Ticket passt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalates to</source>
        <translation>Eskaliert an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response L / N / H / C</source>
        <translation>Reaktion Ni / No / Ho / Kr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution L / N / H / C</source>
        <translation>Lösung Ni / No / Ho / Kr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After hours by</source>
        <translation>Außerhalb der Geschäftszeiten durch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What makes the ticket move to the escalation target</source>
        <translation>Was das Ticket an das Eskalationsziel weitergibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long an unresolved ticket waits before it escalates</source>
        <translation>Wie lange ein ungelöstes Ticket wartet, bevor es eskaliert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to first response for low, normal, high and critical urgency</source>
        <translation>Zeit bis zur ersten Reaktion bei niedriger, normaler, hoher und kritischer Dringlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to resolution for low, normal, high and critical urgency</source>
        <translation>Zeit bis zur Lösung bei niedriger, normaler, hoher und kritischer Dringlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who takes the ticket outside business hours</source>
        <translation>Wer das Ticket außerhalb der Geschäftszeiten übernimmt</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Move escalation rule</source>
        <translation>Eskalationsregel verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n escalation rules</source>
        <translation>
            <numerusform>%n Eskalationsregel verschieben</numerusform>
            <numerusform>%n Eskalationsregeln verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedReview</name>
    <message>
        <location filename="../core/review/savedreview.cpp" line="+83"/>
        <source>unknown key “%1”</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a count</source>
        <translation>keine Anzahl</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a text of at most %1 characters</source>
        <translation>kein Text mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <location line="+175"/>
        <location line="+27"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>more tickets within target than with one, or more with a target than measured</source>
        <translation>mehr Tickets innerhalb des Ziels als Tickets mit Ziel, oder mehr mit Ziel als gemessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the median is above the 90th percentile</source>
        <translation>der Median liegt über dem 90. Perzentil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a party id</source>
        <translation>keine Partei-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+137"/>
        <source>more tickets after hours than tickets</source>
        <translation>mehr Tickets außerhalb der Geschäftszeiten als Tickets</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>before the first day</source>
        <translation>vor dem ersten Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be month or quarter</source>
        <translation>muss month oder quarter sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a share from 0 to 1</source>
        <translation>kein Anteil von 0 bis 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given although nothing was rated</source>
        <translation>angegeben, obwohl nichts bewertet wurde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the days are not within the review&apos;s</source>
        <translation>die Tage liegen nicht im Zeitraum der Überprüfung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>more tickets handled elsewhere than tickets</source>
        <translation>mehr anderweitig bearbeitete Tickets als Tickets</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>more warnings than findings</source>
        <translation>mehr Warnungen als Befunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a list of saved reviews</source>
        <translation>keine Liste gespeicherter Überprüfungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 saved reviews</source>
        <translation>mehr als %1 gespeicherte Überprüfungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[%1]: not an object</source>
        <translation>[%1]: kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[%1]: the name “%2” is used twice</source>
        <translation>[%1]: der Name „%2“ wird zweimal verwendet</translation>
    </message>
</context>
<context>
    <name>SecurityModel</name>
    <message>
        <location filename="../ui/securitymodel.cpp" line="+121"/>
        <source>— missing</source>
        <translation>— fehlt</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Security duty</source>
        <translation>Sicherheitsaufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who monitors</source>
        <translation>Wer überwacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who remediates</source>
        <translation>Wer behebt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who approves</source>
        <translation>Wer gibt frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Responsible for a monitoring duty on the same area or system; else Informed of this duty</source>
        <translation>Verantwortlich für eine Überwachungsaufgabe im selben Bereich oder am selben System; sonst über diese Aufgabe informiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible for the duty</source>
        <translation>Verantwortlich für die Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accountable for the duty</source>
        <translation>Rechenschaftspflichtig für die Aufgabe</translation>
    </message>
</context>
<context>
    <name>SecurityOwnership</name>
    <message>
        <location filename="../core/checks/securityownership.cpp" line="+23"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duty %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No one monitors %1: no party is Responsible for a monitoring duty in its area or on its system, and no one is Informed of it. Name who watches it.</source>
        <translation>Niemand überwacht %1: Keine Partei ist für eine Überwachungsaufgabe im Bereich oder am System dieser Aufgabe verantwortlich, und niemand wird über sie informiert. Legen Sie fest, wer sie überwacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one remediates %1: no party is Responsible for it. Give the party that fixes problems the R.</source>
        <translation>Niemand behebt %1: Keine Partei ist dafür verantwortlich. Geben Sie der Partei, die Probleme behebt, das R.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No one approves %1: no party is Accountable for it. Give internal IT the A.</source>
        <translation>Niemand gibt %1 frei: Keine Partei ist dafür rechenschaftspflichtig. Geben Sie der internen IT das A.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 approves %2, a security duty. Internal IT should keep the approval: give it the A and leave %1 the R.</source>
        <translation>%1 gibt %2 frei, eine Sicherheitsaufgabe. Die Freigabe sollte bei der internen IT bleiben: Geben Sie ihr das A und lassen Sie %1 das R.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../ui/securitypage.cpp" line="+18"/>
        <source>Who monitors, who remediates and who approves each security duty, from the matrix: remediation is whoever is Responsible, approval whoever is Accountable. Double-click a row to edit the duty in the matrix.</source>
        <translation>Wer jede Sicherheitsaufgabe überwacht, behebt und freigibt, abgeleitet aus der Matrix: Die Behebung liegt bei der verantwortlichen Partei, die Freigabe bei der rechenschaftspflichtigen. Doppelklicken Sie auf eine Zeile, um die Aufgabe in der Matrix zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The agreement has no security duties.</source>
        <translation>Die Vereinbarung hat keine Sicherheitsaufgaben.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n security duties; each has someone who monitors, remediates and approves.</source>
        <translation>
            <numerusform>%n Sicherheitsaufgabe; für sie ist festgelegt, wer überwacht, behebt und freigibt.</numerusform>
            <numerusform>%n Sicherheitsaufgaben; für jede ist festgelegt, wer überwacht, behebt und freigibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n security duties;</source>
        <translation>
            <numerusform>%n Sicherheitsaufgabe;</numerusform>
            <numerusform>%n Sicherheitsaufgaben;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of them miss someone who monitors, remediates or approves.</source>
        <translation>
            <numerusform>bei %n davon fehlt jemand, der überwacht, behebt oder freigibt.</numerusform>
            <numerusform>bei %n davon fehlt jemand, der überwacht, behebt oder freigibt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceReview</name>
    <message>
        <location filename="../core/review/reviewtickets.cpp" line="+90"/>
        <location filename="../core/review/servicereview.cpp" line="+255"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <location filename="../core/review/servicereview.cpp" line="-58"/>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <location line="+418"/>
        <location line="+56"/>
        <source>(no party)</source>
        <translation>(keine Partei)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 tickets after hours</source>
        <translation>%1-Tickets außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tickets</source>
        <translation>Tickets mit Dringlichkeit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 handled by %4 although the rule “%5” names %6: change the rule or the practice.</source>
        <translation>%1: %2 von %3 von %4 bearbeitet, obwohl die Regel „%5“ %6 nennt: Ändern Sie die Regel oder die Praxis.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 tickets: %2 answered within the agreed response time (of %3 with a target; %4 is the usual bar): review the staffing or the target.</source>
        <translation>%1-Tickets: %2 innerhalb der vereinbarten Reaktionszeit beantwortet (von %3 mit Zielzeit; üblich sind %4): Prüfen Sie die Besetzung oder die Zielzeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tickets: %2 resolved within the agreed resolution time (of %3 with a target; %4 is the usual bar): review the staffing or the target.</source>
        <translation>%1-Tickets: %2 innerhalb der vereinbarten Lösungszeit gelöst (von %3 mit Zielzeit; üblich sind %4): Prüfen Sie die Besetzung oder die Zielzeit.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n ticket(s) in “%1” matched no routing rule: add a rule for them or a catch-all rule.</source>
        <translation>
            <numerusform>%n Ticket in „%1“ passte zu keiner Routing-Regel: Fügen Sie eine Regel dafür oder eine Auffangregel hinzu.</numerusform>
            <numerusform>%n Tickets in „%1“ passten zu keiner Routing-Regel: Fügen Sie eine Regel dafür oder eine Auffangregel hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n ticket(s) came in after hours with nobody named to take them: name an after-hours handler in the routing rules.</source>
        <translation>
            <numerusform>%n Ticket kam außerhalb der Geschäftszeiten, ohne dass jemand dafür benannt ist: Benennen Sie in den Routing-Regeln einen Bearbeiter außerhalb der Geschäftszeiten.</numerusform>
            <numerusform>%n Tickets kamen außerhalb der Geschäftszeiten, ohne dass jemand dafür benannt ist: Benennen Sie in den Routing-Regeln einen Bearbeiter außerhalb der Geschäftszeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” came back %n time(s): a standard fix, self-service or a project may save that work.</source>
        <translation>
            <numerusform>„%1“ kam %n-mal wieder: Eine Standardlösung, Selfservice oder ein Projekt kann diese Arbeit sparen.</numerusform>
            <numerusform>„%1“ kam %n-mal wieder: Eine Standardlösung, Selfservice oder ein Projekt kann diese Arbeit sparen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n team or agent name(s) match no party, such as %1: map them to parties so that routing can be checked for their tickets.</source>
        <translation>
            <numerusform>%n Team- oder Bearbeitername passt zu keiner Partei, etwa %1: Ordnen Sie ihn einer Partei zu, damit das Routing seiner Tickets geprüft werden kann.</numerusform>
            <numerusform>%n Team- oder Bearbeiternamen passen zu keiner Partei, etwa %1: Ordnen Sie sie Parteien zu, damit das Routing ihrer Tickets geprüft werden kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n row(s) of the export could not be read and are not counted.</source>
        <translation>
            <numerusform>%1 von %n Zeile des Exports konnte nicht gelesen werden und wird nicht gezählt.</numerusform>
            <numerusform>%1 von %n Zeilen des Exports konnten nicht gelesen werden und werden nicht gezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../core/exchange/sheet/sheetimport.cpp" line="+78"/>
        <source>no header row was found (a row naming the duty column and the parties&apos; columns)</source>
        <translation>es wurde keine Kopfzeile gefunden (eine Zeile, die die Aufgabenspalte und die Spalten der Parteien benennt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no column holds the duties; choose one</source>
        <translation>keine Spalte enthält die Aufgaben; wählen Sie eine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column %1 already holds the party “%2”</source>
        <translation>Spalte %1 enthält bereits die Partei „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no column holds RACI roles; mark the parties&apos; columns as parties</source>
        <translation>keine Spalte enthält RACI-Rollen; kennzeichnen Sie die Spalten der Parteien als Parteien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the row has roles but no duty title</source>
        <translation>die Zeile hat Rollen, aber keinen Aufgabentitel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a duty kind (task, security, approval, project)</source>
        <translation>„%1“ ist keine Art von Aufgabe (task, security, approval, project)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%1” is too long to be a party&apos;s name</source>
        <translation>„%1“ ist zu lang für den Namen einer Partei</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the sheet has more than %1 duties</source>
        <translation>das Blatt hat mehr als %1 Aufgaben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no duty rows were found below the header row %1</source>
        <translation>unter der Kopfzeile %1 wurden keine Aufgabenzeilen gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cells marked with x or ✓ were read as %1 (%2).</source>
        <translation>Mit x oder ✓ markierte Zellen wurden als %1 (%2) gelesen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“%1” is not a party of the agreement yet; it was added.</source>
        <translation>„%1“ war noch keine Partei der Vereinbarung; sie wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SheetLayout</name>
    <message>
        <location filename="../core/exchange/sheet/sheetlayout.cpp" line="+338"/>
        <source>“%1…” is too long to be a RACI value</source>
        <translation>„%1…“ ist zu lang für einen RACI-Wert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a RACI value (R, A, C, I, a combination such as A/R or RA, the role&apos;s name, or x)</source>
        <translation>„%1“ ist kein RACI-Wert (R, A, C, I, eine Kombination wie A/R oder RA, der Name der Rolle oder x)</translation>
    </message>
    <message>
        <location line="+333"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role (cells name parties)</source>
        <translation>Rolle (Zellen nennen Parteien)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1” is not a usable mapping: %2.</source>
        <translation>„%1“ ist keine brauchbare Zuordnung: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a Dutymap sheet mapping</source>
        <translation>es ist keine Dutymap-Blattzuordnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1 is not known</source>
        <translation>Version %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“headerRow” must be a row number from 1</source>
        <translation>„headerRow“ muss eine Zeilennummer ab 1 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“mark” must be R, A, C or I</source>
        <translation>„mark“ muss R, A, C oder I sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has too many columns</source>
        <translation>sie hat zu viele Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column %1 has the unknown role “%2”</source>
        <translation>Spalte %1 hat die unbekannte Bedeutung „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column %1 must name one role (R, A, C or I)</source>
        <translation>Spalte %1 muss genau eine Rolle nennen (R, A, C oder I)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Header row: none found</source>
        <translation>Kopfzeile: keine gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header row: %1 (with the group row %2 above it)</source>
        <translation>Kopfzeile: %1 (mit der Gruppenzeile %2 darüber)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header row: %1</source>
        <translation>Kopfzeile: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parties that are %1</source>
        <translation>Parteien mit der Rolle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1 “%2”: %3</source>
        <translation>Spalte %1 „%2“: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mark (x, ✓) means: %1</source>
        <translation>Ein Kreuz (x, ✓) bedeutet: %1</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <location filename="../core/exchange/sheet/csvsheetreader.cpp" line="+45"/>
        <source>the file starts as UTF-16 text but holds bytes that are not UTF-16</source>
        <translation>die Datei beginnt als UTF-16-Text, enthält aber Bytes, die kein UTF-16 sind</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a text file: byte %1 (line %2) is a zero byte</source>
        <translation>keine Textdatei: Byte %1 (Zeile %2) ist ein Nullbyte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not UTF-8 text; it was read as Windows-1252 (Western European). Check the accented letters in the preview.</source>
        <translation>„%1“ ist kein UTF-8-Text; die Datei wurde als Windows-1252 (westeuropäisch) gelesen. Prüfen Sie die Umlaute in der Vorschau.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../core/exchange/sheet/sheetreader.cpp" line="+37"/>
        <location filename="../core/exchange/sheet/xlsxsheetreader.cpp" line="+404"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/exchange/sheet/xlsxsheetreader.cpp" line="+3"/>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a zip archive (an XLSX workbook?), not CSV text</source>
        <translation>es ist ein Zip-Archiv (eine XLSX-Arbeitsmappe?), kein CSV-Text</translation>
    </message>
    <message>
        <location filename="../core/exchange/sheet/csvrecordreader.cpp" line="+22"/>
        <location filename="../core/exchange/sheet/utf8recordreader.h" line="+153"/>
        <source>row %1 has more than %2 columns</source>
        <translation>Zeile %1 hat mehr als %2 Spalten</translation>
    </message>
    <message>
        <location filename="../core/exchange/sheet/csvsheetreader.cpp" line="+20"/>
        <source>it has more than %1 cells</source>
        <translation>sie hat mehr als %1 Zellen</translation>
    </message>
    <message>
        <location filename="../core/exchange/sheet/csvrecordreader.cpp" line="+31"/>
        <location filename="../core/exchange/sheet/utf8recordreader.h" line="+34"/>
        <source>a quoted cell that starts on line %1 is never closed</source>
        <translation>eine Zelle in Anführungszeichen, die in Zeile %1 beginnt, wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/exchange/sheet/sheetreader.cpp" line="-17"/>
        <source>Cannot read “%1”: the file is empty.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read “%1”: it is an old Excel 97–2003 workbook (.xls); save it as .xlsx or CSV first.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist eine alte Excel-97–2003-Arbeitsmappe (.xls); speichern Sie sie zuerst als .xlsx oder CSV.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read “%1”: the file is larger than %2 MiB.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist größer als %2 MiB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Tabellen (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../core/exchange/sheet/xlsxsheetreader.cpp" line="-343"/>
        <source>the workbook has no part “%1”</source>
        <translation>die Arbeitsmappe hat keinen Teil „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the part “%1” cannot be unpacked (%2)</source>
        <translation>der Teil „%1“ kann nicht entpackt werden (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the part “%1” is damaged (%2)</source>
        <translation>der Teil „%1“ ist beschädigt (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the part “%1” unpacks to more than %2 MiB (a zip bomb?)</source>
        <translation>der Teil „%1“ wird beim Entpacken größer als %2 MiB (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the part “%1” declares a document type (entities are not allowed in a workbook)</source>
        <translation>der Teil „%1“ deklariert einen Dokumenttyp (Entitäten sind in einer Arbeitsmappe nicht erlaubt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the part “%1” is not well-formed XML (line %2: %3)</source>
        <translation>der Teil „%1“ ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>sheet “%1”, row %2 has a cell named “%3”</source>
        <translation>Blatt „%1“, Zeile %2 hat eine Zelle namens „%3“</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>sheet “%1”, cell %2 refers to a shared text that does not exist (“%3”)</source>
        <translation>Blatt „%1“, Zelle %2 verweist auf einen gemeinsamen Text, den es nicht gibt („%3“)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the workbook has more than %1 cells with values</source>
        <translation>die Arbeitsmappe hat mehr als %1 Zellen mit Werten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sheet “%1” has a row numbered “%2”</source>
        <translation>Blatt „%1“ hat eine Zeile mit der Nummer „%2“</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>it is not an XLSX workbook (not a zip archive)</source>
        <translation>es ist keine XLSX-Arbeitsmappe (kein Zip-Archiv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip archive is damaged or truncated</source>
        <translation>das Zip-Archiv ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the workbook has more than %1 shared texts</source>
        <translation>die Arbeitsmappe hat mehr als %1 gemeinsame Texte</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the workbook has more than %1 sheets</source>
        <translation>die Arbeitsmappe hat mehr als %1 Blätter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workbook has no sheets</source>
        <translation>die Arbeitsmappe hat keine Blätter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the workbook has no worksheets</source>
        <translation>die Arbeitsmappe hat keine Tabellenblätter</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+23"/>
        <source>Print the responsibility matrix as aligned text.</source>
        <translation>Die Verantwortungsmatrix als ausgerichteten Text ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agreement to show.</source>
        <translation>Die anzuzeigende Vereinbarung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width of the duty column (default 64).</source>
        <translation>Breite der Aufgabenspalte (Standard 64).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one file.</source>
        <translation>genau eine Datei angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--width must be a number from 10 to 1000.</source>
        <translation>--width muss eine Zahl von 10 bis 1000 sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client: %1  Provider: %2  Status: %3  Revision: %4</source>
        <translation>Kunde: %1  Dienstleister: %2  Status: %3  Revision: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A = Accountable, R = Responsible, C = Consulted, I = Informed</source>
        <translation>A = Rechenschaftspflichtig, R = Verantwortlich, C = Konsultiert, I = Informiert</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="+16"/>
        <source>Record that the current content of an agreement was signed, as a new revision. Exits with 1 when it is already signed as it is.</source>
        <translation>Hält fest, dass der aktuelle Inhalt einer Vereinbarung unterzeichnet wurde, als neue Revision. Gibt 1 zurück, wenn er so bereits unterzeichnet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement; saved in place.</source>
        <translation>Die Vereinbarung; wird an Ort und Stelle gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who signs (repeat for each signatory).</source>
        <translation>Wer unterzeichnet (für jeden Unterzeichner wiederholen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The party they sign for, by code or name (one per --by).</source>
        <translation>Die Partei, für die unterzeichnet wird, nach Kürzel oder Name (eine je --by).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their title (one per --by, optional).</source>
        <translation>Die Funktion (eine je --by, optional).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note, such as &quot;signed on paper&quot; (one per --by, optional).</source>
        <translation>Eine Notiz wie „auf Papier unterzeichnet“ (eine je --by, optional).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of signing, YYYY-MM-DD (default: today).</source>
        <translation>Das Datum der Unterzeichnung, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one file, and --by NAME --party CODE for each signatory.</source>
        <translation>eine Datei angeben und --by NAME --party KÜRZEL für jeden Unterzeichner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a date like 2026-01-31.</source>
        <translation>„%1“ ist kein Datum wie 2026-01-31.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the agreement has no party “%1”.</source>
        <translation>die Vereinbarung hat keine Partei „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed revision %1 of %2 on %3, fingerprint %4.</source>
        <translation>Revision %1 von %2 am %3 unterzeichnet, Fingerabdruck %4.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../ui/signdialog.cpp" line="+26"/>
        <source>&amp;Remove Signatory</source>
        <translation>Unterzeichner &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Revision %1</source>
        <translation>Revision %1 unterzeichnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: signed on paper, copy filed with the contract</source>
        <translation>Zum Beispiel: auf Papier unterzeichnet, Kopie beim Vertrag abgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+105"/>
        <source>Signs for</source>
        <translation>Unterzeichnet für</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>You sign the content as it is now: %n duties, fingerprint &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>Sie unterzeichnen den jetzigen Inhalt: %n Aufgabe, Fingerabdruck &lt;b&gt;%1&lt;/b&gt;.</numerusform>
            <numerusform>Sie unterzeichnen den jetzigen Inhalt: %n Aufgaben, Fingerabdruck &lt;b&gt;%1&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing records who agreed to this agreement and freezes a copy of it as revision %1.</source>
        <translation>Die Unterzeichnung hält fest, wer dieser Vereinbarung zugestimmt hat, und friert eine Kopie als Revision %1 ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing records who agreed to this revision and freezes a copy of it as revision %1. Revision %2, signed on %3, stays in the file.</source>
        <translation>Die Unterzeichnung hält fest, wer dieser Revision zugestimmt hat, und friert eine Kopie als Revision %1 ein. Revision %2, unterzeichnet am %3, bleibt in der Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Signatory</source>
        <translation>Unterzeichner &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed &amp;on:</source>
        <translation>Unterzeichnet &amp;am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Vermerk:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign Revision %1</source>
        <translation>Revision %1 &amp;unterzeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnatories:</source>
        <translation>Unter&amp;zeichner:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(no party)</source>
        <translation>(keine Partei)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date signed</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Every signatory needs a name.</source>
        <translation>Jeder Unterzeichner braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../ui/startview.cpp" line="+28"/>
        <source>%1: R %2, A %3</source>
        <translation>%1: R %2, A %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h1&gt;Dutymap&lt;/h1&gt;&lt;p&gt;Who does what between internal IT and the managed service provider. Start from a responsibility model and adjust it to your company.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Dutymap&lt;/h1&gt;&lt;p&gt;Wer was zwischen interner IT und dem Managed Service Provider übernimmt. Beginnen Sie mit einem Verantwortungsmodell und passen Sie es an Ihr Unternehmen an.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Best for: %1</source>
        <translation>Geeignet für: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many duties each party is Responsible (R) and Accountable (A) for in this model</source>
        <translation>Für wie viele Aufgaben jede Partei in diesem Modell verantwortlich (R) und rechenschaftspflichtig (A) ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start from this model</source>
        <translation>Mit diesem Modell beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from %1</source>
        <translation>Mit %1 beginnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Not sure which model fits?&lt;/b&gt; Answer questions about your company, its IT team and its pressure points: Dutymap recommends a model, explains why and tailors the agreement to your answers.</source>
        <translation>&lt;b&gt;Nicht sicher, welches Modell passt?&lt;/b&gt; Beantworten Sie Fragen zu Ihrem Unternehmen, seinem IT-Team und seinen Engpässen: Dutymap empfiehlt ein Modell, begründet die Empfehlung und passt die Vereinbarung an Ihre Antworten an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assess your environment</source>
        <translation>Ihre IT-Umgebung &amp;prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open an agreement…</source>
        <translation>Eine Vereinbarung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent agreements:</source>
        <translation>Zuletzt geöffnete Vereinbarungen:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <location filename="../core/model/system.cpp" line="+30"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>SystemsPage</name>
    <message>
        <location filename="../ui/systemspage.cpp" line="+22"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duties</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systems duties are about. A duty names at most one; removing a system keeps its duties.</source>
        <translation>Die Systeme, auf die sich Aufgaben beziehen. Jede Aufgabe bezieht sich auf höchstens ein System; wird ein System entfernt, bleiben seine Aufgaben erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add System</source>
        <translation>&amp;System hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove System</source>
        <translation>System ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move U&amp;p</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <location filename="../core/assessment/tailoring.cpp" line="+101"/>
        <source>%1 The agreement needs an internal IT party and a provider party for this.</source>
        <translation>%1 Dafür braucht die Vereinbarung eine Partei für die interne IT und eine für den Dienstleister.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 gets Operate access to %2 for this work.</source>
        <translation>%1 erhält für diese Arbeit Bedien-Zugriff auf %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody covers urgent tickets after hours.</source>
        <translation>Außerhalb der Geschäftszeiten bearbeitet niemand dringende Tickets.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 handles after-hours tickets in %n routing rules.</source>
        <translation>
            <numerusform>%1 übernimmt Tickets außerhalb der Geschäftszeiten in %n Routing-Regel.</numerusform>
            <numerusform>%1 übernimmt Tickets außerhalb der Geschäftszeiten in %n Routing-Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>%1 is Responsible for %2, internal IT Accountable.</source>
        <translation>%1 ist für %2 verantwortlich, die interne IT rechenschaftspflichtig.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>One person holds critical knowledge.</source>
        <translation>Kritisches Wissen liegt bei einer einzigen Person.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal IT has no dedicated security staff.</source>
        <translation>Die interne IT hat kein eigenes Sicherheitspersonal.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 runs %n security operations duties; internal IT stays Accountable and keeps every approval.</source>
        <translation>
            <numerusform>%1 übernimmt %n Aufgabe im Sicherheitsbetrieb; die interne IT bleibt rechenschaftspflichtig und behält alle Freigaben.</numerusform>
            <numerusform>%1 übernimmt %n Aufgaben im Sicherheitsbetrieb; die interne IT bleibt rechenschaftspflichtig und behält alle Freigaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The company works from %n named locations.</source>
        <translation>
            <numerusform>Das Unternehmen arbeitet an %n benannten Standort.</numerusform>
            <numerusform>Das Unternehmen arbeitet an %n benannten Standorten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>On-site at %1</source>
        <translation>Vor Ort in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sites: %1.</source>
        <translation>Standorte: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-site rules added for %1.</source>
        <translation>Vor-Ort-Regeln für %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cyber insurance questionnaire</source>
        <translation>Fragebogen der Cyberversicherung</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Compliance needs: %1.</source>
        <translation>Compliance-Anforderungen: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 The duty “%2” is not in the catalog.</source>
        <translation>%1 Die Aufgabe „%2“ ist nicht im Katalog.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The compliance duties reference %1.</source>
        <translation>Die Compliance-Aufgaben verweisen auf %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The company does not use Microsoft 365.</source>
        <translation>Das Unternehmen nutzt Microsoft 365 nicht.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the Microsoft 365 area</source>
        <translation>der Bereich Microsoft 365</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duties</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n routing rules</source>
        <translation>
            <numerusform>%n Routing-Regel</numerusform>
            <numerusform>%n Routing-Regeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Microsoft 365 admin tool</source>
        <translation>das Admin-Tool für Microsoft 365</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The assessment has too few answers to recommend a model. Answer %1, or choose a model.</source>
        <translation>Die Bestandsaufnahme enthält zu wenige Antworten für eine Modellempfehlung. Beantworten Sie %1 oder wählen Sie ein Modell.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <location filename="../core/templates/templatecatalog.cpp" line="+48"/>
        <source>&quot;%1.id&quot; repeats &quot;%2&quot;; each id in &quot;%3&quot; must be unique.</source>
        <translation>&quot;%1.id&quot; wiederholt &quot;%2&quot;; jede ID in &quot;%3&quot; muss eindeutig sein.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&quot;%1.area&quot; names &quot;%2&quot;, which is not an area of the catalog.</source>
        <translation>&quot;%1.area&quot; nennt &quot;%2&quot;, das kein Bereich des Katalogs ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1.system&quot; names &quot;%2&quot;, which is not a system of the catalog.</source>
        <translation>&quot;%1.system&quot; nennt &quot;%2&quot;, das kein System des Katalogs ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; names &quot;%2&quot;, which is not a tool of the catalog.</source>
        <translation>&quot;%1&quot; nennt &quot;%2&quot;, das kein Tool des Katalogs ist.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <location filename="../core/templates/templatelibrary.cpp" line="+103"/>
        <source>%1: the file is larger than %2 MB, too large for a template. The file was skipped.</source>
        <translation>%1: Die Datei ist größer als %2 MB und damit zu groß für eine Vorlage. Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file could not be read: %2. The file was skipped.</source>
        <translation>%1: Die Datei konnte nicht gelesen werden: %2. Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: line %2, column %3: %4. The file was skipped.</source>
        <translation>%1: Zeile %2, Spalte %3: %4. Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file must hold one JSON object in curly braces. The file was skipped.</source>
        <translation>%1: Die Datei muss ein JSON-Objekt in geschweiften Klammern enthalten. Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+21"/>
        <location line="+59"/>
        <location line="+21"/>
        <source>%1: %2 The file was skipped.</source>
        <translation>%1: %2 Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1: the model id &quot;%2&quot; is already used by another file in the same folder. The file was skipped.</source>
        <translation>%1: Die Modell-ID &quot;%2&quot; wird bereits von einer anderen Datei im selben Ordner verwendet. Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: &quot;%2&quot; is not a language code such as &quot;de&quot;. The folder was skipped.</source>
        <translation>%1: „%2“ ist kein Sprachcode wie „de“. Der Ordner wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: &quot;model&quot; names &quot;%2&quot;, which is not a model Dutymap knows. The file was skipped.</source>
        <translation>%1: „model“ nennt „%2“, ein Modell, das Dutymap nicht kennt. Die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no responsibility model with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Verantwortungsmodell mit der ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The templates have no words in the language &quot;%1&quot;. Known languages: %2.</source>
        <translation>Die Vorlagen haben keine Texte in der Sprache „%1“. Bekannte Sprachen: %2.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>the client</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-managed IT agreement: %1 and %2</source>
        <translation>Co-Managed-IT-Vereinbarung: %1 und %2</translation>
    </message>
</context>
<context>
    <name>TemplateReader</name>
    <message>
        <location filename="../core/templates/templatereader.cpp" line="+35"/>
        <location line="+53"/>
        <location line="+16"/>
        <source>&quot;%1&quot; is missing.</source>
        <translation>&quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+30"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; muss ein Text sein.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+30"/>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&quot;%1&quot; is &quot;%2&quot;; an id must be lower-case letters and digits joined by hyphens, such as &quot;help-desk&quot;.</source>
        <translation>&quot;%1&quot; ist &quot;%2&quot;; eine ID besteht aus Kleinbuchstaben und Ziffern, verbunden durch Bindestriche, etwa &quot;help-desk&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; must be a list in square brackets.</source>
        <translation>&quot;%1&quot; muss eine Liste in eckigen Klammern sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>&quot;%1&quot; must be an object in curly braces.</source>
        <translation>&quot;%1&quot; muss ein Objekt in geschweiften Klammern sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;format&quot; is &quot;%1&quot;, but this file should be &quot;%2&quot;.</source>
        <translation>&quot;format&quot; ist &quot;%1&quot;, diese Datei sollte aber &quot;%2&quot; sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;formatVersion&quot; is %1: the file was made for a newer Dutymap.</source>
        <translation>&quot;formatVersion&quot; ist %1: Die Datei wurde für eine neuere Dutymap-Version erstellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is &quot;%2&quot;; use one of: %3.</source>
        <translation>&quot;%1&quot; ist &quot;%2&quot;; möglich ist einer dieser Werte: %3.</translation>
    </message>
</context>
<context>
    <name>TemplateTranslation</name>
    <message>
        <location filename="../core/templates/templatetranslation.cpp" line="+41"/>
        <source>&quot;%1&quot;: there is no %2 &quot;%3&quot; in the templates.</source>
        <translation>„%1“: %2 „%3“ gibt es in den Vorlagen nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a non-blank text.</source>
        <translation>„%1“ muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be an object of texts.</source>
        <translation>„%1“ muss ein Objekt aus Texten sein.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>area</source>
        <translation>den Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system</source>
        <translation>das System</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tool</source>
        <translation>das Werkzeug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duty</source>
        <translation>die Aufgabe</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>party</source>
        <translation>die Partei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket category</source>
        <translation>die Ticketkategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site</source>
        <translation>den Standort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule</source>
        <translation>die Regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tool role</source>
        <translation>die Werkzeugrolle</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <location filename="../app/cli/templatescommand.cpp" line="+9"/>
        <source>List the responsibility models a new agreement can start from.</source>
        <translation>Die Verantwortungsmodelle auflisten, mit denen eine neue Vereinbarung beginnen kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print only the model ids, one a line.</source>
        <translation>Nur die Modell-IDs ausgeben, eine pro Zeile.</translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <location filename="../core/revisions/threewaymerge.cpp" line="+340"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Assessment</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the merged agreement</source>
        <translation>die zusammengeführte Vereinbarung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two copies cannot be merged automatically: %1</source>
        <translation>Die beiden Kopien lassen sich nicht automatisch zusammenführen: %1</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <location filename="../core/review/ticketimport.cpp" line="+68"/>
        <source>“%1” has no column “%2” for the %3.</source>
        <translation>„%1“ hat keine Spalte „%2“ für %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a ticket export Dutymap can read%2: no column for the %3. Its columns are %4. Choose the help desk it comes from, or map the columns.</source>
        <translation>„%1“ ist kein Ticketexport, den Dutymap lesen kann%2: keine Spalte für %3. Seine Spalten sind %4. Wählen Sie den Helpdesk, aus dem er stammt, oder ordnen Sie die Spalten zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <location line="+455"/>
        <source>The column “%1” of “%2” writes dates such as “%3” that can be day/month/year or month/day/year. Say which order the export uses.</source>
        <translation>Die Spalte „%1“ von „%2“ schreibt Daten wie „%3“, die Tag/Monat/Jahr oder Monat/Tag/Jahr sein können. Geben Sie an, welche Reihenfolge der Export verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The column “%1” of “%2” holds no date and time Dutymap reads, such as “%3”.</source>
        <translation>Die Spalte „%1“ von „%2“ enthält kein Datum mit Uhrzeit, das Dutymap liest, etwa „%3“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+99"/>
        <source>a cell longer than %L1 characters</source>
        <translation>eine Zelle länger als %L1 Zeichen</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+99"/>
        <source>no ticket id</source>
        <translation>keine Ticketnummer</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+103"/>
        <source>“%1” is not a date and time as the column writes them (%2)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit, wie die Spalte sie schreibt (%2)</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+104"/>
        <source>no created time</source>
        <translation>keine Erstellungszeit</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+104"/>
        <source>“%1” is not a duration</source>
        <translation>„%1“ ist keine Dauer</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+104"/>
        <source>first response before created</source>
        <translation>erste Reaktion vor der Erstellung</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+104"/>
        <source>resolved before created</source>
        <translation>gelöst vor der Erstellung</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>The priority “%1” (%n ticket(s)) means no urgency Dutymap knows; those tickets count as normal until it is mapped.</source>
        <translation>
            <numerusform>Die Priorität „%1“ (%n Ticket) entspricht keiner Dringlichkeit, die Dutymap kennt; dieses Ticket zählt als normal, bis sie zugeordnet ist.</numerusform>
            <numerusform>Die Priorität „%1“ (%n Tickets) entspricht keiner Dringlichkeit, die Dutymap kennt; diese Tickets zählen als normal, bis sie zugeordnet ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+301"/>
        <location line="+16"/>
        <source>cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>“%1” is larger than %2 MiB.</source>
        <translation>„%1“ ist größer als %2 MiB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” does not fit in memory.</source>
        <translation>„%1“ passt nicht in den Speicher.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read “%1”: it is larger than %2 MiB.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei ist größer als %2 MiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read “%1” as CSV: it is a zip archive (an XLSX workbook?).</source>
        <translation>„%1“ kann nicht als CSV gelesen werden: Es ist ein ZIP-Archiv (eine XLSX-Arbeitsmappe?).</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+88"/>
        <location line="+66"/>
        <location line="+15"/>
        <location line="+37"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+169"/>
        <location line="+53"/>
        <source>“%1” is empty: it has no header row.</source>
        <translation>„%1“ ist leer: Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+120"/>
        <location line="+28"/>
        <source>Columns read as an export of %1.</source>
        <translation>Spalten als Export von %1 gelesen.</translation>
    </message>
</context>
<context>
    <name>TicketMapping</name>
    <message>
        <location filename="../core/review/ticketmapping.cpp" line="+89"/>
        <source>unknown key “%1”; a ticket mapping has preset, columns, dateOrder, priorities, handlers and vipRequesters</source>
        <translation>unbekannter Schlüssel „%1“; eine Ticket-Zuordnung hat preset, columns, dateOrder, priorities, handlers und vipRequesters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than %2 entries</source>
        <translation>%1 hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preset “%1” is none of %2</source>
        <translation>preset „%1“ ist keine der Vorlagen %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>columns.%1 is not a ticket field</source>
        <translation>columns.%1 ist kein Ticketfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns.%1 must be a column header of at most %2 characters</source>
        <translation>columns.%1 muss eine Spaltenüberschrift mit höchstens %2 Zeichen sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dateOrder must be dmy or mdy</source>
        <translation>dateOrder muss dmy oder mdy sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>priorities has a text that is empty or longer than %1 characters</source>
        <translation>priorities enthält einen Text, der leer oder länger als %1 Zeichen ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>priorities.%1 must be low, normal, high or critical</source>
        <translation>priorities.%1 muss low, normal, high oder critical sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>handlers has a name that is empty or longer than %1 characters</source>
        <translation>handlers enthält einen Namen, der leer oder länger als %1 Zeichen ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>handlers.%1 is not a party id</source>
        <translation>handlers.%1 ist keine Partei-ID</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>handlers.%1 names party %2, which does not exist</source>
        <translation>handlers.%1 nennt die Partei %2, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>handlers.%1 names “%2”, which is no party of the agreement</source>
        <translation>handlers.%1 nennt „%2“, keine Partei der Vereinbarung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vipRequesters must be a list of names</source>
        <translation>vipRequesters muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vipRequesters has more than %1 entries</source>
        <translation>vipRequesters hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vipRequesters must be a list of names of at most %1 characters</source>
        <translation>vipRequesters muss eine Liste von Namen mit höchstens %1 Zeichen sein</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../ui/ticketpanel.cpp" line="+25"/>
        <source>VI&amp;P user</source>
        <translation>&amp;VIP-Anwender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After hou&amp;rs</source>
        <translation>Außerhalb der Gesch&amp;äftszeiten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ur&amp;gency:</source>
        <translation>Drin&amp;glichkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched rule:</source>
        <translation>Passende Regel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by:</source>
        <translation>Übernommen von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation:</source>
        <translation>Eskalation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets:</source>
        <translation>Zielzeiten:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no listed category)</source>
        <translation>(keine aufgeführte Kategorie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No named site</source>
        <translation>Kein benannter Standort</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>nobody (the rule names no party)</source>
        <translation>niemand (die Regel nennt keine Partei)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No rule matches this ticket.</source>
        <translation>Keine Regel passt auf dieses Ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody: add a catch-all rule at the end of the list so every ticket has an owner.</source>
        <translation>Niemand: Fügen Sie am Ende der Liste eine Auffangregel hinzu, damit jedes Ticket einen Zuständigen hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule %1 · %2</source>
        <translation>Regel %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(after-hours handler)</source>
        <translation>(Bearbeiter außerhalb der Geschäftszeiten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: the ticket stays with whoever takes it.</source>
        <translation>Keine: Das Ticket bleibt bei dem, der es übernimmt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To %1 at once.</source>
        <translation>Sofort an %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1 if unresolved after %2.</source>
        <translation>An %1, wenn nach %2 ungelöst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To %1 when it needs an approval.</source>
        <translation>An %1, wenn eine Freigabe nötig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To %1 when it needs business context.</source>
        <translation>An %1, wenn geschäftlicher Kontext nötig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To %1 when it is a security incident.</source>
        <translation>An %1, wenn es sich um einen Sicherheitsvorfall handelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To %1, but the rule sets no trigger.</source>
        <translation>An %1, aber die Regel legt keinen Auslöser fest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no response target for %1 urgency</source>
        <translation>kein Reaktionsziel für Dringlichkeit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response within %1</source>
        <translation>Reaktion innerhalb von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no resolution target for %1 urgency</source>
        <translation>kein Lösungsziel für Dringlichkeit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution within %1</source>
        <translation>Lösung innerhalb von %1</translation>
    </message>
</context>
<context>
    <name>TicketPreset</name>
    <message>
        <location filename="../core/review/ticketpreset.cpp" line="+16"/>
        <source>ticket id</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time to first response</source>
        <translation>Zeit bis zur ersten Reaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subcategory</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agent</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requester</source>
        <translation>Anfragende Person</translation>
    </message>
</context>
<context>
    <name>TimestampFormat</name>
    <message>
        <location filename="../core/review/timestampformat.cpp" line="+315"/>
        <source>year-month-day (ISO 8601)</source>
        <translation>Jahr-Monat-Tag (ISO 8601)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day and month name</source>
        <translation>Tag und Monatsname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spreadsheet serial number</source>
        <translation>Seriennummer der Tabellenkalkulation</translation>
    </message>
</context>
<context>
    <name>ToolAccess</name>
    <message>
        <location filename="../core/model/tool.cpp" line="+30"/>
        <source>None</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operate</source>
        <translation>Bedienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrieren</translation>
    </message>
</context>
<context>
    <name>ToolsModel</name>
    <message>
        <location filename="../ui/toolsmodel.cpp" line="+195"/>
        <location line="+8"/>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by: %1</source>
        <translation>Genehmigt von: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MFA required</source>
        <translation>MFA erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No MFA required</source>
        <translation>Keine MFA erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires on %1</source>
        <translation>Läuft am %1 ab</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Set %1 access</source>
        <translation>Zugriff „%1“ festlegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access of %1 (%2): N none, R read, O operate, A admin</source>
        <translation>Zugriff von %1 (%2): N kein Zugriff, R Lesen, O Bedienen, A Administrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The party that owns the tool and its licence</source>
        <translation>Die Partei, der das Tool und seine Lizenz gehören</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <location filename="../ui/toolspage.cpp" line="+29"/>
        <source>MFA re&amp;quired</source>
        <translation>MFA erfo&amp;rderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ex&amp;pires on:</source>
        <translation>G&amp;ültig bis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may do what in each tool. Internal IT keeps at least read access everywhere, so nothing hides behind a vendor wall. Type N, R, O or A to set none, read, operate or admin access.</source>
        <translation>Wer in welchem Tool was darf. Die interne IT behält überall mindestens Lesezugriff, damit nichts hinter einer Dienstleister-Mauer verborgen bleibt. Mit N, R, O oder A legen Sie keinen Zugriff, Lese-, Bedien- oder Admin-Zugriff fest.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tools against parties. Type N, R, O or A to set no, read, operate or admin access on the selected cells; F2 renames a tool.</source>
        <translation>Tools und Parteien. Mit N, R, O oder A legen Sie in den ausgewählten Zellen keinen Zugriff, Lese-, Bedien- oder Admin-Zugriff fest; F2 benennt ein Tool um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Tool</source>
        <translation>Tool hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Tool</source>
        <translation>Tool ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Technician, Global reader</source>
        <translation>z. B. Techniker, Globaler Leser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who granted this access</source>
        <translation>wer diesen Zugriff genehmigt hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;in the tool:</source>
        <translation>Rolle &amp;im Tool:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved &amp;by:</source>
        <translation>Genehmigt &amp;von:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Select a party&apos;s cell of %1</source>
        <translation>Wählen Sie für %1 die Zelle einer Partei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access of %1 to %2</source>
        <translation>Zugriff von %1 auf %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New tool</source>
        <translation>Neues Tool</translation>
    </message>
</context>
<context>
    <name>XlsxFormat</name>
    <message>
        <location filename="../render/xlsxformat.cpp" line="+62"/>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>RACI roles</source>
        <translation>RACI-Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose R, A, C, I or a combination such as A/R; leave empty for none.</source>
        <translation>Wählen Sie R, A, C, I oder eine Kombination wie A/R; leer lassen für keine Rolle.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../app/cli/pdfmoduleformat.cpp" line="+20"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no temporary folder for the workbook: %1</source>
        <translation>kein temporärer Ordner für die Arbeitsmappe: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+30"/>
        <source>Plan who does what in co-managed IT.</source>
        <translation>Planen, wer in Co-Managed-IT was übernimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the built-in sample agreement.</source>
        <translation>Die mitgelieferte Beispielvereinbarung öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement to open.</source>
        <translation>Eine zu öffnende Vereinbarung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sample agreement</source>
        <translation>Beispielvereinbarung</translation>
    </message>
</context>
</TS>
