#include "choicedelegate.h"

#include "model/agreement.h"
#include "model/duration.h"

#include <QComboBox>
#include <QSpinBox>

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList labels = index.data(ChoiceLabelsRole).toStringList();
    if (!labels.isEmpty()) {
        auto *combo = new QComboBox(parent);
        const QVariantList values = index.data(ChoiceValuesRole).toList();
        for (qsizetype i = 0; i < labels.size() && i < values.size(); ++i)
            combo->addItem(labels.at(i), values.at(i));
        // A choice is made with one click: commit it at once.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ChoiceDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    if (index.data(MinutesRole).toBool()) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, Duration::MaxMinutes);
        spin->setSuffix(tr(" min"));
        spin->setSingleStep(15);
        return spin;
    }
    return MatrixDelegate::createEditor(parent, option, index);
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    MatrixDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    MatrixDelegate::setModelData(editor, model, index);
}

QVariant ChoiceDelegate::partyChoices(int role, const Agreement &agreement, const QString &noneText)
{
    if (role == ChoiceLabelsRole) {
        QStringList labels{noneText};
        for (const Party &party : agreement.parties)
            labels << party.name;
        return labels;
    }
    QVariantList values{0};
    for (const Party &party : agreement.parties)
        values << party.id;
    return values;
}

QVariant ChoiceDelegate::textChoices(int role, const QString &anyText, const QStringList &texts)
{
    if (role == ChoiceLabelsRole)
        return QStringList{anyText} + texts;
    QVariantList values{QString()};
    for (const QString &text : texts)
        values << text;
    return values;
}
