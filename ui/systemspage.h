#pragma once

#include <QWidget>

class Document;
class QTableWidget;

// The systems duties are about (Microsoft 365 tenant, endpoints, firewall,
// ...): name, kind and criticality, added, removed and reordered with undo.
class SystemsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SystemsPage(QWidget *parent = nullptr);
    void setDocument(Document *document);
    QTableWidget *table() const { return m_table; }

    void addSystem();
    void removeSystem();
    void moveSystem(int delta);

private:
    void load();
    void commitRow(int row);
    int systemIdAt(int row) const;

    Document *m_document = nullptr;
    bool m_loading = false;
    QTableWidget *m_table;
};
