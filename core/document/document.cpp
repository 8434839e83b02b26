#include "document/document.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <utility>

// Base of every edit: gives the commands write access to the agreement.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
    {}

protected:
    Agreement &agreement() { return m_document->m_agreement; }
    Document *document() const { return m_document; }
    // Called by commands that change the structure rather than a value:
    // their changesSettled() need not wait for more keys.
    void settleSoon() { m_document->m_settleSoon = true; }

private:
    Document *m_document;
};

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Document)
};

// QUndoCommand::id() of the commands that merge with the next of their
// kind; an item edit adds its list (Document::List) to ItemEdit.
enum MergeId : int {
    ItemEdit = 1000,
    DetailsEdit = 2000,
    AssessmentEdit = 3000,
};

// Which list of the agreement holds items of type T.
template <typename T>
struct ListOf;
template <>
struct ListOf<Party> {
    static constexpr Document::List kind = Document::List::Parties;
    static QList<Party> &of(Agreement &a) { return a.parties; }
    static const QList<Party> &of(const Agreement &a) { return a.parties; }
};
template <>
struct ListOf<Area> {
    static constexpr Document::List kind = Document::List::Areas;
    static QList<Area> &of(Agreement &a) { return a.areas; }
    static const QList<Area> &of(const Agreement &a) { return a.areas; }
};
template <>
struct ListOf<System> {
    static constexpr Document::List kind = Document::List::Systems;
    static QList<System> &of(Agreement &a) { return a.systems; }
    static const QList<System> &of(const Agreement &a) { return a.systems; }
};
template <>
struct ListOf<Duty> {
    static constexpr Document::List kind = Document::List::Duties;
    static QList<Duty> &of(Agreement &a) { return a.duties; }
    static const QList<Duty> &of(const Agreement &a) { return a.duties; }
};
template <>
struct ListOf<EscalationRule> {
    static constexpr Document::List kind = Document::List::Rules;
    static QList<EscalationRule> &of(Agreement &a) { return a.rules; }
    static const QList<EscalationRule> &of(const Agreement &a) { return a.rules; }
};
template <>
struct ListOf<Tool> {
    static constexpr Document::List kind = Document::List::Tools;
    static QList<Tool> &of(Agreement &a) { return a.tools; }
    static const QList<Tool> &of(const Agreement &a) { return a.tools; }
};

template <typename T>
qsizetype indexOf(const QList<T> &list, int id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [id](const T &t) { return t.id == id; });
    return it == list.cend() ? -1 : it - list.cbegin();
}

class SetRolesCommand : public DocumentCommand
{
public:
    struct Change {
        int dutyId;
        int partyId;
        Raci before;
        Raci after;
    };

    SetRolesCommand(Document *document, const QString &text, QList<Change> changes)
        : DocumentCommand(document, text)
        , m_changes(std::move(changes))
    {}

    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    void apply(bool forward)
    {
        QList<Duty> &duties = agreement().duties;
        for (const Change &c : std::as_const(m_changes)) {
            const qsizetype i = indexOf(duties, c.dutyId);
            if (i < 0)
                continue;
            duties[i].setRoles(c.partyId, forward ? c.after : c.before);
            emit document()->rolesChanged(c.dutyId, c.partyId);
        }
    }

    QList<Change> m_changes;
};

template <typename T>
class InsertItemCommand : public DocumentCommand
{
public:
    InsertItemCommand(Document *document, const QString &text, qsizetype index, T item,
                      QUndoCommand *parent = nullptr)
        : DocumentCommand(document, text, parent)
        , m_index(index)
        , m_item(std::move(item))
    {}

    void redo() override { insert(); }
    void undo() override { remove(); }

protected:
    void insert()
    {
        this->settleSoon();
        ListOf<T>::of(agreement()).insert(m_index, m_item);
        emit document()->itemInserted(ListOf<T>::kind, m_index);
    }
    void remove()
    {
        this->settleSoon();
        emit document()->itemAboutToBeRemoved(ListOf<T>::kind, m_index);
        ListOf<T>::of(agreement()).removeAt(m_index);
        emit document()->itemRemoved(ListOf<T>::kind, m_index);
    }

    qsizetype m_index;
    T m_item;
};

