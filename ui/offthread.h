#pragma once

#include <QEventLoop>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

// Runs `work` on a worker thread of its own and returns its result; while
// it runs, the caller's event loop keeps going, so the window repaints and
// takes input. For database work: a QPSQL connection belongs to the thread
// that opened it, so `work` opens, uses and closes its own.
template <typename Work>
auto runOffThread(Work work) -> decltype(work())
{
    using Outcome = decltype(work());
    std::optional<Outcome> outcome;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(
        QThread::create([&outcome, &work] { outcome.emplace(work()); }));
    // Queued to this thread: the quit arrives inside exec() even when the
    // work is done before the loop starts.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return std::move(*outcome);
}
