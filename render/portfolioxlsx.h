#pragma once

#include "result.h"

class QIODevice;
struct PortfolioSheet;

// The portfolio table as an XLSX workbook: one sheet, the header frozen
// and filtered, numbers, dates and shares as such, overdue reviews in red
// and reviews due soon in amber.
class PortfolioXlsx
{
public:
    static Status write(const PortfolioSheet &sheet, QIODevice *device);
};
