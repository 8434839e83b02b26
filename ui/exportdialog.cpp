#include "exportdialog.h"

#include "exchange/format.h"
#include "exchange/formatregistry.h"
#include "model/agreement.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

ExportDialog::ExportDialog(const Agreement &agreement, const QString &suggestedPath,
                           QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_party(new QComboBox(this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Agreement"));
    for (const Format *f : FormatRegistry::instance().formats())
        if (f->has(Format::WritesDocument) || f->has(Format::WritesAgreement))
            m_format->addItem(tr("%1 (.%2)").arg(f->name(), f->extension()), f->id());
    m_party->addItem(tr("All parties"), 0);
    for (const Party &p : agreement.parties)
        m_party->addItem(p.name, p.id);
    m_party->setToolTip(tr("Limit the export to the duties one party holds a role in."));
    m_path->setText(suggestedPath);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Party:"), m_party);
    form->addRow(tr("F&ile:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    const int pdf = m_format->findData(QStringLiteral("pdf"));
    m_format->setCurrentIndex(pdf >= 0 ? pdf : 0);
    formatChanged();
    resize(520, sizeHint().height());
}

const Format *ExportDialog::format() const
{
    return FormatRegistry::instance().byId(m_format->currentData().toString());
}

int ExportDialog::partyId() const
{
    return m_party->currentData().toInt();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::formatChanged()
{
    // Keep the file name, change its extension to the format's.
    const Format *f = format();
    const QString current = path();
    if (f && !current.isEmpty()) {
        const QFileInfo info(current);
        m_path->setText(
            QFileInfo(info.dir(), info.completeBaseName() + u'.' + f->extension()).filePath());
    }
    updateOk();
}

void ExportDialog::browse()
{
    const Format *f = format();
    QString selected = f ? f->fileFilter() : QString();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Agreement"), path(), FormatRegistry::instance().fileFilters(), &selected);
    if (chosen.isEmpty())
        return;
    // The filter picked in the file dialog picks the format.
    for (const Format *candidate : FormatRegistry::instance().formats())
        if (candidate->fileFilter() == selected) {
            const int index = m_format->findData(candidate->id());
            if (index >= 0)
                m_format->setCurrentIndex(index);
        }
    m_path->setText(chosen);
    formatChanged();
}

void ExportDialog::updateOk()
{
    m_ok->setEnabled(format() && !path().isEmpty());
}
