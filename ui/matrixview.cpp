#include "matrixview.h"

#include "document/document.h"
#include "matrixdelegate.h"
#include "matrixfiltermodel.h"
#include "matrixmodel.h"
#include "rolepicker.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>

#include <climits>

MatrixView::MatrixView(QWidget *parent)
    : QTreeView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setExpandsOnDoubleClick(false);
    setAllColumnsShowFocus(false);
    setItemDelegate(new MatrixDelegate(this));
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(false);
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &area) {
        if (!m_restoring)
            m_collapsedAreas.insert(area.data(MatrixModel::AreaIdRole).toInt());
    });
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &area) {
        if (!m_restoring)
            m_collapsedAreas.remove(area.data(MatrixModel::AreaIdRole).toInt());
    });
    setWhatsThis(tr("The responsibility matrix. Type R, A, C or I to toggle a role on the "
                    "selected cells, Delete to clear them, Enter to open the duty."));
}

void MatrixView::setModels(MatrixModel *matrix, MatrixFilterModel *filter)
{
    m_matrix = matrix;
    m_filter = filter;
    m_collapsedAreas.clear();
    setModel(filter);
    if (!filter)
        return;
    // Structural edits reset the model; the user keeps their place.
    connect(filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_filter->mapToSource(currentIndex());
        m_keptCurrent = {current.data(MatrixModel::DutyIdRole).toInt(),
                         m_matrix->partyAt(current.column())};
        m_keptArea = current.data(MatrixModel::AreaIdRole).toInt();
    });
    connect(filter, &QAbstractItemModel::modelReset, this, [this] {
        restoreExpansion();
        QModelIndex target;
        if (m_keptCurrent.first != 0) {
            const int column = m_keptCurrent.second != 0
                                   ? m_matrix->columnOfParty(m_keptCurrent.second)
                                   : int(MatrixModel::DutyColumn);
            target = m_filter->mapFromSource(
                m_matrix->indexOfDuty(m_keptCurrent.first, std::max(0, column)));
        }
        if (!target.isValid() && m_keptArea != 0)
            target = m_filter->mapFromSource(m_matrix->indexOfArea(m_keptArea));
        if (target.isValid())
            setCurrentIndex(target);
    });
    connect(filter, &QAbstractItemModel::layoutChanged, this, &MatrixView::restoreExpansion);
    connect(filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            restoreExpansion();
    });
    restoreExpansion();
}

void MatrixView::restoreExpansion()
{
    if (!model())
        return;
    m_restoring = true;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QModelIndex area = model()->index(r, 0);
        setExpanded(area, !m_collapsedAreas.contains(area.data(MatrixModel::AreaIdRole).toInt()));
    }
    m_restoring = false;
}

int MatrixView::currentDutyId() const
{
    return currentIndex().data(MatrixModel::DutyIdRole).toInt();
}

QList<int> MatrixView::selectedDutyIds() const
{
    QList<int> ids;
    for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
        const int id = i.data(MatrixModel::DutyIdRole).toInt();
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty() && currentDutyId() != 0)
        ids.append(currentDutyId());
    return ids;
}

void MatrixView::selectDuty(int dutyId, int partyId)
{
    if (!m_matrix)
        return;
    const int column = partyId != 0 ? m_matrix->columnOfParty(partyId) : MatrixModel::DutyColumn;
    QModelIndex target =
        m_filter->mapFromSource(m_matrix->indexOfDuty(dutyId, std::max(0, column)));
    if (!target.isValid()) {
        // Hidden by the filter: clear it rather than fail to show the duty.
        m_filter->setCriteria({});
        target = m_filter->mapFromSource(m_matrix->indexOfDuty(dutyId, std::max(0, column)));
    }
    if (!target.isValid())
        return;
    expand(target.parent());
    // Explicitly: setCurrentIndex() would add to the selection while Ctrl is
    // held (after Ctrl+Return, say), and the next Ctrl+Delete would remove
    // more than the duty shown.
    selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    scrollTo(target);
}

