#include "assessmentpage.h"

#include "assessment/assessmentquestions.h"
#include "assessment/recommendation.h"
#include "document/document.h"
#include "focusoutwatcher.h"
#include "templates/templatelibrary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

using Kind = AssessmentQuestion::Kind;

// A list answer is typed as one line: "Leeds, York; Hull".
QStringList splitList(const QString &text)
{
    QStringList out;
    for (QString item : text.split(QRegularExpression(QStringLiteral("[,;\\n]")))) {
        item = item.simplified();
        if (!item.isEmpty() && !out.contains(item, Qt::CaseInsensitive))
            out.append(item.left(200));
    }
    return out;
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

AssessmentPage::AssessmentPage(const TemplateLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_recommended(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_unknown(new QLabel(this))
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries)
    , m_models(new QBarCategoryAxis)
    , m_axis(new QValueAxis)
    , m_start(new QPushButton(tr("Start from the recommended model"), this))
    , m_tailor(new QPushButton(tr("Tailor this agreement to the answers"), this))
    , m_changes(new QLabel(this))
{
    // The questions, one group per section, in the table's order.
    auto *questions = new QWidget(this);
    auto *questionsLayout = new QVBoxLayout(questions);
    auto *intro = new QLabel(tr("Answer what you know; leave the rest at “Don't know”. The "
                                "recommendation on the right follows every answer."),
                             questions);
    intro->setWordWrap(true);
    questionsLayout->addWidget(intro);
    // One form for all sections, so every answer lines up.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    questionsLayout->addLayout(form);
    QString section;
    for (const AssessmentQuestion &q : AssessmentQuestions::all()) {
        if (q.sectionName() != section) {
            section = q.sectionName();
            auto *heading =
                new QLabel(QStringLiteral("<b>%1</b>").arg(section.toHtmlEscaped()), questions);
            heading->setContentsMargins(0, form->rowCount() > 0 ? 12 : 0, 0, 2);
            form->addRow(heading);
        }
        QWidget *editor = makeEditor(q);
        editor->setAccessibleName(q.label());
        if (!q.helpText().isEmpty()) {
            editor->setToolTip(q.helpText());
            editor->setAccessibleDescription(q.helpText());
        }
        auto *label = new QLabel(q.label() + u':', questions);
        label->setBuddy(editor);
        label->setWordWrap(true);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 28);
        form->addRow(label, editor);
        m_editors.insert(QLatin1String(q.key), editor);
    }
    questionsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(questions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The result.
    QFont big = m_recommended->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_recommended->setFont(big);
    for (QLabel *l : {m_recommended, m_reasons, m_unknown, m_changes}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_reasons->setTextFormat(Qt::RichText);
    m_changes->setTextFormat(Qt::RichText);
    m_recommended->setAccessibleName(tr("Recommended model"));
    m_reasons->setAccessibleName(tr("Reasons"));

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setTitle(tr("Score of each model"));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_models, Qt::AlignLeft);
    m_chart->addAxis(m_axis, Qt::AlignBottom);
    m_series->attachAxis(m_models);
    m_series->attachAxis(m_axis);
    m_axis->setLabelFormat(QStringLiteral("%d"));
    auto *chartView = new QChartView(m_chart, this);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(190);
    chartView->setAccessibleName(tr("Score of each model"));

    m_start->setToolTip(tr("Build the agreement again from the recommended model, tailored to the "
                           "answers. The details are kept; one undo step."));
    m_tailor->setToolTip(tr("Adjust the agreement as it is now to the answers; one undo step."));
    connect(m_start, &QPushButton::clicked, this, &AssessmentPage::startFromRecommendation);
    connect(m_tailor, &QPushButton::clicked, this, &AssessmentPage::applyTailoring);

    auto *result = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_recommended);
    resultLayout->addWidget(chartView);
    resultLayout->addWidget(m_unknown);
    resultLayout->addWidget(m_reasons);
    resultLayout->addWidget(m_start, 0, Qt::AlignLeft);
    resultLayout->addWidget(m_tailor, 0, Qt::AlignLeft);
    resultLayout->addWidget(m_changes);
    resultLayout->addStretch();
    auto *resultScroll = new QScrollArea(this);
    resultScroll->setWidget(result);
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(resultScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({540, 460});
    resultScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    setDocument(nullptr);
}

AssessmentPage::~AssessmentPage() = default;

QWidget *AssessmentPage::makeEditor(const AssessmentQuestion &q)
{
    const QString key = QLatin1String(q.key);
    switch (q.kind) {
    case Kind::Count:
    case Kind::Percent: {
        auto *spin = new QSpinBox(this);
        spin->setRange(-1, q.kind == Kind::Percent ? 100 : AssessmentQuestions::MaxCount);
        spin->setSpecialValueText(tr("Don't know"));
        if (q.kind == Kind::Percent)
            spin->setSuffix(tr(" %"));
        spin->setGroupSeparatorShown(true);
        spin->setMinimumWidth(150);
        connect(spin, &QSpinBox::valueChanged, this, [this, key] { commit(key); });
        return spin;
    }
    case Kind::YesNo:
    case Kind::Level:
    case Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->setMinimumWidth(150);
        combo->addItem(tr("Don't know"));
        if (q.kind == Kind::YesNo) {
            combo->addItem(tr("Yes"), true);
            combo->addItem(tr("No"), false);
        } else {
            for (const AssessmentQuestion::Choice &c : q.choices)
                combo->addItem(q.choiceText(QLatin1String(c.key)), QLatin1String(c.key));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { commit(key); });
        return combo;
    }
    case Kind::List: {
        auto *line = new QLineEdit(this);
        line->setPlaceholderText(
            q.suggestions.isEmpty()
                ? tr("Separated by commas")
                : tr("For example %1").arg(q.suggestions.join(QStringLiteral(", "))));
        connect(line, &QLineEdit::editingFinished, this, [this, key] { commit(key); });
        return line;
    }
    case Kind::Text: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        new FocusOutWatcher(text, [this, key] { commit(key); });
        return text;
    }
    }
    return new QWidget(this);
}

