#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace gw {

// Asks on any thread, answers on the context's: the handler gets nullopt when the provider
// cancelled or failed the future. The watcher lives no longer than the context.
template<typename T, typename Handler>
void whenReady(const QFuture<T> &future, QObject *context, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, handler] {
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0)
            handler(std::optional<T>());
        else
            handler(std::optional<T>(done.result()));
    });
    watcher->setFuture(future);
}

} // namespace gw
