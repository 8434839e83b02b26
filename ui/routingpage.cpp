#include "routingpage.h"

#include "choicedelegate.h"
#include "document/document.h"
#include "model/duration.h"
#include "rulesmodel.h"
#include "ticketpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace {
// A target in minutes, shown and typed in human units: "4 h", "2 days",
// "90" (minutes), "1 h 30 min". The first letter of a unit decides it.
class DurationSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QString textFromValue(int value) const override
    {
        return value == 0 ? specialValueText() : Duration::text(value);
    }
    int valueFromText(const QString &text) const override
    {
        return Duration::parse(text).value_or(0);
    }
    QValidator::State validate(QString &text, int &) const override
    {
        if (text.trimmed().isEmpty() || text == specialValueText())
            return QValidator::Intermediate;
        const std::optional<int> minutes = Duration::parse(text);
        return minutes && *minutes <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
};

enum CategoryColumn { CategoryNameColumn, CategoryAreaColumn };

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

RoutingPage::RoutingPage(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_ticket(new TicketPanel(this))
    , m_targetsBox(new QGroupBox(tr("Targets of the selected rule"), this))
    , m_categories(new QTableWidget(0, 2, this))
    , m_locations(new QListWidget(this))
    , m_detailsError(new QLabel(this))
{
    QWidget *rules = createRulesPane();
    auto *tryBox = new QGroupBox(tr("Try a ticket"), this);
    auto *tryLayout = new QVBoxLayout(tryBox);
    tryLayout->setContentsMargins(6, 6, 6, 6);
    tryLayout->addWidget(m_ticket);
    createTargetBoxes();
    QGroupBox *listsBox = createListsBox();

    // The rules with the ticket tried beside them; below, what rules refer to.
    tryBox->setMinimumWidth(280);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(rules);
    top->addWidget(tryBox);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setChildrenCollapsible(false);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_targetsBox);
    bottom->addWidget(listsBox);
    bottom->setStretchFactor(0, 0);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_ticket, &TicketPanel::ruleMatched, this, [this](int ruleId) {
        if (m_model)
            m_model->setMatchedRule(ruleId);
    });
    connect(m_ticket, &TicketPanel::ticketTried, this, [this](int ruleId) {
        if (ruleId != 0)
            selectRule(ruleId);
    });
    setDocument(nullptr);
}

