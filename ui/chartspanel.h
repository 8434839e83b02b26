#pragma once

#include <QWidget>

class Document;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalPercentBarSeries;
class QHorizontalStackedBarSeries;
class QValueAxis;

// Live charts of the split of work: per party, how many duties it is
// Responsible and Accountable for; per area, each party's share of the
// Responsible work. Values are updated in place so the charts do not flicker,
// and all at once after a batch edit.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void refresh();

    QChart *partyChart() const;
    QChart *areaChart() const;
    // Values for tests: R and A counts per party, in party order.
    QList<qreal> responsibleCounts() const;
    QList<qreal> accountableCounts() const;

private:
    void rebuildStructure();

    Document *m_document = nullptr;
    QChartView *m_partyView;
    QChartView *m_areaView;
    QHorizontalStackedBarSeries *m_partySeries;
    QBarSet *m_responsible;
    QBarSet *m_accountable;
    QBarCategoryAxis *m_partyAxis;
    QValueAxis *m_countAxis;
    QHorizontalPercentBarSeries *m_areaSeries;
    QBarCategoryAxis *m_areaAxis;
    QValueAxis *m_shareAxis;
    QList<QBarSet *> m_areaSets; // one per party
    QStringList m_partyKeys;     // structure the series were built for
    QStringList m_areaKeys;
};
