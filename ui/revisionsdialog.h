#pragma once

#include <QDialog>

class Document;
class QLabel;
class QPushButton;
class QTableWidget;

// The signed revisions of the open agreement: number, date, signatories
// and fingerprint, and what can be done with one (open it read-only,
// export it as it was, restore it as the draft, compare it with the draft).
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NumberColumn, DateColumn, SignatoriesColumn, FingerprintColumn };

    explicit RevisionsDialog(Document *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The number of the selected revision; 0 when none.
    int selectedRevision() const;
    void selectRevision(int number);
    QPushButton *openButton() const { return m_open; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *compareButton() const { return m_compare; }

signals:
    void openRequested(int number);
    void exportRequested(int number);
    void restoreRequested(int number);
    void compareRequested(int number);

private:
    void reload();
    void updateButtons();

    Document *m_document;
    QLabel *m_state;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_restore;
    QPushButton *m_compare;
};
