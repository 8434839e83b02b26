#include "storage/schema.h"

#include "model/agreement.h"

namespace {

// The model's enums are contiguous from 0, and their key functions return an
// empty string past the last value; the CHECK lists follow the model that way.
template <typename Enum>
QString keyList(QString (*key)(Enum))
{
    QStringList quoted;
    for (int i = 0;; ++i) {
        const QString k = key(static_cast<Enum>(i));
        if (k.isEmpty())
            break;
        quoted.append(QLatin1Char('\'') + k + QLatin1Char('\''));
    }
    return quoted.join(QLatin1String(", "));
}

} // namespace

QStringList AgreementSchema::createStatements()
{
    const QString status = keyList(&AgreementDetails::statusKey);
    const QString partyKinds = keyList(&Party::kindKey);
    const QString criticalities = keyList(&System::criticalityKey);
    const QString dutyKinds = keyList(&Duty::kindKey);
    const QString levels = keyList(&ToolAccess::levelKey);
    const QString urgencies = keyList(&EscalationRule::urgencyKey);
    const QString matches = keyList(&EscalationRule::matchKey);
    const QString triggers = keyList(&EscalationRule::triggerKey);

    return {
        // Key/value so that later versions can add header fields without
        // a migration; the value column is untyped on purpose.
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY NOT NULL,"
                       " value,"
                       " CHECK (key <> 'status' OR value IN (%1)))")
            .arg(status),
        QStringLiteral("CREATE TABLE location ("
                       " position INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE compliance_need ("
                       " position INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE party ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " code TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN (%1)),"
                       " color TEXT CHECK (color IS NULL OR color GLOB '#*'))")
            .arg(partyKinds),
        QStringLiteral("CREATE TABLE area ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0),"
                       " position INTEGER NOT NULL,"
                       " template_key TEXT NOT NULL,"
                       " name TEXT NOT NULL)"),
        // area_id came after the first files were written: a reader accepts
        // the table without it (no area for any category).
        QStringLiteral("CREATE TABLE ticket_category ("
                       " position INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                       " area_id INTEGER REFERENCES area(id))"),
        QStringLiteral("CREATE TABLE system ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0),"
                       " position INTEGER NOT NULL,"
                       " template_key TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " criticality TEXT NOT NULL CHECK (criticality IN (%1)))")
            .arg(criticalities),
        QStringLiteral("CREATE TABLE tool ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0),"
                       " position INTEGER NOT NULL,"
                       " template_key TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " owner_id INTEGER REFERENCES party(id))"),
        QStringLiteral("CREATE TABLE tool_access ("
                       " tool_id INTEGER NOT NULL REFERENCES tool(id),"
                       " party_id INTEGER NOT NULL REFERENCES party(id),"
                       " level TEXT NOT NULL CHECK (level IN (%1)),"
                       " role TEXT NOT NULL,"
                       " approved_by TEXT NOT NULL,"
                       " mfa_required INTEGER NOT NULL CHECK (mfa_required IN (0, 1)),"
                       " expires TEXT CHECK (expires IS NULL OR length(expires) = 10),"
                       " PRIMARY KEY (tool_id, party_id)) WITHOUT ROWID")
            .arg(levels),
        QStringLiteral("CREATE TABLE duty ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0),"
                       " position INTEGER NOT NULL,"
                       " template_key TEXT NOT NULL,"
                       " area_id INTEGER REFERENCES area(id),"
                       " system_id INTEGER REFERENCES system(id),"
                       " title TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN (%1)),"
                       " frequency TEXT NOT NULL,"
                       " notes TEXT NOT NULL)")
            .arg(dutyKinds),
        QStringLiteral("CREATE TABLE duty_control ("
                       " duty_id INTEGER NOT NULL REFERENCES duty(id),"
                       " position INTEGER NOT NULL,"
                       " control TEXT NOT NULL,"
                       " PRIMARY KEY (duty_id, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE duty_tool ("
                       " duty_id INTEGER NOT NULL REFERENCES duty(id),"
                       " position INTEGER NOT NULL,"
                       " tool_id INTEGER NOT NULL REFERENCES tool(id),"
                       " PRIMARY KEY (duty_id, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE raci ("
                       " duty_id INTEGER NOT NULL REFERENCES duty(id),"
                       " party_id INTEGER NOT NULL REFERENCES party(id),"
                       " roles TEXT NOT NULL CHECK (roles <> ''),"
                       " PRIMARY KEY (duty_id, party_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE escalation_rule ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " min_urgency TEXT NOT NULL CHECK (min_urgency IN (%1)),"
                       " location TEXT NOT NULL,"
                       " vip TEXT NOT NULL CHECK (vip IN (%2)),"
                       " after_hours TEXT NOT NULL CHECK (after_hours IN (%2)),"
                       " first_responder_id INTEGER REFERENCES party(id),"
                       " escalate_to_id INTEGER REFERENCES party(id),"
                       " escalate_when TEXT NOT NULL CHECK (escalate_when IN (%3)),"
                       " escalate_after_minutes INTEGER NOT NULL,"
                       " response_low INTEGER NOT NULL,"
                       " response_normal INTEGER NOT NULL,"
                       " response_high INTEGER NOT NULL,"
                       " response_critical INTEGER NOT NULL,"
                       " resolution_low INTEGER NOT NULL,"
                       " resolution_normal INTEGER NOT NULL,"
                       " resolution_high INTEGER NOT NULL,"
                       " resolution_critical INTEGER NOT NULL,"
                       " after_hours_handler_id INTEGER REFERENCES party(id))")
            .arg(urgencies, matches, triggers),
        // signed_on and note since version 2.
        QStringLiteral("CREATE TABLE signatory ("
                       " position INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " party_id INTEGER REFERENCES party(id),"
                       " signed_on TEXT CHECK (signed_on IS NULL OR length(signed_on) = 10),"
                       " note TEXT NOT NULL)"),
        // Version 2. A revision's content is its canonical JSON, compressed
        // (core/revisions/canonicalform.h); its signatories sign for the
        // parties of that content, so party_id refers to no table.
        QStringLiteral("CREATE TABLE revision ("
                       " number INTEGER PRIMARY KEY CHECK (number > 0),"
                       " signed_on TEXT CHECK (signed_on IS NULL OR length(signed_on) = 10),"
                       " fingerprint BLOB NOT NULL CHECK (length(fingerprint) = 32),"
                       " content BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE revision_signatory ("
                       " revision INTEGER NOT NULL REFERENCES revision(number),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " party_id INTEGER,"
                       " signed_on TEXT CHECK (signed_on IS NULL OR length(signed_on) = 10),"
                       " note TEXT NOT NULL,"
                       " PRIMARY KEY (revision, position)) WITHOUT ROWID"),
    };
}

QStringList AgreementSchema::requiredTables(int version)
{
    QStringList tables = {
        QStringLiteral("meta"),         QStringLiteral("ticket_category"),
        QStringLiteral("location"),     QStringLiteral("compliance_need"),
        QStringLiteral("party"),        QStringLiteral("area"),
        QStringLiteral("system"),       QStringLiteral("tool"),
        QStringLiteral("tool_access"),  QStringLiteral("duty"),
        QStringLiteral("duty_control"), QStringLiteral("duty_tool"),
        QStringLiteral("raci"),         QStringLiteral("escalation_rule"),
        QStringLiteral("signatory"),
    };
    if (version >= 2)
        tables << QStringLiteral("revision") << QStringLiteral("revision_signatory");
    return tables;
}