QList<QModelIndex> MatrixView::selectedRoleCells() const
{
    QList<QModelIndex> cells;
    QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty() && currentIndex().isValid())
        selected.append(currentIndex());
    for (const QModelIndex &proxy : std::as_const(selected)) {
        const QModelIndex source = m_filter->mapToSource(proxy);
        if (source.data(MatrixModel::DutyIdRole).toInt() != 0
            && m_matrix->partyAt(source.column()) != 0)
            cells.append(source);
    }
    return cells;
}

void MatrixView::toggleRole(Raci::Role role)
{
    const QList<QModelIndex> cells = selectedRoleCells();
    if (cells.isEmpty())
        return;
    bool allHave = true;
    for (const QModelIndex &c : cells)
        allHave = allHave && Raci(std::uint8_t(c.data(MatrixModel::RaciRole).toInt())).has(role);
    QList<CellRoles> changes;
    for (const QModelIndex &c : cells) {
        const Raci now(std::uint8_t(c.data(MatrixModel::RaciRole).toInt()));
        changes.append({c.data(MatrixModel::DutyIdRole).toInt(), m_matrix->partyAt(c.column()),
                        allHave ? now.without(role) : now.with(role)});
    }
    const QString text = allHave ? tr("Remove %1").arg(Raci::roleName(role))
                                 : tr("Make %1").arg(Raci::roleName(role));
    m_matrix->document()->setRoles(changes, text);
}

void MatrixView::clearRoles()
{
    QList<CellRoles> changes;
    for (const QModelIndex &c : selectedRoleCells())
        changes.append(
            {c.data(MatrixModel::DutyIdRole).toInt(), m_matrix->partyAt(c.column()), Raci()});
    m_matrix->document()->setRoles(changes, tr("Clear roles"));
}

QList<QModelIndex> MatrixView::visibleDutyRows() const
{
    QList<QModelIndex> rows;
    for (int a = 0; a < model()->rowCount(); ++a) {
        const QModelIndex area = model()->index(a, 0);
        if (!isExpanded(area))
            continue;
        for (int r = 0; r < model()->rowCount(area); ++r)
            rows.append(model()->index(r, 0, area));
    }
    return rows;
}

QString MatrixView::selectionAsText() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    // Rows in the order shown, columns from the leftmost to the rightmost
    // selected: the bounding block, as a spreadsheet copies it.
    int minColumn = INT_MAX;
    int maxColumn = -1;
    QList<QPair<QPair<int, int>, QModelIndex>> rows;
    for (const QModelIndex &i : selected) {
        if (i.data(MatrixModel::DutyIdRole).toInt() == 0)
            continue;
        minColumn = std::min(minColumn, i.column());
        maxColumn = std::max(maxColumn, i.column());
        const QPair<int, int> key{i.parent().row(), i.row()};
        bool seen = false;
        for (const auto &r : std::as_const(rows))
            seen = seen || r.first == key;
        if (!seen)
            rows.append({key, i.siblingAtColumn(0)});
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &l, const auto &r) { return l.first < r.first; });
    QStringList lines;
    for (const auto &row : std::as_const(rows)) {
        QStringList fields;
        for (int c = minColumn; c <= maxColumn; ++c) {
            const QModelIndex cell = row.second.siblingAtColumn(c);
            QString text = selectionModel()->isSelected(cell) ? cell.data().toString() : QString();
            // Tabs and line breaks would split the cell in a spreadsheet.
            text.replace(u'\t', u' ').replace(u'\n', u' ');
            fields.append(text);
        }
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void MatrixView::copy()
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

Status MatrixView::pasteText(const QString &text)
{
    const QModelIndex anchor = currentIndex();
    if (!anchor.isValid() || anchor.data(MatrixModel::DutyIdRole).toInt() == 0)
        return Status::failure(tr("Select the duty cell where the pasted block should start."));

    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Status::failure(tr("The clipboard holds no text to paste."));

    const QList<QModelIndex> rows = visibleDutyRows();
    qsizetype first = -1;
    for (qsizetype i = 0; i < rows.size() && first < 0; ++i)
        if (rows.at(i) == anchor.siblingAtColumn(0))
            first = i;
    if (first < 0 || first + lines.size() > rows.size())
        return Status::failure(tr("The pasted block has %n row(s), more than there are below the "
                                  "current cell.",
                                  nullptr, int(lines.size())));

    QList<CellRoles> changes;
    QStringList errors;
    for (qsizetype r = 0; r < lines.size(); ++r) {
        QString line = lines.at(r);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringList fields = line.split(u'\t');
        const QModelIndex row = m_filter->mapToSource(rows.at(first + r));
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const int column = anchor.column() + int(c);
            if (column >= m_matrix->columnCount()) {
                errors.append(tr("Row %1 has more columns than the matrix.").arg(r + 1));
                break;
            }
            const int partyId = m_matrix->partyAt(column);
            if (partyId == 0) // the duty and ownership columns are not pasted into
                continue;
            QString error;
            const std::optional<Raci> raci = Raci::parse(fields.at(c), &error);
            if (!raci) {
                errors.append(tr("Row %1, column %2: %3").arg(r + 1).arg(c + 1).arg(error));
                continue;
            }
            changes.append({row.data(MatrixModel::DutyIdRole).toInt(), partyId, *raci});
        }
    }
    if (!errors.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(errors.size(), 10);
        QString message =
            tr("Nothing was pasted: %n cell(s) are not RACI values.", nullptr, int(errors.size()))
            + u'\n' + errors.mid(0, shown).join(u'\n');
        if (errors.size() > shown)
            message += u'\n' + tr("… and %n more.", nullptr, int(errors.size() - shown));
        return Status::failure(message);
    }
    m_matrix->document()->setRoles(changes, tr("Paste roles"));
    return {};
}

