#include "startview.h"

#include "templates/templatelibrary.h"

#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
// "Internal IT: R 20, A 64 · MSP: R 71, A 40": how a model splits the work.
QString splitPreview(const Agreement &a)
{
    QStringList parts;
    for (const Party &p : a.parties) {
        int r = 0;
        int acc = 0;
        for (const Duty &d : a.duties) {
            r += d.rolesOf(p.id).responsible() ? 1 : 0;
            acc += d.rolesOf(p.id).accountable() ? 1 : 0;
        }
        parts.append(QCoreApplication::translate("StartView", "%1: R %2, A %3")
                         .arg(p.shortLabel())
                         .arg(r)
                         .arg(acc));
    }
    return parts.join(QStringLiteral("  ·  "));
}
} // namespace

StartView::StartView(const TemplateLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("<h1>Dutymap</h1><p>Who does what between internal IT and "
                                "the managed service provider. Start from a responsibility "
                                "model and adjust it to your company.</p>"),
                             this);
    title->setWordWrap(true);

    auto *models = new QGridLayout;
    models->setSpacing(12);
    int i = 0;
    const QString language = library.languageFor(QLocale());
    for (const ModelTemplate &m : library.models(language)) {
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(card);
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(m.name.toHtmlEscaped()), card);
        auto *bestFor = new QLabel(tr("Best for: %1").arg(m.bestFor), card);
        auto *summary = new QLabel(m.summary, card);
        const Result<Agreement> preview = library.instantiate(m.id, {{}, {}, {}, language});
        auto *split = new QLabel(preview ? splitPreview(preview.value()) : preview.error(), card);
        split->setToolTip(tr("How many duties each party is Responsible (R) and Accountable (A) "
                             "for in this model"));
        for (QLabel *l : {bestFor, summary, split})
            l->setWordWrap(true);
        QFont small = split->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        split->setFont(small);
        auto *start = new QPushButton(tr("Start from this model"), card);
        start->setAccessibleName(tr("Start from %1").arg(m.name));
        const QString id = m.id;
        connect(start, &QPushButton::clicked, this, [this, id] { emit newFromModel(id); });
        layout->addWidget(name);
        layout->addWidget(bestFor);
        layout->addWidget(summary, 1);
        layout->addWidget(split);
        layout->addWidget(start, 0, Qt::AlignLeft);
        models->addWidget(card, i / 2, i % 2);
        m_modelButtons.append({m.id, start});
        ++i;
    }

    // Before the models, for whoever does not know which one fits.
    auto *assess = new QFrame(this);
    assess->setFrameShape(QFrame::StyledPanel);
    assess->setBackgroundRole(QPalette::AlternateBase);
    assess->setAutoFillBackground(true);
    auto *assessLayout = new QHBoxLayout(assess);
    auto *assessText = new QLabel(
        tr("<b>Not sure which model fits?</b> Answer questions about your company, its IT team "
           "and its pressure points: Dutymap recommends a model, explains why and tailors the "
           "agreement to your answers."),
        assess);
    assessText->setWordWrap(true);
    m_assessButton = new QPushButton(tr("&Assess your environment"), assess);
    connect(m_assessButton, &QPushButton::clicked, this, &StartView::assessRequested);
    assessLayout->addWidget(assessText, 1);
    assessLayout->addWidget(m_assessButton);

    auto *open = new QPushButton(tr("&Open an agreement…"), this);
    connect(open, &QPushButton::clicked, this, &StartView::openRequested);
    auto *recentLabel = new QLabel(tr("Recent agreements:"), this);
    m_recent->setMaximumHeight(140);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecent(item->data(Qt::UserRole).toString());
    });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(assess);
    layout->addLayout(models);
    layout->addSpacing(12);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addStretch();
    content->setMaximumWidth(1000);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *center = new QWidget(scroll);
    auto *centerLayout = new QHBoxLayout(center);
    centerLayout->addWidget(content);
    scroll->setWidget(center);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void StartView::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ")
                                         + QFileInfo(path).absolutePath());
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        m_recent->addItem(item);
    }
    if (paths.isEmpty())
        m_recent->addItem(tr("(none yet)"));
}

QPushButton *StartView::modelButton(const QString &modelId) const
{
    for (const auto &[id, button] : m_modelButtons)
        if (id == modelId)
            return button;
    return nullptr;
}
