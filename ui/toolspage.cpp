#include "toolspage.h"

#include "choicedelegate.h"
#include "document/document.h"
#include "toolsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ToolsPage::ToolsPage(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_accessBox(new QGroupBox(this))
    , m_level(new QComboBox(this))
    , m_role(new QLineEdit(this))
    , m_approvedBy(new QLineEdit(this))
    , m_mfa(new QCheckBox(tr("MFA re&quired"), this))
    , m_hasExpiry(new QCheckBox(tr("Ex&pires on:"), this))
    , m_expires(new QDateEdit(this))
{
    auto *intro = new QLabel(tr("Who may do what in each tool. Internal IT keeps at least read "
                                "access everywhere, so nothing hides behind a vendor wall. Type N, "
                                "R, O or A to set none, read, operate or admin access."),
                             this);
    intro->setWordWrap(true);

    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->installEventFilter(this);
    m_view->setWhatsThis(tr("Tools against parties. Type N, R, O or A to set no, read, operate "
                            "or admin access on the selected cells; F2 renames a tool."));

    auto *add = new QPushButton(tr("&Add Tool"), this);
    auto *rename = new QPushButton(tr("Re&name"), this);
    auto *remove = new QPushButton(tr("&Remove Tool"), this);
    auto *up = new QPushButton(tr("Move Up"), this);
    auto *down = new QPushButton(tr("Move Down"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, rename, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();

    for (auto l : {ToolAccess::Level::None, ToolAccess::Level::Read, ToolAccess::Level::Operate,
                   ToolAccess::Level::Admin})
        m_level->addItem(ToolAccess::levelName(l), int(l));
    m_role->setPlaceholderText(tr("e.g. Technician, Global reader"));
    m_approvedBy->setPlaceholderText(tr("who granted this access"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_hasExpiry);
    expiry->addWidget(m_expires, 1);
    auto *form = new QFormLayout(m_accessBox);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Role &in the tool:"), m_role);
    form->addRow(tr("Approved &by:"), m_approvedBy);
    form->addRow(QString(), m_mfa);
    form->addRow(QString(), expiry);
    m_accessBox->setMinimumWidth(280);
    m_accessBox->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    // The grid gets the full width; the selected cell's details sit below.
    layout->addWidget(m_view, 1);
    layout->addWidget(m_accessBox, 0, Qt::AlignLeft);

    connect(add, &QPushButton::clicked, this, &ToolsPage::addTool);
    connect(rename, &QPushButton::clicked, this, &ToolsPage::renameTool);
    connect(remove, &QPushButton::clicked, this, &ToolsPage::removeTool);
    connect(up, &QPushButton::clicked, this, [this] { moveTool(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTool(1); });
    connect(m_level, &QComboBox::activated, this, [this] {
        if (m_model && !m_loading)
            m_model->setLevels({m_view->currentIndex()}, m_level->currentData().toInt());
    });
    connect(m_role, &QLineEdit::editingFinished, this, [this] { commitAccess(Role); });
    connect(m_approvedBy, &QLineEdit::editingFinished, this, [this] { commitAccess(ApprovedBy); });
    connect(m_mfa, &QCheckBox::toggled, this, [this] { commitAccess(Mfa); });
    connect(m_hasExpiry, &QCheckBox::toggled, this, [this] { commitAccess(Expiry); });
    connect(m_expires, &QDateEdit::dateChanged, this, [this] { commitAccess(Expiry); });
    setDocument(nullptr);
}

ToolsPage::~ToolsPage()
{
    m_view->setModel(nullptr);
}

void ToolsPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_view->setModel(nullptr);
    m_model.reset();
    m_document = document;
    if (document) {
        m_model = std::make_unique<ToolsModel>(document);
        m_model->setFindings(m_findings);
        m_view->setModel(m_model.get());
        const auto sizeColumns = [this] {
            QHeaderView *header = m_view->horizontalHeader();
            header->setSectionResizeMode(QHeaderView::Interactive);
            header->setStretchLastSection(false);
            header->resizeSection(ToolsModel::NameColumn, 210);
            header->resizeSection(ToolsModel::CategoryColumn, 130);
            header->resizeSection(ToolsModel::OwnerColumn, 140);
            for (int c = ToolsModel::FirstPartyColumn; c < m_model->columnCount(); ++c)
                header->resizeSection(c, 105);
        };
        sizeColumns();
        connect(m_model.get(), &QAbstractItemModel::modelReset, this, sizeColumns);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ToolsPage::loadAccess);
        connect(document, &Document::changed, this, &ToolsPage::loadAccess);
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, ToolsModel::FirstPartyColumn));
    }
    setEnabled(document != nullptr);
    loadAccess();
}

void ToolsPage::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    if (m_model)
        m_model->setFindings(findings);
}

void ToolsPage::selectCell(int toolId, int partyId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfTool(toolId);
    if (row < 0)
        return;
    const int column = partyId != 0 ? m_model->columnOfParty(partyId) : ToolsModel::NameColumn;
    const QModelIndex target = m_model->index(row, std::max(0, column));
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target);
}

