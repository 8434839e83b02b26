#include "comparisonview.h"

#include "revisions/agreementdiff.h"
#include "rolecolors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int ChangeIndexRole = Qt::UserRole + 10;

// The group a change kind is filtered by, with the words the filter shows.
QString groupOf(const Change &c)
{
    if (c.kind == QLatin1String("role-changed"))
        return QStringLiteral("roles");
    if (c.list == QLatin1String("duties"))
        return c.kind;
    if (c.list == QLatin1String("details") || c.list == QLatin1String("signatories")
        || c.list == QLatin1String("ticketCategories") || c.list == QLatin1String("locations"))
        return QStringLiteral("details");
    if (c.list == QLatin1String("tools"))
        return QStringLiteral("tools");
    return c.list;
}

QString groupName(const QString &group)
{
    static const char *const names[][2] = {
        {"roles", QT_TRANSLATE_NOOP("ComparisonView", "Roles changed")},
        {"duty-added", QT_TRANSLATE_NOOP("ComparisonView", "Duties added")},
        {"duty-removed", QT_TRANSLATE_NOOP("ComparisonView", "Duties removed")},
        {"duty-moved", QT_TRANSLATE_NOOP("ComparisonView", "Duties moved")},
        {"duty-retitled", QT_TRANSLATE_NOOP("ComparisonView", "Duties retitled")},
        {"duty-reordered", QT_TRANSLATE_NOOP("ComparisonView", "Duties reordered")},
        {"duty-changed", QT_TRANSLATE_NOOP("ComparisonView", "Duty fields changed")},
        {"details", QT_TRANSLATE_NOOP("ComparisonView", "Details and signatories")},
        {"parties", QT_TRANSLATE_NOOP("ComparisonView", "Parties")},
        {"areas", QT_TRANSLATE_NOOP("ComparisonView", "Areas")},
        {"systems", QT_TRANSLATE_NOOP("ComparisonView", "Systems")},
        {"rules", QT_TRANSLATE_NOOP("ComparisonView", "Escalation rules")},
        {"tools", QT_TRANSLATE_NOOP("ComparisonView", "Tools and access")},
        {"assessment", QT_TRANSLATE_NOOP("ComparisonView", "Assessment")},
    };
    for (const auto &n : names)
        if (group == QLatin1String(n[0]))
            return QCoreApplication::translate("ComparisonView", n[1]);
    return group;
}

const QColor AddedColor(0xd8, 0xf3, 0xdc);
const QColor RemovedColor(0xfb, 0xdc, 0xdc);
const QColor ChangedColor(0xff, 0xf1, 0xbf);

// Paints a changed cell as "old" struck through, then the new value.
class ChangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const int state = index.data(ComparisonView::RowStateRole).toInt();
        const QVariant old = index.data(ComparisonView::OldTextRole);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QColor background;
        if (state == ComparisonView::Added)
            background = AddedColor;
        else if (state == ComparisonView::Removed)
            background = RemovedColor;
        else if (old.isValid())
            background = ChangedColor;
        if (background.isValid() && !(opt.state & QStyle::State_Selected))
            painter->fillRect(opt.rect, background);
        if (!old.isValid() && state != ComparisonView::Removed) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // Selection and focus as usual, the text drawn here.
        opt.text.clear();
        opt.backgroundBrush = Qt::NoBrush;
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        const QRect r = opt.rect.adjusted(4, 0, -4, 0);
        QFont struck = opt.font;
        struck.setStrikeOut(true);
        const QPalette::ColorRole textRole =
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
        const QString now = index.data(Qt::DisplayRole).toString();
        const bool center = index.column() > 0;
        if (state == ComparisonView::Removed) {
            painter->setFont(struck);
            painter->setPen(opt.palette.color(textRole));
            painter->drawText(r, (center ? Qt::AlignCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                              opt.fontMetrics.elidedText(now, Qt::ElideRight, r.width()));
            painter->restore();
            return;
        }
        const QString before = old.toString().isEmpty() ? QStringLiteral("—") : old.toString();
        const QString after = now.isEmpty() ? QStringLiteral("—") : now;
        const QFontMetrics struckMetrics(struck);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int gap = opt.fontMetrics.horizontalAdvance(u' ');
        const int width =
            struckMetrics.horizontalAdvance(before) + gap + boldMetrics.horizontalAdvance(after);
        int x = center && width < r.width() ? r.left() + (r.width() - width) / 2 : r.left();
        QColor faded = opt.palette.color(textRole);
        faded.setAlphaF(0.55f);
        painter->setFont(struck);
        painter->setPen(faded);
        const int beforeWidth =
            std::min(struckMetrics.horizontalAdvance(before), std::max(r.width() / 2, 0));
        painter->drawText(QRect(x, r.top(), beforeWidth, r.height()), Qt::AlignVCenter,
                          struckMetrics.elidedText(before, Qt::ElideRight, beforeWidth));
        x += beforeWidth + gap;
        painter->setFont(bold);
        painter->setPen(opt.palette.color(textRole));
        painter->drawText(QRect(x, r.top(), r.right() - x, r.height()), Qt::AlignVCenter,
                          boldMetrics.elidedText(after, Qt::ElideRight, r.right() - x));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (const QVariant old = index.data(ComparisonView::OldTextRole); old.isValid())
            size.rwidth() += option.fontMetrics.horizontalAdvance(old.toString()) + 12;
        return size;
    }
};

