#pragma once

#include <QList>
#include <QString>

#include <optional>

struct Agreement;

// Whether an agreement holds together: in each list every id is above 0, at
// most Agreement::MaxId and used once, and every reference (a duty's area,
// system, tools and parties; a tool's owner and access; a rule's parties; a
// ticket category's area; a signatory's party) names an item that exists.
// Everything that reads or writes agreements (the .dutymap file, the JSON
// reader) refuses one that fails, and names the place in its own terms: a
// path in the JSON form or the item in words.
class AgreementValidator
{
public:
    // The lists of an agreement whose items a problem can be about.
    enum class List {
        Parties,
        Areas,
        Systems,
        Tools,
        Duties,
        Rules,
        TicketCategories,
        Signatories
    };

    struct Problem {
        enum class Kind {
            IdNotPositive, // the item's id is 0 or less
            IdTooLarge,    // above Agreement::MaxId
            IdTwice,       // another item of the list has the same id
            MissingItem,   // a reference to targetList/targetId, which does not exist
        };

        Kind kind = Kind::MissingItem;
        List list = List::Parties;
        qsizetype index = 0; // the item's place in its list, from 0
        int id = 0;          // the item's id; 0 for categories and signatories
        // The field as the JSON form names it ("area", "roles", "owner"); empty
        // for the id. fieldIndex: the place in a list field ("tools"), or -1.
        QString field;
        qsizetype fieldIndex = -1;
        List targetList = List::Parties;
        int targetId = 0;

        // "duties[3].area", "tools[0].access", "details.signatories[1].party".
        QString path() const;
        // "duty 42", "ticket category 2" (categories and signatories counted from 1).
        QString item() const;
        // What is wrong, without the place: "area 7 does not exist".
        QString what() const;
        // One sentence with the item: "duty 42 refers to area 7, which does not exist."
        QString sentence() const;
    };

    // The first problem in the order of the lists above, or nothing.
    static std::optional<Problem> firstProblem(const Agreement &agreement);
    // Every problem, at most `limit` of them.
    static QList<Problem> problems(const Agreement &agreement, qsizetype limit = 100);

    // "party 3", "escalation rule 7": an item of a list in words.
    static QString itemName(List list, int idOrNumber);
};