void ToolsPage::loadAccess()
{
    m_loading = true;
    const QModelIndex current = m_view->currentIndex();
    const Tool *tool = m_model && m_document
                           ? m_document->agreement().tool(m_model->toolIdAt(current.row()))
                           : nullptr;
    const int partyId = m_model ? m_model->partyAt(current.column()) : 0;
    const Party *party = m_document ? m_document->agreement().party(partyId) : nullptr;
    const bool cell = tool && party;
    m_accessBox->setEnabled(cell);
    if (!cell) {
        m_accessBox->setTitle(tool ? tr("Select a party's cell of %1").arg(tool->name)
                                   : tr("Access"));
        m_level->setCurrentIndex(0);
        m_role->clear();
        m_approvedBy->clear();
        m_mfa->setChecked(false);
        m_hasExpiry->setChecked(false);
        m_expires->setEnabled(false);
        m_loading = false;
        return;
    }
    const ToolAccess access = tool->access.value(partyId);
    m_accessBox->setTitle(tr("Access of %1 to %2").arg(party->label(), tool->name));
    m_level->setCurrentIndex(m_level->findData(int(access.level)));
    if (m_role->text() != access.role)
        m_role->setText(access.role);
    if (m_approvedBy->text() != access.approvedBy)
        m_approvedBy->setText(access.approvedBy);
    m_mfa->setChecked(access.mfaRequired);
    m_hasExpiry->setChecked(access.expires.isValid());
    m_expires->setEnabled(access.expires.isValid());
    m_expires->setDate(access.expires.isValid() ? access.expires
                                                : QDate::currentDate().addYears(1));
    m_loading = false;
}

void ToolsPage::commitAccess(Field field)
{
    if (m_loading || !m_model)
        return;
    const QModelIndex current = m_view->currentIndex();
    const Tool *existing = m_document->agreement().tool(m_model->toolIdAt(current.row()));
    const int partyId = m_model->partyAt(current.column());
    if (!existing || partyId == 0)
        return;
    Tool tool = *existing;
    ToolAccess &access = tool.access[partyId];
    switch (field) {
    case Role:
        access.role = m_role->text().trimmed();
        break;
    case ApprovedBy:
        access.approvedBy = m_approvedBy->text().trimmed();
        break;
    case Mfa:
        access.mfaRequired = m_mfa->isChecked();
        break;
    case Expiry:
        m_expires->setEnabled(m_hasExpiry->isChecked());
        access.expires = m_hasExpiry->isChecked() ? m_expires->date() : QDate();
        break;
    }
    // Nothing to keep for a party with no access and no details.
    if (access == ToolAccess())
        tool.access.remove(partyId);
    if (tool.access == existing->access)
        return;
    m_document->setTool(tool, field);
}

bool ToolsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && m_model) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain =
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        int level = -1;
        switch (key->key()) {
        case Qt::Key_N:
            level = int(ToolAccess::Level::None);
            break;
        case Qt::Key_R:
            level = int(ToolAccess::Level::Read);
            break;
        case Qt::Key_O:
            level = int(ToolAccess::Level::Operate);
            break;
        case Qt::Key_A:
            level = int(ToolAccess::Level::Admin);
            break;
        default:
            break;
        }
        if (plain && level >= 0) {
            QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
            if (cells.isEmpty())
                cells.append(m_view->currentIndex());
            m_model->setLevels(cells, level);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ToolsPage::addTool()
{
    if (!m_document)
        return;
    const Agreement &a = m_document->agreement();
    Tool tool;
    tool.name = tr("New tool");
    // Internal IT owns what it brings in and can administer it.
    if (const Party *internal = a.firstOfKind(Party::Kind::Internal)) {
        tool.ownerId = internal->id;
        tool.access.insert(internal->id, ToolAccess{ToolAccess::Level::Admin, QString(), QString(),
                                                    true, QDate()});
    }
    const qsizetype at = a.indexOfTool(m_model->toolIdAt(m_view->currentIndex().row()));
    const int id = m_document->addTool(tool, at < 0 ? -1 : at + 1);
    selectCell(id);
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

void ToolsPage::renameTool()
{
    if (!m_model || m_model->toolIdAt(m_view->currentIndex().row()) == 0)
        return;
    const QModelIndex name = m_view->currentIndex().siblingAtColumn(ToolsModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->setFocus();
    m_view->edit(name);
}

void ToolsPage::removeTool()
{
    if (!m_model)
        return;
    const int row = m_view->currentIndex().row();
    const int id = m_model->toolIdAt(row);
    if (id == 0)
        return;
    m_document->removeTool(id);
    if (m_model->rowCount() > 0)
        selectCell(m_model->toolIdAt(std::min(row, m_model->rowCount() - 1)));
}

void ToolsPage::moveTool(int delta)
{
    if (!m_model)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int id = m_model->toolIdAt(current.row());
    if (id == 0)
        return;
    const int party = m_model->partyAt(current.column());
    m_document->moveTool(id, m_document->agreement().indexOfTool(id) + delta);
    selectCell(id, party);
}