// The rules table with its introduction and buttons.
QWidget *RoutingPage::createRulesPane()
{
    auto *intro =
        new QLabel(tr("Tickets are tried against the rules from the top; the first rule that "
                      "matches decides who takes the ticket and where it escalates. End the list "
                      "with a catch-all rule. Double-click a cell to change it; drag rows to "
                      "reorder."),
                   this);
    intro->setWordWrap(true);

    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->installEventFilter(this);
    m_view->setWhatsThis(tr("The escalation rules in the order they are tried. Edit a cell in "
                            "place; Ctrl+Shift+Up/Down or a drag moves a rule; Ctrl+Enter adds "
                            "one, Ctrl+D duplicates, Ctrl+Delete removes."));

    auto *add = new QPushButton(tr("&Add Rule"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *up = new QPushButton(tr("Move Up"), this);
    auto *down = new QPushButton(tr("Move Down"), this);
    add->setToolTip(tr("Add a rule below the selected one (Ctrl+Enter)"));
    duplicate->setToolTip(tr("Copy the selected rule below it (Ctrl+D)"));
    remove->setToolTip(tr("Remove the selected rules (Ctrl+Delete)"));
    up->setToolTip(tr("Try the rule earlier (Ctrl+Shift+Up)"));
    down->setToolTip(tr("Try the rule later (Ctrl+Shift+Down)"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, duplicate, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *rules = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(intro);
    rulesLayout->addLayout(buttons);
    rulesLayout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, &RoutingPage::addRule);
    connect(duplicate, &QPushButton::clicked, this, &RoutingPage::duplicateRule);
    connect(remove, &QPushButton::clicked, this, &RoutingPage::removeRules);
    connect(up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRule(1); });
    return rules;
}

// The targets of the selected rule: response and resolution per urgency.
void RoutingPage::createTargetBoxes()
{
    auto *grid = new QGridLayout(m_targetsBox);
    grid->addWidget(new QLabel(tr("Response"), m_targetsBox), 0, 1);
    grid->addWidget(new QLabel(tr("Resolution"), m_targetsBox), 0, 2);
    const std::array urgencies{EscalationRule::Urgency::Low, EscalationRule::Urgency::Normal,
                               EscalationRule::Urgency::High, EscalationRule::Urgency::Critical};
    for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
        grid->addWidget(new QLabel(EscalationRule::urgencyName(urgencies.at(u)), m_targetsBox),
                        u + 1, 0);
        for (int kind = 0; kind < 2; ++kind) {
            auto *spin = new DurationSpinBox(m_targetsBox);
            spin->setRange(0, Duration::MaxMinutes);
            spin->setSingleStep(15);
            spin->setSpecialValueText(tr("none"));
            spin->setMinimumWidth(
                spin->fontMetrics().horizontalAdvance(QStringLiteral("00 h 00 min")) + 40);
            spin->setToolTip(tr("Type minutes, or units: 90, 4 h, 2 days, 1 h 30 min"));
            spin->setAccelerated(true);
            const int box = int(m_targets.size());
            connect(spin, &QSpinBox::valueChanged, this, [this, box] { commitTarget(box); });
            grid->addWidget(spin, u + 1, kind + 1);
            m_targets.append(spin);
        }
    }
    grid->setRowStretch(EscalationRule::UrgencyCount + 1, 1);
}

// The ticket categories and named sites the rules match on.
QGroupBox *RoutingPage::createListsBox()
{
    auto *listsBox = new QGroupBox(tr("Ticket categories and sites"), this);
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Area")});
    m_categories->horizontalHeader()->setSectionResizeMode(CategoryNameColumn,
                                                           QHeaderView::Stretch);
    m_categories->horizontalHeader()->setSectionResizeMode(CategoryAreaColumn,
                                                           QHeaderView::Stretch);
    m_categories->verticalHeader()->hide();
    m_categories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_categories->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categories->setToolTip(tr("The kinds of ticket the rules match, and the area whose duties "
                                "cover each"));
    m_locations->setToolTip(tr("Named sites a rule can match, such as branches"));
    auto *addCategory = new QPushButton(tr("Add &Category"), this);
    auto *removeCategory = new QPushButton(tr("Remove"), this);
    auto *addLocation = new QPushButton(tr("Add S&ite"), this);
    auto *removeLocation = new QPushButton(tr("Remove"), this);
    auto *categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(addCategory);
    categoryButtons->addWidget(removeCategory);
    categoryButtons->addStretch();
    auto *locationButtons = new QHBoxLayout;
    locationButtons->addWidget(addLocation);
    locationButtons->addWidget(removeLocation);
    locationButtons->addStretch();
    auto *lists = new QGridLayout(listsBox);
    lists->addWidget(m_categories, 0, 0);
    lists->addWidget(m_locations, 0, 1);
    lists->addLayout(categoryButtons, 1, 0);
    lists->addLayout(locationButtons, 1, 1);
    lists->setColumnStretch(0, 3);
    lists->setColumnStretch(1, 1);
    m_detailsError->setWordWrap(true);
    m_detailsError->setStyleSheet(QStringLiteral("QLabel { color: #d32f2f; }"));
    m_detailsError->hide();
    lists->addWidget(m_detailsError, 2, 0, 1, 2);

    connect(addCategory, &QPushButton::clicked, this, &RoutingPage::addCategory);
    connect(removeCategory, &QPushButton::clicked, this, &RoutingPage::removeCategory);
    connect(addLocation, &QPushButton::clicked, this, &RoutingPage::addLocation);
    connect(removeLocation, &QPushButton::clicked, this, &RoutingPage::removeLocation);
    connect(m_categories, &QTableWidget::itemChanged, this, &RoutingPage::commitCategories);
    connect(m_locations, &QListWidget::itemChanged, this, &RoutingPage::commitLocations);
    return listsBox;
}

RoutingPage::~RoutingPage()
{
    m_view->setModel(nullptr);
}

void RoutingPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_view->setModel(nullptr);
    m_model.reset();
    m_document = document;
    m_ticket->setDocument(nullptr);
    if (document) {
        m_model = std::make_unique<RulesModel>(document);
        m_model->setFindings(m_findings);
        m_view->setModel(m_model.get());
        QHeaderView *header = m_view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setStretchLastSection(false);
        const std::array<int, RulesModel::ColumnCount> widths{200, 150, 120, 110, 80,  130, 130,
                                                              130, 170, 70,  200, 220, 130};
        for (int c = 0; c < RulesModel::ColumnCount; ++c)
            header->resizeSection(c, widths.at(c));
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &RoutingPage::loadTargets);
        connect(document, &Document::changed, this, [this] {
            loadTargets();
            // Most edits are roles or duties: the lists below are only
            // filled again when what they show changed.
            const Agreement &a = m_document->agreement();
            if (a.details.ticketCategories != m_shownCategories
                || a.details.locations != m_shownLocations || a.areas != m_shownAreas)
                loadDetails();
        });
        m_ticket->setDocument(document);
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, RulesModel::NameColumn));
    }
    setEnabled(document != nullptr);
    loadTargets();
    loadDetails();
}

