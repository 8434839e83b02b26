#include "chartspanel.h"

#include "document/document.h"
#include "rolecolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
// A chart in the system palette's light or dark theme. The theme is set
// before any series is added: setting it later repaints the series.
QChart *makeChart(const QWidget *panel)
{
    auto *chart = new QChart;
    const bool dark = panel->palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    return chart;
}

// Gives a bar set these values. The chart lays out all its bars again for
// each value that changes, so a single change is made in place (the common
// case, one key in the matrix) and more as one removal and one append:
// after a batch edit that changes most values, two layouts instead of one
// per value.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    qsizetype changed = 0;
    qsizetype last = -1;
    if (set->count() == values.size()) {
        for (qsizetype i = 0; i < values.size(); ++i)
            if (set->at(int(i)) != values.at(i)) {
                ++changed;
                last = i;
            }
        if (changed == 0)
            return;
        if (changed == 1) {
            set->replace(int(last), values.at(last));
            return;
        }
    }
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values);
}

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}
} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_partySeries(new QHorizontalStackedBarSeries(this))
    , m_responsible(new QBarSet(tr("Responsible")))
    , m_accountable(new QBarSet(tr("Accountable")))
    , m_partyAxis(new QBarCategoryAxis(this))
    , m_countAxis(new QValueAxis(this))
    , m_areaSeries(new QHorizontalPercentBarSeries(this))
    , m_areaAxis(new QBarCategoryAxis(this))
    , m_shareAxis(new QValueAxis(this))
{
    auto *partyChart = makeChart(this);
    auto *areaChart = makeChart(this);
    m_responsible->setColor(RoleColors::of(Raci::Responsible).darker(115));
    m_accountable->setColor(RoleColors::of(Raci::Accountable).darker(115));
    m_partySeries->append(m_responsible);
    m_partySeries->append(m_accountable);

    partyChart->setTitle(tr("Duties per party"));
    partyChart->addSeries(m_partySeries);
    partyChart->addAxis(m_partyAxis, Qt::AlignLeft);
    partyChart->addAxis(m_countAxis, Qt::AlignBottom);
    m_partySeries->attachAxis(m_partyAxis);
    m_partySeries->attachAxis(m_countAxis);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));

    areaChart->setTitle(tr("Share of the work per area"));
    areaChart->addSeries(m_areaSeries);
    areaChart->addAxis(m_areaAxis, Qt::AlignLeft);
    areaChart->addAxis(m_shareAxis, Qt::AlignBottom);
    m_areaSeries->attachAxis(m_areaAxis);
    m_areaSeries->attachAxis(m_shareAxis);
    m_shareAxis->setLabelFormat(QStringLiteral("%d%%"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_areaAxis->setLabelsFont(small);

    // Every area needs a line of its own to show its name, so the charts
    // scroll when the panel is short.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_partyView = makeView(partyChart, content);
    m_areaView = makeView(areaChart, content);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_partyView, 2);
    contentLayout->addWidget(m_areaView, 3);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ChartsPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::changesSettled, this, &ChartsPanel::refresh);
    refresh();
}

QChart *ChartsPanel::partyChart() const
{
    return m_partyView->chart();
}

QChart *ChartsPanel::areaChart() const
{
    return m_areaView->chart();
}

QList<qreal> ChartsPanel::responsibleCounts() const
{
    QList<qreal> values;
    for (int i = 0; i < m_responsible->count(); ++i)
        values.append(m_responsible->at(i));
    return values;
}

QList<qreal> ChartsPanel::accountableCounts() const
{
    QList<qreal> values;
    for (int i = 0; i < m_accountable->count(); ++i)
        values.append(m_accountable->at(i));
    return values;
}