template <typename T>
class RemoveItemCommand : public InsertItemCommand<T>
{
public:
    using InsertItemCommand<T>::InsertItemCommand;
    void redo() override { this->remove(); }
    void undo() override { this->insert(); }
};

// Many duties removed in one step: one pass over the list each way, and the
// views get one reset of the duties instead of a signal per duty, so
// removing a thousand of ten thousand duties costs one rebuild, and views
// of the other lists (tools, rules, details) are left alone.
class RemoveDutiesCommand : public DocumentCommand
{
public:
    // indexes: ascending positions in the agreement's duties.
    RemoveDutiesCommand(Document *document, const QString &text, QList<qsizetype> indexes)
        : DocumentCommand(document, text)
        , m_indexes(std::move(indexes))
    {
        m_removed.reserve(m_indexes.size());
        for (qsizetype i : std::as_const(m_indexes))
            m_removed.append(agreement().duties.at(i));
    }

    void redo() override
    {
        reset([this](QList<Duty> &duties) {
            QList<Duty> kept;
            kept.reserve(duties.size() - m_indexes.size());
            qsizetype next = 0;
            for (qsizetype i = 0; i < duties.size(); ++i) {
                if (next < m_indexes.size() && m_indexes.at(next) == i)
                    ++next;
                else
                    kept.append(std::move(duties[i]));
            }
            return kept;
        });
    }
    void undo() override
    {
        reset([this](QList<Duty> &duties) {
            QList<Duty> all;
            all.reserve(duties.size() + m_removed.size());
            qsizetype kept = 0;
            for (qsizetype r = 0; r < m_removed.size(); ++r) {
                while (all.size() < m_indexes.at(r) && kept < duties.size())
                    all.append(std::move(duties[kept++]));
                all.append(m_removed.at(r));
            }
            while (kept < duties.size())
                all.append(std::move(duties[kept++]));
            return all;
        });
    }

private:
    // rebuild makes the new list from the old one, whose duties it may move.
    template <typename Rebuild>
    void reset(const Rebuild &rebuild)
    {
        settleSoon();
        emit document()->listAboutToBeReset(Document::List::Duties);
        QList<Duty> old = std::exchange(agreement().duties, {});
        agreement().duties = rebuild(old);
        emit document()->listReset(Document::List::Duties);
    }

    QList<qsizetype> m_indexes;
    QList<Duty> m_removed;
};

template <typename T>
class ReplaceItemCommand : public DocumentCommand
{
public:
    ReplaceItemCommand(Document *document, const QString &text, T before, T after, int mergeKey)
        : DocumentCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {}

    int id() const override { return m_mergeKey < 0 ? -1 : ItemEdit + int(ListOf<T>::kind); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ReplaceItemCommand<T> *>(other);
        if (o->m_mergeKey != m_mergeKey || o->m_after.id != m_after.id)
            return false;
        m_after = o->m_after;
        return true;
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const T &value)
    {
        QList<T> &list = ListOf<T>::of(agreement());
        const qsizetype i = indexOf(list, value.id);
        if (i < 0)
            return;
        list[i] = value;
        emit document()->itemChanged(ListOf<T>::kind, value.id);
    }

    T m_before;
    T m_after;
    int m_mergeKey;
};

template <typename T>
class MoveItemCommand : public DocumentCommand
{
public:
    MoveItemCommand(Document *document, const QString &text, qsizetype from, qsizetype to)
        : DocumentCommand(document, text)
        , m_from(from)
        , m_to(to)
    {}
    void redo() override { move(m_from, m_to); }
    void undo() override { move(m_to, m_from); }

private:
    void move(qsizetype from, qsizetype to)
    {
        this->settleSoon();
        ListOf<T>::of(agreement()).move(from, to);
        emit document()->itemMoved(ListOf<T>::kind, from, to);
    }
    qsizetype m_from;
    qsizetype m_to;
};

class DetailsCommand : public DocumentCommand
{
public:
    DetailsCommand(Document *document, const QString &text, AgreementDetails before,
                   AgreementDetails after, int mergeKey)
        : DocumentCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {}
    int id() const override { return m_mergeKey < 0 ? -1 : DetailsEdit; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const DetailsCommand *>(other);
        if (o->m_mergeKey != m_mergeKey)
            return false;
        m_after = o->m_after;
        return true;
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const AgreementDetails &details)
    {
        agreement().details = details;
        emit document()->detailsChanged();
    }
    AgreementDetails m_before;
    AgreementDetails m_after;
    int m_mergeKey;
};

