#include "exporttask.h"

#include "exchange/format.h"

#include <QSaveFile>
#include <QThread>

ExportTask::ExportTask(const Format *format, std::shared_ptr<const ExportJob> job, QString path,
                       QObject *parent)
    : QObject(parent)
    , m_format(format)
    , m_job(std::move(job))
    , m_path(std::move(path))
{}

ExportTask::~ExportTask()
{
    // A window closed while it exports finishes the file first: no thread
    // is left writing behind it, and no half file stays beside the target.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportTask::start()
{
    m_running = true;
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([format = m_format, job = m_job, path = m_path, error] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = format->writeError(path, file.errorString());
            return;
        }
        if (const Status s = format->write(*job, &file); !s) {
            file.cancelWriting();
            *error = format->writeError(path, s.error());
            return;
        }
        if (!file.commit())
            *error = format->writeError(path, file.errorString());
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, error] {
        m_thread = nullptr;
        thread->deleteLater();
        m_running = false;
        emit finished(*error);
    });
    thread->start();
}