QString partyKey(const Party &p)
{
    return p.label().trimmed().toCaseFolded();
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_matrix(new QTreeWidget(this))
    , m_filter(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_listPanel(new QWidget(this))
{
    setObjectName(QStringLiteral("ComparisonView"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_matrix->setItemDelegate(new ChangeDelegate(m_matrix));
    m_matrix->setUniformRowHeights(true);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setAccessibleName(tr("Matrix"));
    m_list->setAccessibleName(tr("Changes"));
    m_list->setWordWrap(true);
    m_filter->setAccessibleName(tr("Show changes"));

    auto *filterLabel = new QLabel(tr("S&how:"), m_listPanel);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *listLayout = new QVBoxLayout(m_listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_matrix);
    splitter->addWidget(m_listPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ComparisonView::fillList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            goToChange(item->data(ChangeIndexRole).toInt());
    });
}

void ComparisonView::compare(const Agreement &older, const Agreement &newer,
                             const QString &olderName, const QString &newerName)
{
    m_changes = AgreementDiff::compare(older, newer);
    m_listPanel->show();
    m_summary->setText(
        m_changes.isEmpty()
            ? tr("No differences between %1 and %2.").arg(olderName, newerName)
            : tr("%n change(s) from %1 to %2. Changed cells show the old role struck through "
                 "beside the new; added duties are green, removed ones red.",
                 nullptr, int(m_changes.size()))
                  .arg(olderName, newerName));
    buildMatrix(older, newer);

    QMap<QString, int> counts;
    for (const Change &c : std::as_const(m_changes))
        ++counts[groupOf(c)];
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItem(tr("All changes (%1)").arg(m_changes.size()), QString());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_filter->addItem(QStringLiteral("%1 (%2)").arg(groupName(it.key())).arg(it.value()),
                          it.key());
    m_filter->blockSignals(false);
    fillList();
}

void ComparisonView::showReadOnly(const Agreement &agreement, const QString &description)
{
    m_changes.clear();
    m_summary->setText(description);
    m_listPanel->hide();
    buildMatrix(agreement, agreement);
}

void ComparisonView::buildMatrix(const Agreement &older, const Agreement &newer)
{
    m_matrix->clear();
    m_partyIds.clear();
    QStringList headers{tr("Duty")};
    QHash<QString, int> columnOfKey; // party label -> column, to place older roles
    for (const Party &p : newer.parties) {
        headers.append(p.label());
        m_partyIds.append(p.id);
        columnOfKey.insert(partyKey(p), int(m_partyIds.size()));
    }
    m_matrix->setColumnCount(int(headers.size()));
    m_matrix->setHeaderLabels(headers);

    // What changed, by duty and by cell.
    QSet<int> added, removed;
    QHash<int, QString> retitledFrom, movedFrom;
    QHash<QPair<int, int>, QString> cellBefore;
    QSet<int> otherwiseChanged;
    for (const Change &c : std::as_const(m_changes)) {
        if (c.list != QLatin1String("duties"))
            continue;
        if (c.kind == QLatin1String("duty-added"))
            added.insert(c.id);
        else if (c.kind == QLatin1String("duty-removed"))
            removed.insert(c.id);
        else if (c.kind == QLatin1String("duty-retitled"))
            retitledFrom.insert(c.id, c.before);
        else if (c.kind == QLatin1String("duty-moved"))
            movedFrom.insert(c.id, c.before);
        else if (c.kind == QLatin1String("role-changed"))
            cellBefore.insert({c.id, c.partyId}, c.before);
        else
            otherwiseChanged.insert(c.id);
    }

    QHash<QString, QTreeWidgetItem *> areaItems; // by case-folded name
    const auto areaItem = [&](const QString &name) {
        const QString key = name.trimmed().toCaseFolded();
        if (QTreeWidgetItem *item = areaItems.value(key))
            return item;
        auto *item = new QTreeWidgetItem(m_matrix, {name});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        areaItems.insert(key, item);
        return item;
    };
    for (const Area &area : newer.areas)
        areaItem(area.name);

    for (const Duty &d : newer.duties) {
        const Area *area = newer.area(d.areaId);
        auto *item = new QTreeWidgetItem(areaItem(area ? area->name : QString()));
        QString title = d.title;
        if (movedFrom.contains(d.id))
            title = tr("%1 (moved from %2)").arg(d.title, movedFrom.value(d.id));
        item->setText(0, title);
        item->setToolTip(0, title);
        if (retitledFrom.contains(d.id))
            item->setData(0, OldTextRole, retitledFrom.value(d.id));
        const bool rowChanged = movedFrom.contains(d.id) || retitledFrom.contains(d.id)
                                || otherwiseChanged.contains(d.id);
        const RowState state = added.contains(d.id) ? Added : rowChanged ? Changed : Unchanged;
        for (int c = 0; c < m_matrix->columnCount(); ++c) {
            item->setData(c, RowStateRole, state);
            item->setData(c, DutyIdRole, d.id);
        }
        if (state == Changed && !retitledFrom.contains(d.id))
            item->setData(0, OldTextRole, QVariant()); // marked by its colour only
        for (qsizetype i = 0; i < m_partyIds.size(); ++i) {
            const int column = int(i) + 1;
            const Raci roles = d.rolesOf(m_partyIds.at(i));
            item->setText(column, roles.toString());
            item->setTextAlignment(column, Qt::AlignCenter);
            if (const auto it = cellBefore.constFind({d.id, m_partyIds.at(i)});
                it != cellBefore.cend()) {
                item->setData(column, OldTextRole, *it);
                item->setToolTip(
                    column,
                    tr("%1 → %2").arg(it->isEmpty() ? QStringLiteral("—") : *it,
                                      roles.isEmpty() ? QStringLiteral("—") : roles.toString()));
            } else if (!roles.isEmpty() && state != Added) { // added rows stay green
                item->setBackground(column, RoleColors::background(roles));
            }
        }
    }
    // Removed duties, in the area of that name, their roles as they were.
    for (const Duty &d : older.duties) {
        if (!removed.contains(d.id))
            continue;
        const Area *area = older.area(d.areaId);
        auto *item = new QTreeWidgetItem(areaItem(area ? area->name : QString()));
        item->setText(0, tr("%1 (removed)").arg(d.title));
        for (int c = 0; c < m_matrix->columnCount(); ++c) {
            item->setData(c, RowStateRole, Removed);
            item->setData(c, DutyIdRole, d.id);
        }
        for (auto it = d.roles.cbegin(); it != d.roles.cend(); ++it) {
            const Party *p = older.party(it.key());
            const int column = p ? columnOfKey.value(partyKey(*p)) : 0;
            if (column > 0) {
                item->setText(column, it.value().toString());
                item->setTextAlignment(column, Qt::AlignCenter);
            }
        }
    }
    m_matrix->expandAll();
    m_matrix->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrix->setColumnWidth(0, 340);
    for (int c = 1; c < m_matrix->columnCount(); ++c)
        m_matrix->resizeColumnToContents(c);
}

void ComparisonView::fillList()
{
    const QString group = m_filter->currentData().toString();
    m_list->clear();
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const Change &c = m_changes.at(i);
        if (!group.isEmpty() && groupOf(c) != group)
            continue;
        auto *item = new QListWidgetItem(c.sentence(), m_list);
        item->setData(ChangeIndexRole, int(i));
        item->setToolTip(c.kind);
    }
}

QTreeWidgetItem *ComparisonView::dutyItem(int dutyId, bool removed) const
{
    for (int a = 0; a < m_matrix->topLevelItemCount(); ++a) {
        QTreeWidgetItem *area = m_matrix->topLevelItem(a);
        for (int d = 0; d < area->childCount(); ++d) {
            QTreeWidgetItem *item = area->child(d);
            if (item->data(0, DutyIdRole).toInt() == dutyId
                && (item->data(0, RowStateRole).toInt() == Removed) == removed)
                return item;
        }
    }
    return nullptr;
}

void ComparisonView::goToChange(int index)
{
    if (index < 0 || index >= m_changes.size())
        return;
    const Change &c = m_changes.at(index);
    if (c.list != QLatin1String("duties"))
        return;
    QTreeWidgetItem *item = dutyItem(c.id, c.kind == QLatin1String("duty-removed"));
    if (!item)
        return;
    int column = 0;
    if (c.partyId != 0)
        column = std::max(0, int(m_partyIds.indexOf(c.partyId)) + 1);
    m_matrix->setCurrentItem(item, column);
    m_matrix->scrollToItem(item);
}
