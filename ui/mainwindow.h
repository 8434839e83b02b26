#pragma once

#include <QMainWindow>

#include <memory>

class Document;
class MatrixModel;
class QLabel;
class QTableView;
struct Agreement;

// The window an IT lead works in: the responsibility matrix of one agreement.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows an agreement; path is empty for one that has no file yet.
    void showAgreement(const Agreement &agreement, const QString &path);
    // Opens a file, telling the user what went wrong when it cannot.
    bool openFile(const QString &path);

    Document *document() const { return m_document.get(); }
    QTableView *matrixView() const { return m_view; }

private:
    void openWithDialog();
    void updateTitle();
    void updateStatus();

    std::unique_ptr<Document> m_document;
    std::unique_ptr<MatrixModel> m_model;
    QTableView *m_view;
    QLabel *m_findings;
};
