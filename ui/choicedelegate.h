#pragma once

#include "matrixdelegate.h"

// Edits a table cell with the editor its model asks for: a combo box when
// the cell offers choices, a spin box in minutes for a duration, a line
// edit otherwise. Cells with findings get the matrix's corner marks.
class ChoiceDelegate : public MatrixDelegate
{
    Q_OBJECT

public:
    enum Role {
        // What a combo box offers: labels, and the edit values they stand for.
        ChoiceLabelsRole = Qt::UserRole + 40,
        ChoiceValuesRole,
        // True for a duration in minutes (an int edit value).
        MinutesRole,
    };

    using MatrixDelegate::MatrixDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
