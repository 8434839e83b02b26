#pragma once

#include "model/agreement.h"
#include "result.h"

// The built-in sample: a fictional client and MSP on the full hybrid model,
// with a few local adjustments. Compiled into the binary.
class SampleAgreement
{
public:
    static Result<Agreement> load();
};
