#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace gw {

// Desktop notifications through the notification server of the session bus (the freedesktop
// Desktop Notifications Specification 1.2: org.freedesktop.Notifications at
// /org/freedesktop/Notifications), with buttons where the server draws them. Each notification
// has a tag (an alert's rule): showing another with the same tag replaces it rather than stacking
// up, and a button pressed is reported with its tag. The server's capabilities are asked for once,
// asynchronously; until they are known, or when there is no server, available() is false and the
// caller shows the notification some other way. GUI thread.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };

    struct Action
    {
        QString key; // "default" is the notification itself being clicked
        QString label;
    };

    static constexpr const char *service = "org.freedesktop.Notifications";
    static constexpr const char *path = "/org/freedesktop/Notifications";

    explicit DesktopNotifications(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                  QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // A server answered; its capabilities are known.
    bool available() const { return m_available; }
    // It draws buttons ("actions" among its capabilities).
    bool supportsActions() const { return m_capabilities.contains(QStringLiteral("actions")); }
    QStringList capabilities() const { return m_capabilities; }

    // Shows a notification, replacing the one still shown for `tag`; `actions` are left out when
    // the server draws no buttons. `timeoutMs` -1: the server's default; 0: until dismissed.
    // Asynchronous: a server that refuses it reports failed().
    void show(const QString &tag, const QString &title, const QString &body, Urgency urgency,
              const QList<Action> &actions, int timeoutMs = -1);

    // A notification for `tag` is shown (the server has not said it closed).
    bool isShown(const QString &tag) const { return m_ids.contains(tag); }

Q_SIGNALS:
    // The server answered whether it is there (and with its capabilities), once.
    void availabilityKnown(bool available);
    // A button of the notification shown for `tag` was pressed ("default": the notification).
    void actionInvoked(const QString &tag, const QString &action);
    void failed(const QString &error);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    bool m_available = false;
    QStringList m_capabilities;
    QHash<QString, uint> m_ids;  // by tag, the notification shown now
    QHash<uint, QString> m_tags; // by id
};

} // namespace gw
