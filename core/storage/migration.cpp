#include "storage/migration.h"

#include "model/agreement.h"
#include "revisions/revisionhistory.h"

#include <QCoreApplication>

void Migration::fromVersion1(Agreement &a)
{
    if (a.details.status != AgreementDetails::Status::Signed || !a.revisions.isEmpty())
        return;
    QList<Signatory> signatories = a.details.signatories;
    if (signatories.isEmpty())
        signatories.append(
            Signatory{QCoreApplication::translate("Migration", "(not recorded)"), {}, 0, {}, {}});
    const QDate date =
        a.details.effectiveDate.isValid() ? a.details.effectiveDate : QDate(2000, 1, 1);
    for (Signatory &s : signatories) {
        if (s.name.trimmed().isEmpty())
            s.name = QCoreApplication::translate("Migration", "(not recorded)");
        s.note = QCoreApplication::translate("Migration",
                                             "recorded from a file of Dutymap 1; date assumed");
    }
    // Cannot fail: signatories have names, parties were checked by the reader.
    const Status signedOff = RevisionHistory::sign(a, signatories, date);
    Q_ASSERT(signedOff.ok());
    Q_UNUSED(signedOff);
}
