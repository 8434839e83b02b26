#pragma once

#include <QStyledItemDelegate>

// Paints a cell that names parties as a row of small chips in each party's
// colour. The model gives the chips in a role as QStringList{name, colour,
// short code}; when the names do not fit, the codes are shown. Cells
// without chips are painted as usual.
class PartyChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PartyChipsDelegate(int chipsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_chipsRole;
};
