#pragma once

#include <QObject>

class QSocketNotifier;

namespace gw {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe), so commands can shut
// down cleanly instead of being killed mid-write. One per process. Main thread.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gw