void ChartsPanel::rebuildStructure()
{
    const Agreement &a = m_document->agreement();
    m_partyKeys.clear();
    for (const Party &p : a.parties)
        m_partyKeys.append(QString::number(p.id) + u'|' + p.name + u'|' + p.color);
    m_areaKeys.clear();
    for (const Area &ar : a.areas)
        m_areaKeys.append(QString::number(ar.id) + u'|' + ar.name);

    // Bottom to top in a horizontal chart: reverse, so the first party is on top.
    QStringList partyNames;
    for (auto it = a.parties.crbegin(); it != a.parties.crend(); ++it)
        partyNames.append(it->shortLabel());
    m_partyAxis->setCategories(partyNames);
    // Long area names would be elided to "…" by the axis; shorten them
    // legibly instead, the full name is in the matrix.
    QStringList areaNames;
    for (auto it = a.areas.crbegin(); it != a.areas.crend(); ++it)
        areaNames.append(it->name.size() > 22 ? it->name.left(21).trimmed() + QChar(0x2026)
                                              : it->name);
    m_areaAxis->setCategories(areaNames);
    m_areaView->setMinimumHeight(130 + 24 * int(areaNames.size()));
    m_partyView->setMinimumHeight(110 + 26 * int(partyNames.size()));

    m_areaSeries->clear(); // deletes the old sets
    m_areaSets.clear();
    for (const Party &p : a.parties) {
        auto *set = new QBarSet(p.shortLabel());
        const QColor color = QColor::fromString(p.color);
        set->setColor(color.isValid() ? color : QColor(Qt::gray));
        set->setBorderColor(set->color());
        m_areaSets.append(set);
        m_areaSeries->append(set);
    }
}

void ChartsPanel::refresh()
{
    if (!m_document)
        return;
    const Agreement &a = m_document->agreement();
    QStringList partyKeys;
    for (const Party &p : a.parties)
        partyKeys.append(QString::number(p.id) + u'|' + p.name + u'|' + p.color);
    QStringList areaKeys;
    for (const Area &ar : a.areas)
        areaKeys.append(QString::number(ar.id) + u'|' + ar.name);
    if (partyKeys != m_partyKeys || areaKeys != m_areaKeys)
        rebuildStructure();

    const qsizetype parties = a.parties.size();
    QHash<int, int> partyIndex;
    for (qsizetype i = 0; i < parties; ++i)
        partyIndex.insert(a.parties.at(i).id, int(i));
    QHash<int, int> areaIndex;
    for (qsizetype i = 0; i < a.areas.size(); ++i)
        areaIndex.insert(a.areas.at(i).id, int(i));

    QList<int> responsible(parties, 0);
    QList<int> accountable(parties, 0);
    QList<QList<int>> share(parties, QList<int>(a.areas.size(), 0));
    for (const Duty &d : a.duties) {
        const int area = areaIndex.value(d.areaId, -1);
        for (auto it = d.roles.cbegin(); it != d.roles.cend(); ++it) {
            const int p = partyIndex.value(it.key(), -1);
            if (p < 0)
                continue;
            if (it.value().responsible()) {
                ++responsible[p];
                if (area >= 0)
                    ++share[p][area];
            }
            if (it.value().accountable())
                ++accountable[p];
        }
    }

    // Categories run bottom to top in a horizontal chart: reversed.
    int maxTotal = 1;
    QList<qreal> responsibleValues(parties);
    QList<qreal> accountableValues(parties);
    for (qsizetype i = 0; i < parties; ++i) {
        responsibleValues[parties - 1 - i] = responsible.at(i);
        accountableValues[parties - 1 - i] = accountable.at(i);
        maxTotal = std::max(maxTotal, responsible.at(i) + accountable.at(i));
        QList<qreal> areaValues(a.areas.size());
        for (qsizetype ar = 0; ar < a.areas.size(); ++ar)
            areaValues[a.areas.size() - 1 - ar] = share.at(i).at(ar);
        setValues(m_areaSets.at(i), areaValues);
    }
    setValues(m_responsible, responsibleValues);
    setValues(m_accountable, accountableValues);
    m_countAxis->setRange(0, maxTotal);
    m_countAxis->applyNiceNumbers();
    m_shareAxis->setRange(0, 100);
}
