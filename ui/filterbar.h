#pragma once

#include "matrixfiltermodel.h"

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QLineEdit;

// Narrows the matrix: text, area, system, duty kind, a party's role, and
// "has findings". Escape in the text field clears the whole filter.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setDocument(Document *document);
    MatrixFilterModel::Criteria criteria() const;
    void clear();
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *areaBox() const { return m_area; }
    QComboBox *partyBox() const { return m_party; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *findingsBox() const { return m_findings; }

signals:
    void criteriaChanged(const MatrixFilterModel::Criteria &criteria);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadChoices();
    void emitCriteria();

    Document *m_document = nullptr;
    QLineEdit *m_text;
    QComboBox *m_area;
    QComboBox *m_system;
    QComboBox *m_kind;
    QComboBox *m_party;
    QComboBox *m_role;
    QCheckBox *m_findings;
};