class AssessmentCommand : public DocumentCommand
{
public:
    AssessmentCommand(Document *document, Assessment before, Assessment after)
        : DocumentCommand(document, Tr::tr("Edit assessment"))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    int id() const override { return AssessmentEdit; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const AssessmentCommand *>(other)->m_after;
        return true;
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const Assessment &a)
    {
        agreement().assessment = a;
        emit document()->assessmentChanged();
    }
    Assessment m_before;
    Assessment m_after;
};

// For edits that ripple through several lists (removing a party, an area
// with its duties): keeps the agreement before and after. Lists are
// implicitly shared, so the copies cost little until written.
class SnapshotCommand : public DocumentCommand
{
public:
    SnapshotCommand(Document *document, const QString &text, Agreement before, Agreement after)
        : DocumentCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const Agreement &a)
    {
        settleSoon();
        emit document()->agreementAboutToBeReset();
        agreement() = a;
        emit document()->agreementReset();
    }
    Agreement m_before;
    Agreement m_after;
};

qsizetype insertionIndex(qsizetype index, qsizetype size)
{
    return (index < 0 || index > size) ? size : index;
}

} // namespace

Document::Document(Agreement agreement, QObject *parent)
    : QObject(parent)
    , m_agreement(std::move(agreement))
{
    if (m_agreement.nextId < m_agreement.computeNextId())
        m_agreement.nextId = m_agreement.computeNextId();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    // Once per undo step, however many items it touched: removing a
    // thousand duties re-checks the agreement once, not a thousand times.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &Document::changed);
    // Not restarted by later changes: while the user keeps typing, the
    // checks still follow every SettleDelayMs. A structural change brings
    // a pending settle forward: a zero timer fires after the posted
    // repaints, so the views still show the change first.
    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &Document::changesSettled);
    connect(this, &Document::changed, this, [this] {
        const int delay = std::exchange(m_settleSoon, false) ? 0 : SettleDelayMs;
        if (!m_settleTimer.isActive() || m_settleTimer.remainingTime() > delay)
            m_settleTimer.start(delay);
    });
}

Document::~Document()
{
    // The stack clears itself as it goes; nobody is to hear of that.
    m_undoStack.disconnect(this);
}

