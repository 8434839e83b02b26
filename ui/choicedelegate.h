#pragma once

#include "matrixdelegate.h"

#include <QStringList>
#include <QVariant>

struct Agreement;

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

    // What a model returns for ChoiceLabelsRole and ChoiceValuesRole (role
    // is one of the two):
    // every value of an enum, each shown as name(value), edited as its int;
    template <typename Values, typename Name>
    static QVariant enumChoices(int role, const Values &all, Name name)
    {
        if (role == ChoiceLabelsRole) {
            QStringList labels;
            for (const auto v : all)
                labels << name(v);
            return labels;
        }
        QVariantList values;
        for (const auto v : all)
            values << int(v);
        return values;
    }
    // noneText (edit value 0), then the agreement's parties by id;
    static QVariant partyChoices(int role, const Agreement &agreement, const QString &noneText);
    // anyText (the empty text), then the given texts.
    static QVariant textChoices(int role, const QString &anyText, const QStringList &texts);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
