#pragma once

#include <QWidget>

class BusinessHoursEdit;
class Document;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
struct ModelTemplate;

// Edits the agreement's header: title, client, provider, model, dates,
// review cadence, signatories and notes. The status and revision follow
// from the signed revisions and are shown, not typed; only "in review"
// is set by hand.
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
        Signatories,
        Notes
    };

    // models: what the "started from" choice offers.
    explicit DetailsPage(const QList<ModelTemplate> &models, QWidget *parent = nullptr);
    void setDocument(Document *document);

    QLineEdit *clientEdit() const { return m_client; }
    // "Revision 3, draft — changed since revision 2 signed on … · 4 changes"
    QLabel *revisionLabel() const { return m_state; }
    QCheckBox *inReviewBox() const { return m_inReview; }
    BusinessHoursEdit *businessHoursEdit() const { return m_hours; }

signals:
    void signRequested();
    void revisionsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void commit(Field field);
    void addSignatory();
    void removeSignatory();
    void updateState();

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
    QLabel *m_state;
    QCheckBox *m_inReview;
    QPushButton *m_sign;
    QTableWidget *m_signatories;
    QPlainTextEdit *m_notes;
    BusinessHoursEdit *m_hours;
};
