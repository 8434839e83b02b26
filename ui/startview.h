#pragma once

#include <QWidget>

class QListWidget;
class TemplateLibrary;
class QPushButton;

// Shown when no agreement is open: start from one of the responsibility
// models, open a file, or pick a recent one.
class StartView : public QWidget
{
    Q_OBJECT

public:
    explicit StartView(const TemplateLibrary &library, QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QPushButton *modelButton(const QString &modelId) const;
    QPushButton *assessButton() const { return m_assessButton; }
    QListWidget *recentList() const { return m_recent; }

signals:
    void newFromModel(const QString &modelId);
    void assessRequested();
    void openRequested();
    void openRecent(const QString &path);

private:
    QList<QPair<QString, QPushButton *>> m_modelButtons;
    QPushButton *m_assessButton = nullptr;
    QListWidget *m_recent;
};
