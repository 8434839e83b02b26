#include "review/ticketpreset.h"

#include <QCoreApplication>

namespace {

using F = TicketField;

struct FieldInfo {
    F field;
    const char *key;
    const char *name;
};

constexpr std::array<FieldInfo, TicketFieldCount> fields{{
    {F::Id, "id", QT_TRANSLATE_NOOP("TicketPreset", "ticket id")},
    {F::Created, "created", QT_TRANSLATE_NOOP("TicketPreset", "created")},
    {F::FirstResponse, "firstResponse", QT_TRANSLATE_NOOP("TicketPreset", "first response")},
    {F::FirstResponseMinutes, "firstResponseMinutes",
     QT_TRANSLATE_NOOP("TicketPreset", "time to first response")},
    {F::Resolved, "resolved", QT_TRANSLATE_NOOP("TicketPreset", "resolved")},
    {F::Closed, "closed", QT_TRANSLATE_NOOP("TicketPreset", "closed")},
    {F::Category, "category", QT_TRANSLATE_NOOP("TicketPreset", "category")},
    {F::Subcategory, "subcategory", QT_TRANSLATE_NOOP("TicketPreset", "subcategory")},
    {F::Priority, "priority", QT_TRANSLATE_NOOP("TicketPreset", "priority")},
    {F::Site, "site", QT_TRANSLATE_NOOP("TicketPreset", "site")},
    {F::Vip, "vip", QT_TRANSLATE_NOOP("TicketPreset", "VIP")},
    {F::Team, "team", QT_TRANSLATE_NOOP("TicketPreset", "team")},
    {F::Agent, "agent", QT_TRANSLATE_NOOP("TicketPreset", "agent")},
    {F::Subject, "subject", QT_TRANSLATE_NOOP("TicketPreset", "subject")},
    {F::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("TicketPreset", "satisfaction")},
    {F::Requester, "requester", QT_TRANSLATE_NOOP("TicketPreset", "requester")},
}};

TicketPreset preset(const char *key, const char *name,
                    std::initializer_list<std::pair<F, QStringList>> headers,
                    bool responseInHours = false)
{
    TicketPreset p;
    p.key = QString::fromLatin1(key);
    p.name = QString::fromLatin1(name);
    for (const auto &[field, spellings] : headers)
        p.headers[size_t(field)] = spellings;
    p.responseInHours = responseInHours;
    return p;
}

QStringList list(std::initializer_list<const char *> spellings)
{
    QStringList out;
    for (const char *s : spellings)
        out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

QString ticketFieldKey(TicketField field)
{
    return QString::fromLatin1(fields[size_t(field)].key);
}

TicketField ticketFieldFromKey(QStringView key, bool *ok)
{
    for (const FieldInfo &info : fields) {
        if (key.compare(QLatin1StringView(info.key), Qt::CaseInsensitive) == 0) {
            *ok = true;
            return info.field;
        }
    }
    *ok = false;
    return TicketField::Id;
}

QString ticketFieldName(TicketField field)
{
    return QCoreApplication::translate("TicketPreset", fields[size_t(field)].name);
}

const QList<TicketPreset> &TicketPreset::all()
{
    static const QList<TicketPreset> presets{
        preset("connectwise", "ConnectWise PSA",
               {{F::Id, list({"id", "ticketNumber", "Ticket #", "Ticket Number"})},
                {F::Created, list({"dateEntered", "Date Entered", "_info/dateEntered"})},
                {F::FirstResponse, list({"dateResponded", "Date Responded"})},
                {F::Resolved, list({"dateResolved", "Date Resolved"})},
                {F::Closed, list({"closedDate", "Closed Date"})},
                {F::Category, list({"type", "type/name", "Type"})},
                {F::Subcategory, list({"subType", "subType/name", "item", "item/name"})},
                {F::Priority, list({"priority", "priority/name"})},
                {F::Site, list({"siteName", "site/name", "Site"})},
                {F::Team, list({"board", "board/name", "team", "team/name"})},
                {F::Agent, list({"owner", "owner/identifier", "resources"})},
                {F::Subject, list({"summary", "Summary"})},
                {F::Requester, list({"contactName", "contact/name", "Contact"})}}),
        preset("autotask", "Autotask",
               {{F::Id, list({"Ticket Number", "Ticket ID"})},
                {F::Created, list({"Create Date/Time", "Created", "Create Date"})},
                {F::FirstResponse, list({"First Response Date/Time", "First Response Date"})},
                {F::Resolved, list({"Resolved Date/Time", "Resolved Date"})},
                {F::Closed, list({"Complete Date/Time", "Completed Date/Time", "Complete Date"})},
                {F::Category, list({"Issue Type"})},
                {F::Subcategory, list({"Sub-Issue Type"})},
                {F::Priority, list({"Priority"})},
                {F::Site, list({"Location", "Account Location"})},
                {F::Team, list({"Queue"})},
                {F::Agent, list({"Primary Resource", "Resource"})},
                {F::Subject, list({"Title", "Ticket Title"})},
                {F::Requester, list({"Contact", "Contact Name"})}}),
        preset("halopsa", "HaloPSA",
               {{F::Id, list({"id", "faultid", "Ticket ID"})},
                {F::Created, list({"dateoccurred", "datereported"})},
                {F::FirstResponse, list({"responsedate"})},
                {F::Resolved, list({"dateclosed"})},
                {F::Category, list({"category_1", "category1"})},
                {F::Subcategory, list({"category_2", "category2"})},
                {F::Priority, list({"priority", "priority_name", "priorityid"})},
                {F::Site, list({"site_name", "sitename"})},
                {F::Team, list({"team"})},
                {F::Agent, list({"agent", "agent_name"})},
                {F::Subject, list({"summary", "symptom"})},
                {F::Satisfaction, list({"feedback_score", "satisfaction"})},
                {F::Requester, list({"user_name", "username"})}}),
        preset("freshservice", "Freshservice",
               {{F::Id, list({"Ticket Id", "Ticket ID"})},
                {F::Created, list({"Created Time", "Created Date"})},
                {F::FirstResponse, list({"Initial Response Time", "First Responded Time"})},
                {F::Resolved, list({"Resolved Time"})},
                {F::Closed, list({"Closed Time"})},
                {F::Category, list({"Category"})},
                {F::Subcategory, list({"Sub-Category", "Sub Category"})},
                {F::Priority, list({"Priority", "Urgency"})},
                {F::Site, list({"Requester Location", "Location"})},
                {F::Vip, list({"Requester VIP", "VIP"})},
                {F::Team, list({"Group"})},
                {F::Agent, list({"Agent"})},
                {F::Subject, list({"Subject"})},
                {F::Satisfaction, list({"Survey Result", "Customer Satisfaction"})},
                {F::Requester, list({"Requester Name", "Requester"})}}),
        preset(
            "zendesk", "Zendesk",
            {{F::Id, list({"Id", "Ticket ID"})},
             {F::Created, list({"Created at"})},
             {F::FirstResponseMinutes, list({"First reply time in minutes",
                                             "First reply time in minutes within business hours"})},
             {F::Resolved, list({"Solved at"})},
             {F::Category, list({"Ticket type", "Type"})},
             {F::Priority, list({"Priority"})},
             {F::Site, list({"Organization", "Location"})},
             {F::Team, list({"Group"})},
             {F::Agent, list({"Assignee"})},
             {F::Subject, list({"Subject"})},
             {F::Satisfaction, list({"Satisfaction Score", "Satisfaction"})},
             {F::Requester, list({"Requester", "Requester name"})}}),
        preset(
            "jira", "Jira Service Management",
            {{F::Id, list({"Issue key", "Vorgangsschlüssel", "Clé de ticket"})},
             {F::Created, list({"Created", "Erstellt", "Création"})},
             {F::FirstResponseMinutes, list({"Custom field (Time to first response)",
                                             "Benutzerdefiniertes Feld (Time to first response)"})},
             {F::Resolved, list({"Resolved", "Erledigt", "Résolue"})},
             {F::Category,
              list({"Custom field (Request Type)", "Benutzerdefiniertes Feld (Request Type)",
                    "Issue Type", "Vorgangstyp"})},
             {F::Priority, list({"Priority", "Priorität", "Priorité"})},
             {F::Site, list({"Custom field (Location)", "Custom field (Site)"})},
             {F::Team, list({"Custom field (Team)", "Component/s", "Komponente/n"})},
             {F::Agent, list({"Assignee", "Bearbeiter", "Responsable"})},
             {F::Subject, list({"Summary", "Zusammenfassung", "Résumé"})},
             {F::Satisfaction, list({"Satisfaction rating", "Custom field (Satisfaction)"})},
             {F::Requester, list({"Reporter", "Autor", "Rapporteur"})}}),
    };
    return presets;
}

const TicketPreset *TicketPreset::find(QStringView key)
{
    for (const TicketPreset &p : all()) {
        if (key.compare(p.key, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const TicketPreset *TicketPreset::guess(const QStringList &headerRow)
{
    const auto has = [&](const QStringList &spellings) {
        for (const QString &header : headerRow) {
            for (const QString &s : spellings) {
                if (header.trimmed().compare(s, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    };
    const TicketPreset *best = nullptr;
    int bestScore = 0;
    for (const TicketPreset &p : all()) {
        if (!has(p.headers[size_t(F::Id)]) || !has(p.headers[size_t(F::Created)]))
            continue;
        int score = 0;
        for (const QStringList &spellings : p.headers)
            score += !spellings.isEmpty() && has(spellings);
        if (score > bestScore) {
            best = &p;
            bestScore = score;
        }
    }
    return best;
}
