#pragma once

#include "exchange/sheet/sheet.h"
#include "exchange/sheet/sheetimport.h"
#include "exchange/sheet/sheetlayout.h"
#include "model/agreement.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

// File → Import Spreadsheet…: shows what was read from a workbook or CSV
// file and how it is understood. The sheet, the header row, each column's
// role (area, duty, party and its kind, notes, ignore) and what a bare
// mark means can be changed; every change re-reads the sheet at once, and
// the problems are listed by row and column. Nothing is imported until the
// user presses Import; the result is then in outcome(). The layout can be
// saved to a mapping file and loaded for the next export of the same sheet.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // open: the agreement open in the window, offered as the target; null
    // when there is none.
    ImportDialog(Workbook book, const Agreement *open, QWidget *parent = nullptr);

    const SheetImport::Outcome &outcome() const { return m_outcome; }
    bool intoOpenAgreement() const;
    const SheetLayout &layout() const { return m_layout; }
    const Sheet &sheet() const;

    // For tests and keyboard users alike: the same as choosing in the table.
    void setSheet(int index);
    void setColumnRole(int column, SheetLayout::Role role);
    void setPartyKind(int column, Party::Kind kind);
    void setHeaderRow(int row); // 1-based
    void setIntoOpenAgreement(bool into);
    Status saveMapping(const QString &path) const;
    Status loadMapping(const QString &path);

    QTableWidget *preview() const { return m_preview; }
    QTableWidget *columnTable() const { return m_columns; }
    QListWidget *problemList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

private:
    void sheetChanged();
    void fillColumns();
    void fillPreview();
    void layoutEdited();
    void recompute();
    void showProblem();
    void saveMappingWithDialog();
    void loadMappingWithDialog();

    Workbook m_book;
    std::optional<Agreement> m_open;
    SheetLayout m_layout;
    SheetImport::Outcome m_outcome;
    bool m_filling = false;

    QComboBox *m_sheet;
    QSpinBox *m_headerRow;
    QComboBox *m_mark;
    QLabel *m_markLabel;
    QTableWidget *m_preview;
    QTableWidget *m_columns;
    QListWidget *m_problems;
    QLabel *m_summary;
    QRadioButton *m_newAgreement;
    QRadioButton *m_intoOpen;
    QPushButton *m_import = nullptr;
};