void Document::settleChanges()
{
    if (!m_settleTimer.isActive())
        return;
    m_settleTimer.stop();
    emit changesSettled();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void Document::setRoles(const QList<CellRoles> &cells, const QString &text)
{
    QList<SetRolesCommand::Change> changes;
    for (const CellRoles &cell : cells) {
        const Duty *duty = m_agreement.duty(cell.dutyId);
        if (!duty || !m_agreement.party(cell.partyId))
            continue;
        const Raci before = duty->rolesOf(cell.partyId);
        if (before != cell.roles)
            changes.append({cell.dutyId, cell.partyId, before, cell.roles});
    }
    if (changes.isEmpty())
        return;
    QString label = text;
    if (label.isEmpty())
        label = changes.size() == 1
                    ? Tr::tr("Set roles")
                    : QCoreApplication::translate("Document", "Set roles of %n cells", nullptr,
                                                  int(changes.size()));
    m_undoStack.push(new SetRolesCommand(this, label, std::move(changes)));
}

void Document::setRoles(int dutyId, int partyId, Raci roles)
{
    setRoles({CellRoles{dutyId, partyId, roles}});
}

namespace {

template <typename T>
int pushInsert(Document *document, Agreement &agreement, QUndoStack &stack, T item, qsizetype index,
               const QString &text)
{
    if (item.id == 0)
        item.id = agreement.takeId();
    else
        agreement.nextId = std::max(agreement.nextId, item.id + 1);
    const int id = item.id;
    index = insertionIndex(index, ListOf<T>::of(agreement).size());
    stack.push(new InsertItemCommand<T>(document, text, index, std::move(item)));
    return id;
}

template <typename T>
void pushReplace(Document *document, const Agreement &agreement, QUndoStack &stack, const T &item,
                 const QString &text, int mergeKey)
{
    const QList<T> &list = ListOf<T>::of(agreement);
    const qsizetype i = indexOf(list, item.id);
    if (i < 0 || list.at(i) == item)
        return;
    stack.push(new ReplaceItemCommand<T>(document, text, list.at(i), item, mergeKey));
}

template <typename T>
void pushMove(Document *document, const Agreement &agreement, QUndoStack &stack, int id,
              qsizetype to, const QString &text)
{
    const QList<T> &list = ListOf<T>::of(agreement);
    const qsizetype from = indexOf(list, id);
    if (from < 0 || list.isEmpty())
        return;
    to = std::clamp<qsizetype>(to, 0, list.size() - 1);
    if (from == to)
        return;
    stack.push(new MoveItemCommand<T>(document, text, from, to));
}

} // namespace

int Document::addDuty(Duty duty, qsizetype index)
{
    return pushInsert(this, m_agreement, m_undoStack, std::move(duty), index, Tr::tr("Add duty"));
}

void Document::setDuty(const Duty &duty, const QString &text, int mergeKey)
{
    pushReplace(this, m_agreement, m_undoStack, duty, text.isEmpty() ? Tr::tr("Edit duty") : text,
                mergeKey);
}

void Document::removeDuties(const QList<int> &ids)
{
    // One pass over the duties, not a search per id.
    const QSet<int> wanted(ids.cbegin(), ids.cend());
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < m_agreement.duties.size() && indexes.size() < wanted.size(); ++i)
        if (wanted.contains(m_agreement.duties.at(i).id))
            indexes.append(i);
    if (indexes.isEmpty())
        return;
    if (indexes.size() == 1) {
        m_undoStack.push(new RemoveItemCommand<Duty>(this, Tr::tr("Remove duty"), indexes.first(),
                                                     m_agreement.duties.at(indexes.first())));
        return;
    }
    const QString text =
        QCoreApplication::translate("Document", "Remove %n duties", nullptr, int(indexes.size()));
    m_undoStack.push(new RemoveDutiesCommand(this, text, std::move(indexes)));
}

void Document::moveDuty(int id, qsizetype toIndex)
{
    pushMove<Duty>(this, m_agreement, m_undoStack, id, toIndex, Tr::tr("Move duty"));
}

int Document::addArea(Area area, qsizetype index)
{
    return pushInsert(this, m_agreement, m_undoStack, std::move(area), index, Tr::tr("Add area"));
}

void Document::setArea(const Area &area, int mergeKey)
{
    pushReplace(this, m_agreement, m_undoStack, area, Tr::tr("Edit area"), mergeKey);
}

void Document::removeArea(int id)
{
    const Area *area = m_agreement.area(id);
    if (!area)
        return;
    Agreement after = m_agreement;
    after.areas.removeAt(after.indexOfArea(id));
    after.duties.removeIf([id](const Duty &d) { return d.areaId == id; });
    m_undoStack.push(new SnapshotCommand(this, Tr::tr("Remove area “%1”").arg(area->name),
                                         m_agreement, std::move(after)));
}

void Document::moveArea(int id, qsizetype toIndex)
{
    pushMove<Area>(this, m_agreement, m_undoStack, id, toIndex, Tr::tr("Move area"));
}

int Document::addSystem(System system, qsizetype index)
{
    return pushInsert(this, m_agreement, m_undoStack, std::move(system), index,
                      Tr::tr("Add system"));
}

void Document::setSystem(const System &system, int mergeKey)
{
    pushReplace(this, m_agreement, m_undoStack, system, Tr::tr("Edit system"), mergeKey);
}

void Document::removeSystem(int id)
{
    const System *system = m_agreement.system(id);
    if (!system)
        return;
    Agreement after = m_agreement;
    after.systems.removeAt(after.indexOfSystem(id));
    for (Duty &d : after.duties)
        if (d.systemId == id)
            d.systemId = 0;
    m_undoStack.push(new SnapshotCommand(this, Tr::tr("Remove system “%1”").arg(system->name),
                                         m_agreement, std::move(after)));
}

void Document::moveSystem(int id, qsizetype toIndex)
{
    pushMove<System>(this, m_agreement, m_undoStack, id, toIndex, Tr::tr("Move system"));
}

