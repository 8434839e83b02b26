#pragma once

#include "result.h"

class QIODevice;
struct PortfolioSheet;

// The portfolio as a one-pager for the account team's meeting: A4
// landscape, the counts that need attention first, then the table with
// overdue reviews, reviews due soon and errors marked. Rows that do not
// fit continue on further pages, the header repeated, rather than being
// left out.
class PortfolioPdf
{
public:
    static Status write(const PortfolioSheet &sheet, QIODevice *device);
};
