#include "systemspage.h"

#include "document/document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, KindColumn, CriticalityColumn, DutiesColumn };
}

SystemsPage::SystemsPage(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
{
    m_table->setHorizontalHeaderLabels({tr("System"), tr("Kind"), tr("Criticality"), tr("Duties")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(KindColumn, 200);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *intro = new QLabel(tr("The systems duties are about. A duty names at most one; "
                                "removing a system keeps its duties."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add System"), this);
    auto *remove = new QPushButton(tr("&Remove System"), this);
    auto *up = new QPushButton(tr("Move U&p"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &SystemsPage::addSystem);
    connect(remove, &QPushButton::clicked, this, &SystemsPage::removeSystem);
    connect(up, &QPushButton::clicked, this, [this] { moveSystem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSystem(1); });
    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { commitRow(item->row()); });
}

void SystemsPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::changed, this, &SystemsPage::load);
    load();
}

int SystemsPage::systemIdAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, NameColumn);
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

void SystemsPage::load()
{
    m_loading = true;
    const int current = systemIdAt(m_table->currentRow());
    const QList<System> systems = m_document ? m_document->agreement().systems : QList<System>();
    // One pass over the duties for all counts: this runs after every edit.
    QHash<int, int> dutiesOfSystem;
    if (m_document)
        for (const Duty &d : m_document->agreement().duties)
            ++dutiesOfSystem[d.systemId];
    m_table->setRowCount(int(systems.size()));
    // The items are kept and only what differs is set: most edits change
    // nothing here, or a count.
    const auto show = [this](int row, int column, const QString &text) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem(text);
            if (column == DutiesColumn)
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, column, item);
        } else if (item->text() != text) {
            item->setText(text);
        }
        return item;
    };
    for (int r = 0; r < systems.size(); ++r) {
        const System &s = systems.at(r);
        QTableWidgetItem *name = show(r, NameColumn, s.name);
        if (name->data(Qt::UserRole).toInt() != s.id)
            name->setData(Qt::UserRole, s.id);
        show(r, KindColumn, s.kind);
        show(r, DutiesColumn, QString::number(dutiesOfSystem.value(s.id)));
        auto *criticality = qobject_cast<QComboBox *>(m_table->cellWidget(r, CriticalityColumn));
        if (!criticality) {
            criticality = new QComboBox(m_table);
            for (auto c : {System::Criticality::Low, System::Criticality::Medium,
                           System::Criticality::High, System::Criticality::Critical})
                criticality->addItem(System::criticalityName(c), int(c));
            connect(criticality, &QComboBox::activated, this, [this, criticality] {
                for (int row = 0; row < m_table->rowCount(); ++row)
                    if (m_table->cellWidget(row, CriticalityColumn) == criticality)
                        commitRow(row);
            });
            m_table->setCellWidget(r, CriticalityColumn, criticality);
        }
        criticality->setCurrentIndex(criticality->findData(int(s.criticality)));
        if (s.id == current)
            m_table->setCurrentCell(r, NameColumn);
    }
    m_loading = false;
}

void SystemsPage::commitRow(int row)
{
    if (m_loading || !m_document)
        return;
    const System *existing = m_document->agreement().system(systemIdAt(row));
    if (!existing)
        return;
    System s = *existing;
    const QString name = m_table->item(row, NameColumn)->text().trimmed();
    if (name.isEmpty()) { // a system needs a name; show the old one again
        load();
        return;
    }
    s.name = name;
    s.kind = m_table->item(row, KindColumn) ? m_table->item(row, KindColumn)->text().trimmed()
                                            : QString();
    if (auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(row, CriticalityColumn)))
        s.criticality = System::Criticality(c->currentData().toInt());
    m_document->setSystem(s);
}

void SystemsPage::addSystem()
{
    if (!m_document)
        return;
    System s;
    s.name = tr("New system");
    const int id = m_document->addSystem(s);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (systemIdAt(r) == id) {
            m_table->setCurrentCell(r, NameColumn);
            m_table->editItem(m_table->item(r, NameColumn));
        }
}

void SystemsPage::removeSystem()
{
    if (m_document && systemIdAt(m_table->currentRow()) != 0)
        m_document->removeSystem(systemIdAt(m_table->currentRow()));
}

void SystemsPage::moveSystem(int delta)
{
    const int row = m_table->currentRow();
    const int id = systemIdAt(row);
    if (!m_document || id == 0)
        return;
    m_document->moveSystem(id, row + delta);
}