void RoutingPage::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    if (m_model)
        m_model->setFindings(findings);
}

int RoutingPage::currentRuleId() const
{
    return m_model ? m_model->ruleIdAt(m_view->currentIndex().row()) : 0;
}

void RoutingPage::selectRule(int ruleId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfRule(ruleId);
    if (row < 0)
        return;
    const int column = std::max(0, m_view->currentIndex().column());
    const QModelIndex target = m_model->index(row, column);
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_view->scrollTo(target);
}

void RoutingPage::addRule()
{
    if (!m_document)
        return;
    const Agreement &a = m_document->agreement();
    EscalationRule rule;
    rule.name = tr("New rule");
    if (const Party *provider = a.firstOfKind(Party::Kind::Provider))
        rule.firstResponderId = provider->id;
    // A new rule goes below the selected one, or before a final catch-all.
    qsizetype at = a.indexOfRule(currentRuleId());
    if (at >= 0)
        ++at;
    else
        at = !a.rules.isEmpty() && a.rules.constLast().isCatchAll() ? a.rules.size() - 1 : -1;
    const int id = m_document->addRule(rule, at);
    selectRule(id);
    m_view->setFocus();
}

void RoutingPage::duplicateRule()
{
    if (!m_document)
        return;
    const Agreement &a = m_document->agreement();
    const qsizetype at = a.indexOfRule(currentRuleId());
    if (at < 0)
        return;
    EscalationRule copy = a.rules.at(at);
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(copy.name);
    selectRule(m_document->addRule(copy, at + 1));
}

void RoutingPage::removeRules()
{
    if (!m_model)
        return;
    QList<int> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids.append(m_model->ruleIdAt(i.row()));
    if (ids.isEmpty() && currentRuleId() != 0)
        ids.append(currentRuleId());
    if (ids.isEmpty())
        return;
    const int row = m_view->currentIndex().row();
    if (ids.size() == 1) {
        m_document->removeRule(ids.constFirst());
    } else {
        m_document->undoStack()->beginMacro(
            tr("Remove %n escalation rules", nullptr, int(ids.size())));
        for (int id : std::as_const(ids))
            m_document->removeRule(id);
        m_document->undoStack()->endMacro();
    }
    const int rows = m_model->rowCount();
    if (rows > 0)
        selectRule(m_model->ruleIdAt(std::min(row, rows - 1)));
}

void RoutingPage::moveRule(int delta)
{
    const int id = currentRuleId();
    if (!m_document || id == 0)
        return;
    const qsizetype at = m_document->agreement().indexOfRule(id);
    m_document->moveRule(id, at + delta);
    selectRule(id);
}

