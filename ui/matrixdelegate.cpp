#include "matrixdelegate.h"

#include "checks/finding.h"
#include "matrixmodel.h"

#include <QPainter>
#include <QPainterPath>

void MatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int severity = index.data(MatrixModel::SeverityRole).toInt();
    if (severity < 0 || severity == int(Finding::Severity::Info))
        return;
    const QColor mark = severity == int(Finding::Severity::Error) ? QColor(0xd3, 0x2f, 0x2f)
                                                                  : QColor(0xf5, 0x9e, 0x0b);
    const int size = std::max(6, option.rect.height() / 3);
    const QRect r = option.rect;
    QPainterPath corner;
    corner.moveTo(r.topRight() + QPoint(1, 0));
    corner.lineTo(r.topRight() + QPoint(1 - size, 0));
    corner.lineTo(r.topRight() + QPoint(1, size));
    corner.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(corner, mark);
    painter->restore();
}

QSize MatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 8));
    return s;
}
