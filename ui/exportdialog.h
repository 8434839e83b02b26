#pragma once

#include <QDialog>

class Format;
class QComboBox;
class QLineEdit;
class QPushButton;
struct Agreement;

// File → Export…: the format (every format of the FormatRegistry that can
// write, in its order), an optional party to limit the export to, and the
// file to write. The Browse button's filters come from the registry too.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // suggestedPath: the document's path or name, its suffix replaced by
    // the chosen format's extension.
    ExportDialog(const Agreement &agreement, const QString &suggestedPath,
                 QWidget *parent = nullptr);

    const Format *format() const;
    int partyId() const; // 0: every party
    QString path() const;

    QComboBox *formatBox() const { return m_format; }
    QComboBox *partyBox() const { return m_party; }
    QLineEdit *pathEdit() const { return m_path; }

private:
    void formatChanged();
    void browse();
    void updateOk();

    QComboBox *m_format;
    QComboBox *m_party;
    QLineEdit *m_path;
    QPushButton *m_ok = nullptr;
};