bool RoutingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods =
            key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
        std::function<void()> action;
        if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key->key() == Qt::Key_Up)
            action = [this] { moveRule(-1); };
        else if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key->key() == Qt::Key_Down)
            action = [this] { moveRule(1); };
        else if (mods == Qt::ControlModifier
                 && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter))
            action = [this] { addRule(); };
        else if (mods == Qt::ControlModifier && key->key() == Qt::Key_Delete)
            action = [this] { removeRules(); };
        else if (mods == Qt::ControlModifier && key->key() == Qt::Key_D)
            action = [this] { duplicateRule(); };
        if (action) {
            // Take the key before the window's duty shortcuts see it.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                action();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoutingPage::loadTargets()
{
    const EscalationRule *rule = nullptr;
    if (m_document) {
        const qsizetype i = m_document->agreement().indexOfRule(currentRuleId());
        if (i >= 0)
            rule = &m_document->agreement().rules.at(i);
    }
    m_loading = true;
    m_targetsBox->setEnabled(rule != nullptr);
    m_targetsBox->setTitle(rule ? tr("Targets of rule %1 · %2")
                                      .arg(m_document->agreement().indexOfRule(rule->id) + 1)
                                      .arg(rule->name)
                                : tr("Targets of the selected rule"));
    for (int u = 0; u < EscalationRule::UrgencyCount; ++u) {
        const auto i = std::size_t(u);
        m_targets.at(u * 2)->setValue(rule ? rule->responseMinutes.at(i) : 0);
        m_targets.at(u * 2 + 1)->setValue(rule ? rule->resolutionMinutes.at(i) : 0);
    }
    m_loading = false;
}

void RoutingPage::commitTarget(int box)
{
    if (m_loading || !m_document)
        return;
    const qsizetype i = m_document->agreement().indexOfRule(currentRuleId());
    if (i < 0)
        return;
    EscalationRule rule = m_document->agreement().rules.at(i);
    const auto urgency = std::size_t(box / 2);
    auto &targets = box % 2 == 0 ? rule.responseMinutes : rule.resolutionMinutes;
    targets.at(urgency) = m_targets.at(box)->value();
    // The box is the merge key, the only one of a rule's edits: consecutive
    // steps of one spin box are one undo step.
    m_document->setRule(rule, box);
}

QString RoutingPage::detailsError() const
{
    return m_detailsError->isHidden() ? QString() : m_detailsError->text();
}

void RoutingPage::loadDetails()
{
    m_loading = true;
    const Agreement *a = m_document ? &m_document->agreement() : nullptr;
    const QList<TicketCategory> categories =
        a ? a->details.ticketCategories : QList<TicketCategory>();
    const int currentCategory = m_categories->currentRow();
    m_categories->setRowCount(int(categories.size()));
    for (int r = 0; r < categories.size(); ++r) {
        const TicketCategory &c = categories.at(r);
        auto *name = m_categories->item(r, CategoryNameColumn);
        if (!name) {
            name = new QTableWidgetItem;
            m_categories->setItem(r, CategoryNameColumn, name);
        }
        name->setText(c.name);
        auto *area = qobject_cast<QComboBox *>(m_categories->cellWidget(r, CategoryAreaColumn));
        if (!area) {
            area = new QComboBox(m_categories);
            connect(area, &QComboBox::activated, this, &RoutingPage::commitCategories);
            m_categories->setCellWidget(r, CategoryAreaColumn, area);
        }
        area->clear();
        area->addItem(tr("(no area)"), 0);
        for (const Area &ar : a->areas)
            area->addItem(ar.name, ar.id);
        area->setCurrentIndex(std::max(0, area->findData(c.areaId)));
    }
    if (currentCategory >= 0 && currentCategory < m_categories->rowCount())
        m_categories->setCurrentCell(currentCategory, CategoryNameColumn);

    const QStringList locations = a ? a->details.locations : QStringList();
    const int currentLocation = m_locations->currentRow();
    m_locations->clear();
    for (const QString &l : locations) {
        auto *item = new QListWidgetItem(l, m_locations);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    if (currentLocation >= 0 && currentLocation < m_locations->count())
        m_locations->setCurrentRow(currentLocation);
    m_shownCategories = categories;
    m_shownLocations = locations;
    m_shownAreas = a ? a->areas : QList<Area>();
    m_loading = false;
}

void RoutingPage::commitCategories()
{
    if (m_loading || !m_document)
        return;
    const Agreement &a = m_document->agreement();
    AgreementDetails d = a.details;
    QList<TicketCategory> categories;
    QStringList names;
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        TicketCategory c;
        const QTableWidgetItem *name = m_categories->item(r, CategoryNameColumn);
        c.name = name ? name->text().trimmed() : QString();
        if (auto *area = qobject_cast<QComboBox *>(m_categories->cellWidget(r, CategoryAreaColumn)))
            c.areaId = area->currentData().toInt();
        if (c.name.isEmpty()) {
            m_detailsError->setText(tr("Ticket category %1 needs a name.").arg(r + 1));
            m_detailsError->show();
            loadDetails();
            return;
        }
        categories.append(c);
        names.append(c.name);
    }
    if (const QString twice = AgreementDetails::firstDuplicate(names); !twice.isEmpty()) {
        m_detailsError->setText(tr("There is already a ticket category “%1”.").arg(twice));
        m_detailsError->show();
        loadDetails();
        return;
    }
    m_detailsError->hide();
    if (categories.size() != d.ticketCategories.size()) // added or removed elsewhere
        return;
    // Renamed categories take their rules along, in the same undo step.
    QList<QPair<QString, QString>> renamed;
    for (qsizetype i = 0; i < categories.size(); ++i)
        if (categories.at(i).name != d.ticketCategories.at(i).name)
            renamed.append({d.ticketCategories.at(i).name, categories.at(i).name});
    d.ticketCategories = categories;
    if (renamed.isEmpty()) {
        m_document->setDetails(d, tr("Edit ticket categories"));
        return;
    }
    m_document->undoStack()->beginMacro(tr("Rename ticket category"));
    const QList<EscalationRule> rules = a.rules;
    m_document->setDetails(d, tr("Rename ticket category"));
    for (EscalationRule rule : rules) {
        for (const auto &[from, to] : std::as_const(renamed))
            if (sameText(rule.category, from)) {
                rule.category = to;
                m_document->setRule(rule);
            }
    }
    m_document->undoStack()->endMacro();
}

void RoutingPage::commitLocations()
{
    if (m_loading || !m_document)
        return;
    const Agreement &a = m_document->agreement();
    AgreementDetails d = a.details;
    QStringList locations;
    for (int r = 0; r < m_locations->count(); ++r) {
        const QString name = m_locations->item(r)->text().trimmed();
        if (name.isEmpty()) {
            m_detailsError->setText(tr("Site %1 needs a name.").arg(r + 1));
            m_detailsError->show();
            loadDetails();
            return;
        }
        locations.append(name);
    }
    if (const QString twice = AgreementDetails::firstDuplicate(locations); !twice.isEmpty()) {
        m_detailsError->setText(tr("There is already a site “%1”.").arg(twice));
        m_detailsError->show();
        loadDetails();
        return;
    }
    m_detailsError->hide();
    if (locations.size() != d.locations.size())
        return;
    QList<QPair<QString, QString>> renamed;
    for (qsizetype i = 0; i < locations.size(); ++i)
        if (locations.at(i) != d.locations.at(i))
            renamed.append({d.locations.at(i), locations.at(i)});
    d.locations = locations;
    if (renamed.isEmpty())
        return;
    m_document->undoStack()->beginMacro(tr("Rename site"));
    const QList<EscalationRule> rules = a.rules;
    m_document->setDetails(d, tr("Rename site"));
    for (EscalationRule rule : rules) {
        for (const auto &[from, to] : std::as_const(renamed))
            if (sameText(rule.location, from)) {
                rule.location = to;
                m_document->setRule(rule);
            }
    }
    m_document->undoStack()->endMacro();
}

void RoutingPage::addCategory()
{
    if (!m_document)
        return;
    AgreementDetails d = m_document->agreement().details;
    QString name = tr("New category");
    for (int n = 2;
         std::any_of(d.ticketCategories.cbegin(), d.ticketCategories.cend(),
                     [&name](const TicketCategory &c) { return sameText(c.name, name); });
         ++n)
        name = tr("New category %1").arg(n);
    d.ticketCategories.append(TicketCategory{name, 0});
    m_document->setDetails(d, tr("Add ticket category"));
    const int row = m_categories->rowCount() - 1;
    m_categories->setCurrentCell(row, CategoryNameColumn);
    m_categories->editItem(m_categories->item(row, CategoryNameColumn));
}

void RoutingPage::removeCategory()
{
    const int row = m_categories->currentRow();
    if (!m_document || row < 0)
        return;
    AgreementDetails d = m_document->agreement().details;
    if (row >= d.ticketCategories.size())
        return;
    d.ticketCategories.removeAt(row);
    m_document->setDetails(d, tr("Remove ticket category"));
}

void RoutingPage::addLocation()
{
    if (!m_document)
        return;
    AgreementDetails d = m_document->agreement().details;
    QString name = tr("New site");
    for (int n = 2; std::any_of(d.locations.cbegin(), d.locations.cend(),
                                [&name](const QString &l) { return sameText(l, name); });
         ++n)
        name = tr("New site %1").arg(n);
    d.locations.append(name);
    m_document->setDetails(d, tr("Add site"));
    const int row = m_locations->count() - 1;
    m_locations->setCurrentRow(row);
    m_locations->editItem(m_locations->item(row));
}

void RoutingPage::removeLocation()
{
    const int row = m_locations->currentRow();
    if (!m_document || row < 0)
        return;
    AgreementDetails d = m_document->agreement().details;
    if (row >= d.locations.size())
        return;
    d.locations.removeAt(row);
    m_document->setDetails(d, tr("Remove site"));
}
