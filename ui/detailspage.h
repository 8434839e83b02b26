#pragma once

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
struct ModelTemplate;

// Edits the agreement's header: title, client, provider, model, dates,
// review cadence, status, revision, signatories and notes.
class DetailsPage : public QWidget
{
    Q_OBJECT

public:
    enum Field {
        Title = 1,
        Client,
        Provider,
        Model,
        Effective,
        Review,
        NextReview,
        Status,
        Revision,
        Signatories,
        Notes
    };

    // models: what the "started from" choice offers.
    explicit DetailsPage(const QList<ModelTemplate> &models, QWidget *parent = nullptr);
    void setDocument(Document *document);

    QLineEdit *clientEdit() const { return m_client; }

private:
    void load();
    void commit(Field field);
    void addSignatory();
    void removeSignatory();

    Document *m_document = nullptr;
    bool m_loading = false;
    QLineEdit *m_title;
    QLineEdit *m_client;
    QLineEdit *m_provider;
    QComboBox *m_model;
    QDateEdit *m_effective;
    QSpinBox *m_reviewMonths;
    QCheckBox *m_hasNextReview;
    QDateEdit *m_nextReview;
    QComboBox *m_status;
    QSpinBox *m_revision;
    QTableWidget *m_signatories;
    QPlainTextEdit *m_notes;
};
