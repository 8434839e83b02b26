#include "partychipsdelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Padding = 6; // inside a chip, left and right
constexpr int Gap = 4;     // between chips

QColor chipColor(const QString &text)
{
    const QColor c(text);
    return c.isValid() ? c : QColor(0xe0, 0xe0, 0xe0);
}

// Black on light colours, white on dark ones.
QColor textColorOn(const QColor &background)
{
    const int luma =
        (299 * background.red() + 587 * background.green() + 114 * background.blue()) / 1000;
    return luma < 150 ? QColor(Qt::white) : QColor(Qt::black);
}

// The chips' labels: full names when they fit in `width`, else short codes.
QStringList labelsFor(const QVariantList &chips, const QFontMetrics &fm, int width)
{
    QStringList names;
    QStringList codes;
    int needed = Gap;
    for (const QVariant &chip : chips) {
        const QStringList parts = chip.toStringList();
        names << parts.value(0);
        codes << parts.value(2);
        needed += fm.horizontalAdvance(parts.value(0)) + 2 * Padding + Gap;
    }
    return needed <= width ? names : codes;
}
} // namespace

PartyChipsDelegate::PartyChipsDelegate(int chipsRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_chipsRole(chipsRole)
{}

void PartyChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QVariantList chips = index.data(m_chipsRole).toList();
    if (chips.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    const QFontMetrics fm = option.fontMetrics;
    const int height = std::min(option.rect.height() - 4, fm.height() + 4);
    int x = option.rect.left() + Gap;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    const QStringList labels = labelsFor(chips, fm, option.rect.width());
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const QColor colour = chipColor(chips.at(i).toStringList().value(1));
        const int width = fm.horizontalAdvance(labels.at(i)) + 2 * Padding;
        const QRect r(x, y, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(textColorOn(colour));
        painter->drawText(r, Qt::AlignCenter, labels.at(i));
        x += width + Gap;
    }
    painter->restore();
}

QSize PartyChipsDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QVariantList chips = index.data(m_chipsRole).toList();
    if (chips.isEmpty())
        return s;
    int width = Gap;
    for (const QVariant &chip : chips)
        width +=
            option.fontMetrics.horizontalAdvance(chip.toStringList().value(0)) + 2 * Padding + Gap;
    s.setWidth(width);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 8));
    return s;
}
