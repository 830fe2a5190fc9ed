#pragma once

// A private session bus (dbus-daemon with a minimal configuration, on a socket in a temporary
// folder) and a notification server on it that records what it is asked to show and presses
// buttons on request, as a desktop's notification daemon does (Desktop Notifications
// Specification 1.2). For tests of what speaks org.freedesktop.Notifications.

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QFile>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

namespace gw {
namespace test {

class PrivateBus
{
public:
    PrivateBus() = default;
    ~PrivateBus()
    {
        for (const QString &name : std::as_const(m_connections))
            QDBusConnection::disconnectFromBus(name);
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(PrivateBus)

    // Empty on success, else why there is no bus (no dbus-daemon, or it did not start).
    QString start()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return QStringLiteral("dbus-daemon not found: install the dbus-daemon package (make deps)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(config);
        // Plain literals: moc reads this header, and raw strings with "//" in them confuse it.
        const QString text = QStringLiteral("<busconfig>\n"
                                            "  <type>session</type>\n"
                                            "  <listen>unix:tmpdir=%1</listen>\n"
                                            "  <auth>EXTERNAL</auth>\n"
                                            "  <policy context=\"default\">\n"
                                            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                            "    <allow eavesdrop=\"true\"/>\n"
                                            "    <allow own=\"*\"/>\n"
                                            "  </policy>\n"
                                            "</busconfig>\n")
                                 .arg(m_dir.path());
        file.write(text.toUtf8());
        file.close();
        m_daemon.start(daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                QStringLiteral("--nopidfile"), QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted(10'000))
            return QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10'000))
                return QStringLiteral("dbus-daemon printed no address: %1")
                    .arg(QString::fromLocal8Bit(m_daemon.readAllStandardError()));
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return m_address.isEmpty() ? QStringLiteral("dbus-daemon printed an empty address") : QString();
    }

    // A connection of its own to the bus, by name.
    QDBusConnection connect(const QString &name)
    {
        m_connections.append(name);
        return QDBusConnection::connectToBus(m_address, name);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QStringList m_connections;
};

class FakeNotificationServer final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0;
    };

    explicit FakeNotificationServer(QStringList capabilities) : m_capabilities(std::move(capabilities)) {}

    // Serves on `bus`; false when the name or the object cannot be had.
    bool serve(QDBusConnection bus)
    {
        m_bus = bus;
        return bus.registerService(QStringLiteral("org.freedesktop.Notifications"))
               && bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                     QDBusConnection::ExportAllSlots);
    }

    QList<Shown> shown;
    bool refuse = false; // answer Notify with an error, as a server in do-not-disturb might

    void press(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << action;
        m_bus.send(signal);
    }
    void close(uint id, uint reason = 2)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("NotificationClosed"));
        signal << id << reason;
        m_bus.send(signal);
    }

public Q_SLOTS:
    QStringList GetCapabilities() { return m_capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        if (refuse) {
            sendErrorReply(QDBusError::AccessDenied, QStringLiteral("Do not disturb"));
            return 0;
        }
        const uint id = replacesId != 0 ? replacesId : ++m_next;
        shown.append({appName, replacesId, icon, summary, body, actions, hints, timeout, id});
        return id;
    }
    void CloseNotification(uint id) { close(id, 3); }

private:
    QStringList m_capabilities;
    QDBusConnection m_bus{QString()};
    uint m_next = 0;
};

} // namespace test
} // namespace gw
