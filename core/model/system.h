#pragma once

#include <QString>

#include <optional>

// What a duty is about: the Microsoft 365 tenant, endpoints, the firewall...
struct System {
    enum class Criticality { Low, Medium, High, Critical };

    int id = 0;
    QString key;
    QString name;
    QString kind; // free text such as "cloud service", "network", "platform"
    Criticality criticality = Criticality::Medium;

    static QString criticalityKey(Criticality c);
    static std::optional<Criticality> criticalityFromKey(QStringView key);
    static QString criticalityName(Criticality c);

    friend bool operator==(const System &, const System &) = default;
};