void AssessmentPage::setDocument(Document *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(document != nullptr);
    if (document) {
        connect(document, &Document::assessmentChanged, this, &AssessmentPage::load);
        connect(document, &Document::agreementReset, this, &AssessmentPage::load);
        connect(document, &Document::detailsChanged, this, &AssessmentPage::updateResult);
    }
    m_changes->clear();
    load();
}

void AssessmentPage::load()
{
    const Assessment a = m_document ? m_document->agreement().assessment : Assessment();
    m_loading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QVariant v = a.value(it.key());
        if (auto *spin = qobject_cast<QSpinBox *>(*it)) {
            spin->setValue(v.isValid() ? v.toInt() : -1);
        } else if (auto *combo = qobject_cast<QComboBox *>(*it)) {
            const int index = v.isValid() ? combo->findData(v) : 0;
            combo->setCurrentIndex(std::max(0, index));
        } else if (auto *line = qobject_cast<QLineEdit *>(*it)) {
            if (splitList(line->text()) != v.toStringList()) {
                line->setText(v.toStringList().join(QStringLiteral(", ")));
                line->setCursorPosition(0);
            }
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(*it)) {
            if (text->toPlainText() != v.toString())
                text->setPlainText(v.toString());
        }
    }
    m_loading = false;
    updateResult();
}

