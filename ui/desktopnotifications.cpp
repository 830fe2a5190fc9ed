#include "desktopnotifications.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

constexpr auto interfaceName = "org.freedesktop.Notifications";

} // namespace

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    const QString name = QString::fromLatin1(service);
    const QString objectPath = QString::fromLatin1(path);
    const QString interface = QString::fromLatin1(interfaceName);
    m_bus.connect(name, objectPath, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(name, objectPath, interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));

    const QDBusMessage ask = QDBusMessage::createMethodCall(name, objectPath, interface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QStringList> reply = *call;
        // Without a server the caller shows notifications its own way.
        m_available = !reply.isError();
        if (m_available)
            m_capabilities = reply.value();
        Q_EMIT availabilityKnown(m_available);
    });
}

DesktopNotifications::~DesktopNotifications() = default;

void DesktopNotifications::show(const QString &tag, const QString &title, const QString &body, Urgency urgency,
                                const QList<Action> &actions, int timeoutMs)
{
    if (!m_available)
        return;
    QStringList flatActions;
    if (supportsActions()) {
        for (const Action &action : actions)
            flatActions << action.key << action.label;
    }
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(static_cast<uchar>(urgency)));
    hints.insert(u"desktop-entry"_s, u"gatewatch"_s);
    // Servers that read markup in the body would take an alert's "<" or "&" for it.
    const QString text = m_capabilities.contains(u"body-markup"_s) ? body.toHtmlEscaped() : body;
    QDBusMessage notify = QDBusMessage::createMethodCall(QString::fromLatin1(service), QString::fromLatin1(path),
                                                         QString::fromLatin1(interfaceName), u"Notify"_s);
    notify << u"Gatewatch"_s << m_ids.value(tag, 0u) << u"gatewatch"_s << title << text << flatActions << hints
           << timeoutMs;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, tag](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<uint> reply = *call;
        if (reply.isError()) {
            Q_EMIT failed(tr("The desktop did not show the notification: %1").arg(reply.error().message()));
            return;
        }
        const uint id = reply.value();
        if (const uint previous = m_ids.value(tag, 0u); previous != 0 && previous != id)
            m_tags.remove(previous);
        m_ids.insert(tag, id);
        m_tags.insert(id, tag);
    });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const QString tag = m_tags.value(id);
    if (!tag.isEmpty())
        Q_EMIT actionInvoked(tag, action);
}

void DesktopNotifications::onClosed(uint id, uint)
{
    const QString tag = m_tags.take(id);
    if (!tag.isEmpty() && m_ids.value(tag) == id)
        m_ids.remove(tag);
}

} // namespace gw
