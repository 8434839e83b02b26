#include "importdialog.h"

#include "exchange/csvimport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int PreviewRows = 200;
constexpr int MaxColumns = 1024; // as many as detection looks at
constexpr int RowRole = Qt::UserRole;
constexpr int ColumnRole = Qt::UserRole + 1;

using Role = SheetLayout::Role;

const QList<Role> roleChoices = {Role::Ignore, Role::Area,  Role::Duty,  Role::Kind,
                                 Role::System, Role::Notes, Role::Party, Role::RoleColumn};

} // namespace

ImportDialog::ImportDialog(Workbook book, const Agreement *open, QWidget *parent)
    : QDialog(parent)
    , m_book(std::move(book))
    , m_sheet(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_mark(new QComboBox(this))
    , m_markLabel(new QLabel(tr("A &mark (x, ✓) means:"), this))
    , m_preview(new QTableWidget(this))
    , m_columns(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_newAgreement(new QRadioButton(tr("As a &new agreement"), this))
    , m_intoOpen(new QRadioButton(tr("Into the &open agreement (duties matched by title)"), this))
{
    if (open)
        m_open = *open;
    setWindowTitle(tr("Import Spreadsheet — %1").arg(m_book.source));

    for (const Sheet &s : std::as_const(m_book.sheets))
        m_sheet->addItem(s.name);
    m_headerRow->setRange(1, 1'048'576);
    m_headerRow->setAccessibleName(tr("Header row"));
    m_headerRow->setMaximumWidth(120);
    m_mark->setMaximumWidth(260);
    m_sheet->setMinimumWidth(260);
    m_sheet->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    for (const Raci::Role r :
         {Raci::Responsible, Raci::Accountable, Raci::Consulted, Raci::Informed})
        m_mark->addItem(QStringLiteral("%1 — %2").arg(Raci::roleLetter(r)).arg(Raci::roleName(r)),
                        int(r));
    m_markLabel->setBuddy(m_mark);

    auto *form = new QFormLayout;
    auto *sheetLabel = new QLabel(tr("&Sheet:"), this);
    sheetLabel->setBuddy(m_sheet);
    form->addRow(sheetLabel, m_sheet);
    auto *headerLabel = new QLabel(tr("&Header row:"), this);
    headerLabel->setBuddy(m_headerRow);
    form->addRow(headerLabel, m_headerRow);
    form->addRow(m_markLabel, m_mark);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the sheet"));
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(
        m_preview->verticalHeader()->minimumSectionSize() + 4);
    auto *previewLabel = new QLabel(tr("&Preview (the header row in bold):"), this);
    previewLabel->setBuddy(m_preview);

    m_columns->setColumnCount(4);
    m_columns->setHorizontalHeaderLabels(
        {tr("Column"), tr("Header"), tr("Read as"), tr("Party kind")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setAccessibleName(tr("What each column holds"));
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *columnsLabel = new QLabel(tr("&Columns:"), this);
    columnsLabel->setBuddy(m_columns);

    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    auto *problemsLabel = new QLabel(tr("P&roblems:"), this);
    problemsLabel->setBuddy(m_problems);

    auto *columnsBox = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(columnsLabel);
    columnsLayout->addWidget(m_columns);
    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_problems);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(columnsBox);
    lower->addWidget(problemsBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(previewBox);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *target = new QGroupBox(tr("Import"), this);
    auto *targetLayout = new QVBoxLayout(target);
    targetLayout->addWidget(m_newAgreement);
    targetLayout->addWidget(m_intoOpen);
    m_newAgreement->setChecked(true);
    m_intoOpen->setEnabled(m_open.has_value());

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    QPushButton *load = buttons->addButton(tr("&Load Mapping…"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("Sa&ve Mapping…"), QDialogButtonBox::ActionRole);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(target);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_outcome.ok())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &ImportDialog::loadMappingWithDialog);
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveMappingWithDialog);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::sheetChanged);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_filling || row - 1 == m_layout.headerRow)
            return;
        const Raci mark = m_layout.mark;
        m_layout = SheetLayout::withHeader(sheet(), row - 1);
        m_layout.mark = mark;
        fillColumns();
        fillPreview();
        recompute();
    });
    connect(m_mark, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_layout.mark = Raci(std::uint8_t(m_mark->currentData().toInt()));
        recompute();
    });
    connect(m_newAgreement, &QRadioButton::toggled, this, &ImportDialog::recompute);
    connect(m_problems, &QListWidget::currentItemChanged, this, &ImportDialog::showProblem);

    resize(1000, 720);
    const int likely = SheetLayout::likelySheet(m_book);
    m_sheet->setCurrentIndex(likely);
    if (likely == 0)
        sheetChanged();
}

