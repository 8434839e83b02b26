#pragma once

#include <QWidget>

class Document;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Edits one duty's fields: title, description, area, system, kind,
// frequency, control references and notes. Each field's edits become one
// undo step per burst of typing; undo and redo update the fields.
class DutyInspector : public QWidget
{
    Q_OBJECT

public:
    // Merge keys: consecutive edits of one field of one duty are one undo step.
    enum Field {
        Title = 1,
        Description,
        AreaField,
        SystemField,
        KindField,
        FrequencyField,
        Controls,
        Notes
    };

    explicit DutyInspector(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setDuty(int dutyId);
    int dutyId() const { return m_dutyId; }

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *frequencyChoice() const { return m_frequency; }
    QLineEdit *frequencyText() const { return m_frequencyText; }
    void focusTitle();

private:
    void load();
    void reloadChoices();
    void commit(Field field);
    bool isOtherFrequency() const;

    Document *m_document = nullptr;
    int m_dutyId = 0;
    bool m_loading = false;
    QLabel *m_empty;
    QWidget *m_form;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_area;
    QComboBox *m_system;
    QComboBox *m_kind;
    QComboBox *m_frequency;
    QLineEdit *m_frequencyText; // shown for "Other": free text
    QLineEdit *m_controls;
    QPlainTextEdit *m_notes;
};
