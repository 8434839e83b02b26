#pragma once

#include "result.h"

class QIODevice;
struct Agreement;
struct ServiceReview;

// The service review's figures as a workbook for the teams: a summary with
// the findings, tickets per period by party with a stacked column chart,
// every breakdown of every period as numbers (shares as percentages, times
// in minutes), routing as practised, what keeps coming back, and the trend
// over the saved reviews. Headers frozen, columns filtered.
class ReviewXlsx
{
public:
    static Status write(const ServiceReview &review, const Agreement &agreement, QIODevice *device);
};
