#pragma once

#include "model/agreement.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

// A single role assignment: what one party holds on one duty.
struct CellRoles {
    int dutyId = 0;
    int partyId = 0;
    Raci roles;

    friend bool operator==(const CellRoles &, const CellRoles &) = default;
};

// The agreement being edited. It owns the Agreement and one undo stack;
// every change goes through an undo command, and each command emits a
// precise signal so views update only what changed. "Modified" is the undo
// stack's clean state.
class Document : public QObject
{
    Q_OBJECT

public:
    // The ordered lists of an agreement, for the generic change signals.
    enum class List { Parties, Areas, Systems, Duties, Rules, Tools };
    Q_ENUM(List)

    explicit Document(Agreement agreement = {}, QObject *parent = nullptr);
    ~Document() override;

    const Agreement &agreement() const { return m_agreement; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undoStack.isClean(); }
    // Call after the document was written to disk.
    void markSaved() { m_undoStack.setClean(); }

    // Roles. One undo step for all cells, skipping those that do not change.
    void setRoles(const QList<CellRoles> &cells, const QString &text = {});
    void setRoles(int dutyId, int partyId, Raci roles);

    // Items. add* assigns a fresh id when the item's id is 0 and returns it;
    // index -1 appends. set* replaces the item with the same id; edits with
    // the same mergeKey (>= 0) on the same item merge into one undo step.
    int addDuty(Duty duty, qsizetype index = -1);
    void setDuty(const Duty &duty, const QString &text = {}, int mergeKey = -1);
    void removeDuties(const QList<int> &ids);
    void moveDuty(int id, qsizetype toIndex);

    int addArea(Area area, qsizetype index = -1);
    void setArea(const Area &area, int mergeKey = -1);
    void removeArea(int id); // with its duties
    void moveArea(int id, qsizetype toIndex);

    int addSystem(System system, qsizetype index = -1);
    void setSystem(const System &system, int mergeKey = -1);
    void removeSystem(int id); // duties about it keep their place, without a system
    void moveSystem(int id, qsizetype toIndex);

    int addParty(Party party, qsizetype index = -1);
    void setParty(const Party &party, int mergeKey = -1);
    void removeParty(int id); // with its roles, tool access and routing references
    void moveParty(int id, qsizetype toIndex);

    int addRule(EscalationRule rule, qsizetype index = -1);
    void setRule(const EscalationRule &rule, int mergeKey = -1);
    void removeRule(int id);
    void moveRule(int id, qsizetype toIndex);

    int addTool(Tool tool, qsizetype index = -1);
    void setTool(const Tool &tool, int mergeKey = -1);
    void removeTool(int id); // and from the duties that need it
    void moveTool(int id, qsizetype toIndex);

    void setDetails(const AgreementDetails &details, const QString &text = {}, int mergeKey = -1);
    void setAssessment(const Assessment &assessment);

    // Replaces the whole agreement as one undoable step (imports, templates).
    void replaceAgreement(const Agreement &agreement, const QString &text);

    // How long changesSettled() waits after the first of a run of typed
    // changes (roles, fields): long enough for the edited cell to be
    // painted first, short enough that checks and charts follow within a
    // tenth of a second. A change of the structure (items added, removed,
    // moved; a batch) does not come in runs: its changesSettled() follows
    // as soon as the event loop has painted the views.
    static constexpr int SettleDelayMs = 25;
    // Changes have happened whose changesSettled() is still to come.
    bool hasUnsettledChanges() const { return m_settleTimer.isActive(); }
    // Emits a pending changesSettled() now, for code that needs the
    // derived state of the current agreement at once.
    void settleChanges();

signals:
    void rolesChanged(int dutyId, int partyId);
    void itemInserted(Document::List list, qsizetype index);
    void itemAboutToBeRemoved(Document::List list, qsizetype index);
    void itemRemoved(Document::List list, qsizetype index);
    void itemMoved(Document::List list, qsizetype from, qsizetype to);
    void itemChanged(Document::List list, int id);
    // Many items of one list inserted or removed in one step (removing a
    // thousand duties): one signal pair for the list instead of a pair per
    // item. The other lists and the details are unchanged.
    void listAboutToBeReset(Document::List list);
    void listReset(Document::List list);
    void detailsChanged();
    void assessmentChanged();
    void agreementAboutToBeReset();
    void agreementReset();
    // After any change at all, once per undo command.
    void changed();
    // Once for a run of changes, SettleDelayMs after the first of them:
    // for what recomputes from the whole agreement (health check, charts,
    // summaries), so that a key typed in the matrix repaints its cell before
    // they run and a burst of edits costs one run.
    void changesSettled();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class DocumentCommand;
    Agreement m_agreement;
    QUndoStack m_undoStack;
    QTimer m_settleTimer;
    // The last command changed the structure: settle without waiting.
    bool m_settleSoon = false;
    QString m_filePath;
};
