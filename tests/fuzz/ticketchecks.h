#pragma once

#include "result.h"
#include "review/ticketlog.h"

#include <QString>

// The invariants both ticket fuzz targets check on what the importer gives:
// a log or a sentence naming the file; every kept ticket within the rules
// the importer promises; and a review of the log that counts every ticket.
namespace TicketChecks {

void check(const Result<TicketLog> &log, const QString &source);

} // namespace TicketChecks
