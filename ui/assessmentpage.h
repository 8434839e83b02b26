#pragma once

#include "assessment/tailoring.h"
#include "model/assessment.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class Document;
class QChart;
class QHorizontalBarSeries;
class QBarCategoryAxis;
class QLabel;
class QPushButton;
class QValueAxis;
class TemplateLibrary;

// The assessment as a page of the agreement: every question of step 1,
// each of which may be left at "Don't know", beside the recommendation it
// leads to (live, with the scores as a chart and the reasons in words).
// Two buttons act on the agreement, each as one undo step: start again
// from the recommended model tailored to the answers, or tailor the
// agreement as it is. What they changed is listed below them.
class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPage(const TemplateLibrary &library, QWidget *parent = nullptr);
    ~AssessmentPage() override;

    void setDocument(Document *document);

    // The editor of one question (for tests and focus).
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString recommendationText() const;
    QPushButton *startButton() const { return m_start; }
    QPushButton *tailorButton() const { return m_tailor; }
    QString changesText() const;

public slots:
    void startFromRecommendation();
    void applyTailoring();

private:
    QWidget *makeEditor(const struct AssessmentQuestion &q);
    void load();
    void commit(const QString &key);
    QVariant valueOf(const QString &key) const;
    void updateResult();
    void showChanges(const QString &title, const Tailoring &t);
    QString modelName(const QString &id) const;

    const TemplateLibrary &m_library;
    QPointer<Document> m_document;
    QHash<QString, QWidget *> m_editors;
    bool m_loading = false;

    QLabel *m_recommended;
    QLabel *m_reasons;
    QLabel *m_unknown;
    QChart *m_chart;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_models;
    QValueAxis *m_axis;
    QPushButton *m_start;
    QPushButton *m_tailor;
    QLabel *m_changes;
};
