#pragma once

#include <QObject>
#include <QString>

#include <memory>

class ExportJob;
class Format;
class QThread;

// One export running on a worker thread, on the job's own copy of the
// agreement, so the window stays responsive and the document can be
// edited meanwhile. The file is written beside the target and renamed into
// place (QSaveFile): a failed export leaves no half file behind.
class ExportTask : public QObject
{
    Q_OBJECT

public:
    ExportTask(const Format *format, std::shared_ptr<const ExportJob> job, QString path,
               QObject *parent = nullptr);
    ~ExportTask() override;

    void start();
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }

signals:
    // error is empty on success, else the sentence to show.
    void finished(const QString &error);

private:
    const Format *m_format;
    std::shared_ptr<const ExportJob> m_job;
    QString m_path;
    QThread *m_thread = nullptr;
    bool m_running = false;
};