const Sheet &ImportDialog::sheet() const
{
    return m_book.sheets.at(std::clamp(m_sheet->currentIndex(), 0, int(m_book.sheets.size()) - 1));
}

bool ImportDialog::intoOpenAgreement() const
{
    return m_intoOpen->isChecked();
}

void ImportDialog::setSheet(int index)
{
    m_sheet->setCurrentIndex(index);
}

void ImportDialog::setIntoOpenAgreement(bool into)
{
    (into ? static_cast<QRadioButton *>(m_intoOpen) : m_newAgreement)->setChecked(true);
}

void ImportDialog::setHeaderRow(int row)
{
    m_headerRow->setValue(row);
}

void ImportDialog::setColumnRole(int column, Role role)
{
    if (auto *box = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2)))
        box->setCurrentIndex(int(roleChoices.indexOf(role)));
}

void ImportDialog::setPartyKind(int column, Party::Kind kind)
{
    if (auto *box = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 3)))
        box->setCurrentIndex(int(kind));
}

void ImportDialog::sheetChanged()
{
    if (m_filling)
        return;
    m_layout = SheetLayout::detect(sheet());
    fillColumns();
    fillPreview();
    recompute();
}

void ImportDialog::fillColumns()
{
    m_filling = true;
    m_headerRow->setValue(m_layout.headerRow + 1);
    m_mark->setCurrentIndex(
        m_mark->findData(int(m_layout.mark.strongest().value_or(Raci::Responsible))));
    m_mark->setEnabled(m_layout.marksSeen);
    m_markLabel->setEnabled(m_layout.marksSeen);

    // Every column the sheet uses, even those detection left out.
    const int width =
        std::min(std::max(int(m_layout.columns.size()), sheet().columnCount()), MaxColumns);
    m_layout.columns.resize(width);
    m_columns->setRowCount(width);
    for (int c = 0; c < width; ++c) {
        const SheetLayout::Column &col = m_layout.columns.at(c);
        auto *letter = new QTableWidgetItem(CsvImport::columnLetter(c + 1));
        letter->setTextAlignment(Qt::AlignCenter);
        m_columns->setItem(c, 0, letter);
        m_columns->setItem(c, 1, new QTableWidgetItem(col.name));

        auto *role = new QComboBox(m_columns);
        for (const Role r : roleChoices)
            role->addItem(SheetLayout::roleName(r));
        role->setCurrentIndex(int(roleChoices.indexOf(col.role)));
        role->setAccessibleName(tr("Column %1 is read as").arg(CsvImport::columnLetter(c + 1)));
        m_columns->setCellWidget(c, 2, role);

        auto *kind = new QComboBox(m_columns);
        if (col.role == Role::RoleColumn) {
            for (const Raci::Role r :
                 {Raci::Responsible, Raci::Accountable, Raci::Consulted, Raci::Informed})
                kind->addItem(Raci::roleName(r), int(r));
            kind->setCurrentIndex(kind->findData(int(col.raciRole)));
        } else {
            for (int k = 0; k <= int(Party::Kind::Other); ++k)
                kind->addItem(Party::kindName(Party::Kind(k)));
            kind->setCurrentIndex(col.role == Role::Party ? int(col.partyKind) : -1);
        }
        kind->setEnabled(col.role == Role::Party || col.role == Role::RoleColumn);
        kind->setAccessibleName(
            tr("Kind of party in column %1").arg(CsvImport::columnLetter(c + 1)));
        m_columns->setCellWidget(c, 3, kind);

        connect(role, &QComboBox::currentIndexChanged, this, [this, c, kind](int index) {
            if (m_filling || index < 0)
                return;
            SheetLayout::Column &col = m_layout.columns[c];
            const bool rebuild =
                (col.role == Role::RoleColumn) != (roleChoices.at(index) == Role::RoleColumn);
            col.role = roleChoices.at(index);
            // Only a party's column has a kind, only a role column a role.
            if (col.role != Role::Party)
                col.partyKind = Party::Kind::Other;
            if (col.role != Role::RoleColumn)
                col.raciRole = Raci::Responsible;
            if (rebuild) {
                // The kind box lists roles instead of party kinds: build it
                // anew, after this box's signal has returned.
                QMetaObject::invokeMethod(
                    this, [this] { fillColumns(); }, Qt::QueuedConnection);
            } else if (col.role == Role::Party) {
                col.partyKind = SheetLayout::guessPartyKind(col.name);
                m_filling = true;
                kind->setCurrentIndex(int(col.partyKind));
                m_filling = false;
            } else {
                m_filling = true;
                kind->setCurrentIndex(-1);
                m_filling = false;
            }
            kind->setEnabled(col.role == Role::Party);
            layoutEdited();
        });
        connect(kind, &QComboBox::currentIndexChanged, this, [this, c, kind](int index) {
            if (m_filling || index < 0)
                return;
            SheetLayout::Column &col = m_layout.columns[c];
            if (col.role == Role::RoleColumn)
                col.raciRole = Raci::Role(kind->currentData().toInt());
            else
                col.partyKind = Party::Kind(index);
            layoutEdited();
        });
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(2);
    m_columns->resizeColumnToContents(3);
    m_filling = false;
}

void ImportDialog::fillPreview()
{
    const Sheet &s = sheet();
    const int rows = std::min(s.rowCount(), PreviewRows);
    const int width = std::min(std::max(s.columnCount(), int(m_layout.columns.size())), MaxColumns);
    m_preview->clear();
    m_preview->setRowCount(rows);
    m_preview->setColumnCount(width);
    QStringList labels;
    for (int c = 0; c < width; ++c) {
        const Role role = c < m_layout.columns.size() ? m_layout.columns.at(c).role : Role::Ignore;
        labels.append(QStringLiteral("%1 · %2").arg(CsvImport::columnLetter(c + 1),
                                                    SheetLayout::roleName(role)));
    }
    m_preview->setHorizontalHeaderLabels(labels);
    const int header = m_layout.headerRow;
    const QColor headerFill = palette().color(QPalette::Highlight).lighter(185);
    const QColor before = palette().color(QPalette::PlaceholderText);
    for (int r = 0; r < rows; ++r) {
        const QStringList &cells = s.rows.at(r);
        const bool isHeader = r <= header && r >= header - m_layout.groupRows;
        for (int c = 0; c < cells.size() && c < width; ++c) {
            if (cells.at(c).isEmpty())
                continue;
            auto *item = new QTableWidgetItem(cells.at(c).simplified());
            item->setToolTip(cells.at(c));
            if (isHeader) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(headerFill);
            } else if (r < header) {
                item->setForeground(before);
            } else if (c < m_layout.columns.size() && m_layout.columns.at(c).role == Role::Ignore) {
                item->setForeground(before);
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < width; ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    if (header >= 0 && header < rows)
        m_preview->scrollToItem(m_preview->item(header, 0) ? m_preview->item(header, 0)
                                                           : m_preview->item(0, 0),
                                QAbstractItemView::PositionAtTop);
}

void ImportDialog::layoutEdited()
{
    fillPreview();
    recompute();
}

void ImportDialog::recompute()
{
    const QString source = m_book.sheets.size() > 1
                               ? QStringLiteral("%1 — %2").arg(m_book.source, sheet().name)
                               : m_book.source;
    m_outcome = intoOpenAgreement() && m_open
                    ? SheetImport::apply(*m_open, sheet(), m_layout, source)
                    : SheetImport::read(sheet(), m_layout, source);

    // Cells with problems, marked in the preview.
    for (int r = 0; r < m_preview->rowCount(); ++r)
        for (int c = 0; c < m_preview->columnCount(); ++c)
            if (QTableWidgetItem *item = m_preview->item(r, c);
                item && item->data(RowRole).toBool()) {
                item->setBackground(QBrush());
                item->setData(RowRole, false);
            }

    m_problems->clear();
    const QString prefix = source + QStringLiteral("”, ");
    for (const SheetImport::Problem &p : std::as_const(m_outcome.problems)) {
        // The list shows the place without the file's name, which the title has.
        QString text = p.message;
        if (const qsizetype at = text.indexOf(prefix); at >= 0 && at <= 1)
            text = text.mid(at + prefix.size());
        auto *item = new QListWidgetItem(text.left(1).toUpper() + text.mid(1), m_problems);
        item->setData(RowRole, p.row);
        item->setData(ColumnRole, p.column);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (p.row > 0 && p.column > 0 && p.row - 1 < m_preview->rowCount()) {
            QTableWidgetItem *cell = m_preview->item(p.row - 1, p.column - 1);
            if (!cell) {
                cell = new QTableWidgetItem;
                m_preview->setItem(p.row - 1, p.column - 1, cell);
            }
            cell->setBackground(QColor(0xfd, 0xe2, 0xe2));
            cell->setData(RowRole, true);
            cell->setToolTip(text);
        }
    }
    if (m_outcome.unlisted > 0)
        new QListWidgetItem(tr("… and %1 more.").arg(m_outcome.unlisted), m_problems);
    for (const QString &note : m_book.notes + m_outcome.notes) {
        auto *item = new QListWidgetItem(note, m_problems);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }

    const int problems = int(m_outcome.problems.size()) + m_outcome.unlisted;
    if (m_outcome.ok() && intoOpenAgreement())
        m_summary->setText(tr("Ready: %1 updated, %2 added, %3 unchanged.")
                               .arg(tr("%n duties", nullptr, m_outcome.updated))
                               .arg(m_outcome.added)
                               .arg(m_outcome.unchanged));
    else if (m_outcome.ok())
        m_summary->setText(tr("Ready: %1 in %2 for %3.")
                               .arg(tr("%n duties", nullptr, m_outcome.duties),
                                    tr("%n areas", nullptr, m_outcome.areas),
                                    tr("%n parties", nullptr, m_outcome.parties)));
    else
        m_summary->setText(tr("%n problem(s): change the columns' roles above, or correct the "
                              "sheet. Nothing is imported until they are solved.",
                              nullptr, problems));
    m_import->setEnabled(m_outcome.ok());
}

void ImportDialog::showProblem()
{
    const QListWidgetItem *item = m_problems->currentItem();
    if (!item)
        return;
    const int row = item->data(RowRole).toInt();
    const int column = item->data(ColumnRole).toInt();
    if (row <= 0 || row > m_preview->rowCount())
        return;
    m_preview->setCurrentCell(row - 1, std::max(column - 1, 0));
    m_preview->scrollTo(m_preview->model()->index(row - 1, std::max(column - 1, 0)));
}

Status ImportDialog::saveMapping(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_layout.toJson(sheet().name)) < 0 || !file.flush())
        return Status::failure(
            tr("Could not save the mapping to “%1”: %2.").arg(path, file.errorString()));
    return {};
}

Status ImportDialog::loadMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Could not read “%1”: %2.").arg(path, file.errorString()));
    QString sheetName;
    const Result<SheetLayout> layout =
        SheetLayout::fromJson(file.read(1024 * 1024), QFileInfo(path).fileName(), &sheetName);
    if (!layout)
        return Status::failure(layout.error());
    const int index = m_sheet->findText(sheetName, Qt::MatchFixedString);
    if (index >= 0 && index != m_sheet->currentIndex()) {
        m_filling = true;
        m_sheet->setCurrentIndex(index);
        m_filling = false;
    }
    m_layout = layout.value();
    m_layout.marksSeen = true;
    fillColumns();
    fillPreview();
    recompute();
    return {};
}

void ImportDialog::saveMappingWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"),
                                                      QFileInfo(m_book.source).completeBaseName()
                                                          + QStringLiteral(".mapping.json"),
                                                      tr("Sheet mapping (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status s = saveMapping(path); !s)
        QMessageBox::warning(this, tr("Save Mapping"), s.error());
}

void ImportDialog::loadMappingWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load Mapping"), {}, tr("Sheet mapping (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status s = loadMapping(path); !s)
        QMessageBox::warning(this, tr("Load Mapping"), s.error());
}