int Document::addParty(Party party, qsizetype index)
{
    return pushInsert(this, m_agreement, m_undoStack, std::move(party), index, Tr::tr("Add party"));
}

void Document::setParty(const Party &party, int mergeKey)
{
    pushReplace(this, m_agreement, m_undoStack, party, Tr::tr("Edit party"), mergeKey);
}

void Document::removeParty(int id)
{
    const Party *party = m_agreement.party(id);
    if (!party)
        return;
    Agreement after = m_agreement;
    after.parties.removeAt(after.indexOfParty(id));
    for (Duty &d : after.duties)
        if (d.roles.contains(id))
            d.roles.remove(id);
    for (Tool &t : after.tools) {
        t.access.remove(id);
        if (t.ownerId == id)
            t.ownerId = 0;
    }
    for (EscalationRule &r : after.rules) {
        for (int *ref : {&r.firstResponderId, &r.escalateToId, &r.afterHoursHandlerId})
            if (*ref == id)
                *ref = 0;
    }
    for (Signatory &s : after.details.signatories)
        if (s.partyId == id)
            s.partyId = 0;
    m_undoStack.push(new SnapshotCommand(this, Tr::tr("Remove party “%1”").arg(party->label()),
                                         m_agreement, std::move(after)));
}

void Document::moveParty(int id, qsizetype toIndex)
{
    pushMove<Party>(this, m_agreement, m_undoStack, id, toIndex, Tr::tr("Move party"));
}

int Document::addRule(EscalationRule rule, qsizetype index)
{
    return pushInsert(this, m_agreement, m_undoStack, std::move(rule), index,
                      Tr::tr("Add escalation rule"));
}

void Document::setRule(const EscalationRule &rule, int mergeKey)
{
    pushReplace(this, m_agreement, m_undoStack, rule, Tr::tr("Edit escalation rule"), mergeKey);
}

void Document::removeRule(int id)
{
    const qsizetype i = m_agreement.indexOfRule(id);
    if (i < 0)
        return;
    m_undoStack.push(new RemoveItemCommand<EscalationRule>(this, Tr::tr("Remove escalation rule"),
                                                           i, m_agreement.rules.at(i)));
}

void Document::moveRule(int id, qsizetype toIndex)
{
    pushMove<EscalationRule>(this, m_agreement, m_undoStack, id, toIndex,
                             Tr::tr("Move escalation rule"));
}

int Document::addTool(Tool tool, qsizetype index)
{
    return pushInsert(this, m_agreement, m_undoStack, std::move(tool), index, Tr::tr("Add tool"));
}

void Document::setTool(const Tool &tool, int mergeKey)
{
    pushReplace(this, m_agreement, m_undoStack, tool, Tr::tr("Edit tool"), mergeKey);
}

void Document::removeTool(int id)
{
    const Tool *tool = m_agreement.tool(id);
    if (!tool)
        return;
    Agreement after = m_agreement;
    after.tools.removeAt(after.indexOfTool(id));
    for (Duty &d : after.duties)
        if (d.toolIds.contains(id))
            d.toolIds.removeAll(id);
    m_undoStack.push(new SnapshotCommand(this, Tr::tr("Remove tool “%1”").arg(tool->name),
                                         m_agreement, std::move(after)));
}

void Document::moveTool(int id, qsizetype toIndex)
{
    pushMove<Tool>(this, m_agreement, m_undoStack, id, toIndex, Tr::tr("Move tool"));
}

void Document::setDetails(const AgreementDetails &details, const QString &text, int mergeKey)
{
    if (details == m_agreement.details)
        return;
    m_undoStack.push(new DetailsCommand(this,
                                        text.isEmpty() ? Tr::tr("Edit agreement details") : text,
                                        m_agreement.details, details, mergeKey));
}

void Document::setAssessment(const Assessment &assessment)
{
    if (assessment == m_agreement.assessment)
        return;
    m_undoStack.push(new AssessmentCommand(this, m_agreement.assessment, assessment));
}

void Document::replaceAgreement(const Agreement &agreement, const QString &text)
{
    Agreement after = agreement;
    after.nextId = std::max({after.nextId, after.computeNextId(), m_agreement.nextId});
    m_undoStack.push(new SnapshotCommand(this, text, m_agreement, std::move(after)));
}
