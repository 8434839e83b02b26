#pragma once

#include "result.h"

class QIODevice;
namespace report {
struct ReviewReport;
}

// The service review for a leadership meeting, on A4: the headline
// figures as tiles, the findings, the charts (tickets per period by party,
// attainment by urgency, tickets handled by another party by category),
// then the tables, each paginated with its header repeated.
class ReviewPdf
{
public:
    static Status write(const report::ReviewReport &report, QIODevice *device);
};
