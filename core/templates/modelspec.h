#pragma once

#include "model/escalationrule.h"
#include "model/party.h"
#include "model/raci.h"
#include "model/tool.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class TemplateCatalog;

// A responsibility model file, checked against a catalog and read into
// plain values that still refer to parties, duties and tools by their string
// keys. TemplateLibrary uses it both to validate a file when loading and to
// build an Agreement from it.
struct ModelSpec {
    struct PartySpec {
        QString key; // "internal", "msp": what the matrix, rules and access refer to
        Party party; // id left at 0
    };
    struct RowSpec {
        QString duty;
        QList<std::pair<QString, Raci>> roles; // party key -> roles, non-empty roles only
    };
    struct RuleSpec {
        EscalationRule rule; // party ids left at 0
        QString firstResponder;
        QString escalateTo;        // empty: no escalation
        QString afterHoursHandler; // empty: the first responder
    };
    struct AccessSpec {
        QString party;
        ToolAccess access;
    };
    struct CategorySpec {
        QString name;
        QString area; // catalog area id, empty: none
    };
    struct ToolSpec {
        QString tool;
        QString owner; // party key, empty: not set
        QList<AccessSpec> access;
    };

    QString id;
    QString name;
    QString bestFor;
    QString summary;
    QList<PartySpec> parties;
    QList<CategorySpec> ticketCategories;
    QStringList locations; // named sites rules may match on
    QList<RowSpec> matrix;
    QList<RuleSpec> rules;
    QList<ToolSpec> tools;

    const PartySpec *party(const QString &key) const;
    bool hasCategory(const QString &name) const;
    const RowSpec *row(const QString &duty) const;
    const ToolSpec *tool(const QString &id) const;

    // Reads and checks one model file. Fails with a sentence naming the key
    // path on wrong types, missing keys, unknown duty, tool, party or
    // category names, and ids used twice.
    static Result<ModelSpec> parse(const QJsonObject &root, const TemplateCatalog &catalog);
};
