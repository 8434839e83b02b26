#pragma once

#include "model/agreement.h"
#include "storage/database/agreementstore.h"
#include "storage/database/databaseaddress.h"

// The stored agreement a window's document came from: where, the version
// it is based on, and that version's content (the base of a merge when
// someone else saved in between). The password stays in memory only.
struct DatabaseOrigin {
    DatabaseAddress address;
    QString password;
    StoredAgreementInfo stored;
    Agreement base;
};
