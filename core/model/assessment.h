#pragma once

#include <QString>
#include <QStringList>

// The facts gathered before choosing a responsibility model (step 1 of a
// co-managed relationship), and the model they point to.
struct Assessment {
    int users = 0;
    int devices = 0;
    int locations = 0;
    int itStaff = 0;
    int monthlyTickets = 0;
    bool afterHoursCoverage = false;
    bool securityStaff = false;
    int projectBacklog = 0;      // open projects waiting for people
    QStringList complianceNeeds; // "HIPAA", "PCI DSS", "cyber insurance", ...
    QString notes;

    struct Recommendation {
        QString modelId;
        QStringList reasons;
    };
    // The model these facts point to, with the reasons in plain words.
    // Empty when too little is known.
    Recommendation recommend() const;

    bool isEmpty() const
    {
        return users == 0 && devices == 0 && itStaff == 0 && monthlyTickets == 0;
    }

    friend bool operator==(const Assessment &, const Assessment &) = default;
};
