#pragma once

#include <QString>

// A group of duties: help desk, monitoring, security operations, ...
// Its order is its position in the agreement's list.
struct Area {
    int id = 0;
    QString key; // template id it came from, empty for areas a user added
    QString name;

    friend bool operator==(const Area &, const Area &) = default;
};