QVariant AssessmentPage::valueOf(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value() < 0 ? QVariant() : QVariant(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return QVariant(splitList(line->text()));
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return QVariant(text->toPlainText().left(100'000));
    return {};
}

void AssessmentPage::commit(const QString &key)
{
    if (m_loading || !m_document)
        return;
    Assessment a = m_document->agreement().assessment;
    a.set(key, valueOf(key));
    if (a != m_document->agreement().assessment)
        m_document->setAssessment(a);
}

QString AssessmentPage::modelName(const QString &id) const
{
    const ModelTemplate *m = m_library.model(id);
    return m ? m->name : id;
}

void AssessmentPage::updateResult()
{
    const Assessment a = m_document ? m_document->agreement().assessment : Assessment();
    const Recommendation r = recommend(a);

    if (r.recommended.isEmpty()) {
        m_recommended->setText(tr("Not enough answers yet"));
        QStringList open;
        for (const QString &key : r.mattersMost)
            open.append(AssessmentQuestions::find(key)->label());
        m_reasons->setText(tr("Answer these first; they decide most:") + bulletList(open));
    } else {
        QString title = tr("Recommended: %1").arg(modelName(r.recommended));
        m_recommended->setText(title);
        QString html = bulletList(r.reasonsFor(r.recommended));
        const QStringList against = r.reasonsFor(r.recommended, false);
        if (!against.isEmpty())
            html += tr("Against it:") + bulletList(against);
        if (!r.runnerUp.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("The “%1” model comes a close second.")
                                 .arg(modelName(r.runnerUp))
                                 .toHtmlEscaped());
        const QString chosen = m_document ? m_document->agreement().details.modelId : QString();
        if (!chosen.isEmpty() && chosen != r.recommended)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("This agreement follows the “%1” model.")
                                 .arg(modelName(chosen))
                                 .toHtmlEscaped());
        m_reasons->setText(html);
    }
    const qsizetype total = AssessmentQuestions::all().size();
    m_unknown->setText(tr("%1 of %2 questions answered.").arg(total - r.unknown.size()).arg(total));

    // Bars from the bottom up, so the first model is on top.
    m_series->clear();
    auto *set = new QBarSet(tr("Score"));
    QStringList names;
    int low = 0;
    int high = 1;
    for (int i = Recommendation::ModelCount - 1; i >= 0; --i) {
        const int score = r.scores[size_t(i)];
        *set << score;
        names << modelName(Recommendation::modelIds()[size_t(i)]);
        low = std::min(low, score);
        high = std::max(high, score);
    }
    set->setColor(palette().color(QPalette::Highlight));
    m_series->append(set);
    m_models->clear();
    m_models->append(names);
    m_axis->setRange(low, high);
    m_axis->setTickCount(std::min(high - low, 10) + 1);

    m_start->setEnabled(m_document && !r.recommended.isEmpty());
    m_start->setText(r.recommended.isEmpty() ? tr("Start from the recommended model")
                                             : tr("Start from “%1”").arg(modelName(r.recommended)));
    m_tailor->setEnabled(m_document && !a.isEmpty());
}

void AssessmentPage::showChanges(const QString &title, const Tailoring &t)
{
    QStringList lines;
    for (const Tailoring::Adjustment &adj : t.adjustments)
        lines.append(tr("%1 — %2").arg(adj.change, adj.reason));
    for (const QString &skipped : t.skipped)
        lines.append(tr("Not done: %1").arg(skipped));
    if (lines.isEmpty())
        lines.append(tr("Nothing to adjust: the agreement already fits the answers."));
    m_changes->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()) + bulletList(lines));
}

QString AssessmentPage::recommendationText() const
{
    return m_recommended->text();
}

QString AssessmentPage::changesText() const
{
    return m_changes->text();
}

void AssessmentPage::startFromRecommendation()
{
    if (!m_document)
        return;
    const Agreement &current = m_document->agreement();
    const AgreementDetails &d = current.details;
    // The words stay in the agreement's language; one from before languages
    // were recorded gets the user's.
    const QString language = d.language.isEmpty() ? m_library.languageFor(QLocale()) : d.language;
    const Result<Tailoring> made = startFromAssessment(
        m_library, current.assessment, {}, {d.client, d.provider, d.effectiveDate, language});
    if (!made) {
        m_changes->setText(made.error().toHtmlEscaped());
        return;
    }
    Tailoring t = made.value();
    // The details stay; signatories keep their side of the table.
    AgreementDetails &nd = t.agreement.details;
    const QString modelId = nd.modelId;
    nd.title = d.title;
    nd.reviewMonths = d.reviewMonths;
    nd.nextReview = d.nextReview;
    nd.status = d.status;
    nd.revision = d.revision;
    nd.notes = d.notes;
    nd.signatories.clear();
    for (Signatory s : d.signatories) {
        const Party *before = current.party(s.partyId);
        const Party *after = before ? t.agreement.firstOfKind(before->kind) : nullptr;
        s.partyId = after ? after->id : 0;
        nd.signatories.append(s);
    }
    m_document->replaceAgreement(t.agreement,
                                 tr("Start from the “%1” model").arg(modelName(modelId)));
    showChanges(tr("Started from the “%1” model, tailored to the answers:").arg(modelName(modelId)),
                t);
}

void AssessmentPage::applyTailoring()
{
    if (!m_document)
        return;
    const Agreement &current = m_document->agreement();
    const Tailoring t =
        tailor(current, current.assessment, m_library.catalog(current.details.language));
    if (t.changed())
        m_document->replaceAgreement(t.agreement, tr("Tailor to the assessment"));
    showChanges(tr("Tailored to the answers:"), t);
}