void MatrixView::paste()
{
    if (const Status s = pasteText(QApplication::clipboard()->text()); !s)
        emit problem(s.error());
}

RolePicker *MatrixView::openRolePicker(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    const int dutyId = source.data(MatrixModel::DutyIdRole).toInt();
    const int partyId = m_matrix->partyAt(source.column());
    if (dutyId == 0 || partyId == 0)
        return nullptr;
    auto *picker = new RolePicker(this);
    picker->setRoles(Raci(std::uint8_t(source.data(MatrixModel::RaciRole).toInt())));
    Document *document = m_matrix->document();
    connect(picker, &RolePicker::rolesPicked, this, [document, dutyId, partyId](Raci roles) {
        document->setRoles(dutyId, partyId, roles);
    });
    const QRect cell = visualRect(index);
    picker->move(viewport()->mapToGlobal(cell.bottomLeft()));
    picker->show();
    return picker;
}

void MatrixView::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain) {
        switch (event->key()) {
        case Qt::Key_A:
            toggleRole(Raci::Accountable);
            return;
        case Qt::Key_R:
            toggleRole(Raci::Responsible);
            return;
        case Qt::Key_C:
            toggleRole(Raci::Consulted);
            return;
        case Qt::Key_I:
            toggleRole(Raci::Informed);
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clearRoles();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentDutyId() != 0) {
                emit dutyActivated(currentDutyId());
                return;
            }
            break;
        default:
            break;
        }
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void MatrixView::mouseReleaseEvent(QMouseEvent *event)
{
    QTreeView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || event->modifiers() != Qt::NoModifier)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    // One cell clicked (not a drag over several): offer the role picker.
    if (index.isValid() && selectionModel()->selectedIndexes().size() <= 1)
        openRolePicker(index);
}

QModelIndex MatrixView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Move like a spreadsheet: left and right go cell by cell along the row,
    // up and down keep the column. (A tree view would collapse groups.)
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        switch (action) {
        case MoveLeft:
            if (current.column() > 0)
                return current.siblingAtColumn(current.column() - 1);
            return current;
        case MoveRight:
            if (current.column() + 1 < model()->columnCount(current.parent()))
                return current.siblingAtColumn(current.column() + 1);
            return current;
        case MoveUp:
        case MoveDown:
        case MovePageUp:
        case MovePageDown: {
            const QModelIndex moved = QTreeView::moveCursor(action, modifiers);
            return moved.isValid() ? moved.siblingAtColumn(current.column()) : moved;
        }
        default:
            break;
        }
    }
    return QTreeView::moveCursor(action, modifiers);
}
