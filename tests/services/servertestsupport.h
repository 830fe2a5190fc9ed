#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>

// A port of 127.0.0.1 that nothing listens on (free when asked).
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The result of a future, with the event loop turning while it comes (the clients under test
// always finish theirs: they give up after their timeout).
template<typename T>
T awaitFuture(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(30'000);
    return future.result();
}
