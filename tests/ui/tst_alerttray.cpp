#include "../fakenotifications.h"
#include "alerttray.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

AlertNotice notice(const QString &rule, AlertNotice::Kind kind, AlertSeverity severity)
{
    AlertNotice n;
    n.rule = rule;
    n.kind = kind;
    n.severity = severity;
    return n;
}

} // namespace

// The tray's notifications through a notification server on a private bus: what they show and
// what their buttons ask for. (Offscreen there is no tray: without a server, the status bar.)
class tst_AlertTray : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PrivateBus> m_bus;
    std::unique_ptr<test::FakeNotificationServer> m_server;
    std::unique_ptr<QWidget> m_window;

private Q_SLOTS:
    void init() { m_window = std::make_unique<QWidget>(); }

    void cleanup()
    {
        m_window.reset();
        m_server.reset();
        m_bus.reset();
    }

    void notificationsHaveButtons()
    {
        if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty())
            QSKIP("dbus-daemon not found: install the dbus-daemon package (make deps) to test desktop notifications");
        m_bus = std::make_unique<test::PrivateBus>();
        QCOMPARE(m_bus->start(), QString());
        m_server = std::make_unique<test::FakeNotificationServer>(QStringList{u"actions"_s, u"body"_s});
        QVERIFY(m_server->serve(m_bus->connect(u"server"_s)));
        auto *desktop = new DesktopNotifications(m_bus->connect(u"client"_s), m_window.get());
        QSignalSpy known(desktop, &DesktopNotifications::availabilityKnown);
        QVERIFY(known.wait(10'000));
        QVERIFY(desktop->available());

        AlertTray tray(m_window.get(), desktop);
        QSignalSpy acknowledge(&tray, &AlertTray::acknowledgeRequested);
        QSignalSpy silence(&tray, &AlertTray::silenceRequested);
        QSignalSpy open(&tray, &AlertTray::openRequested);
        QSignalSpy statusBar(&tray, &AlertTray::shown);

        tray.notify(notice(u"shopify-down"_s, AlertNotice::Kind::Firing, AlertSeverity::Critical),
                    u"Shopify Admin API is failing"_s, false);
        QTRY_COMPARE(m_server->shown.size(), 1);
        const test::FakeNotificationServer::Shown firing = m_server->shown.at(0);
        QCOMPARE(firing.summary, u"shopify-down is firing"_s);
        QCOMPARE(firing.body, u"Shopify Admin API is failing\nSeverity: critical"_s);
        QCOMPARE(firing.actions, (QStringList{u"default"_s, u"Open"_s, u"acknowledge"_s, u"Acknowledge"_s,
                                              u"silence"_s, u"Silence for 1 hour"_s}));
        QCOMPARE(firing.hints.value(u"urgency"_s).toInt(), 2);

        m_server->press(firing.id, u"acknowledge"_s);
        QTRY_COMPARE(acknowledge.size(), 1);
        QCOMPARE(acknowledge.at(0).at(0).toString(), u"shopify-down"_s);
        m_server->press(firing.id, u"silence"_s);
        QTRY_COMPARE(silence.size(), 1);
        QCOMPARE(silence.at(0).at(0).toString(), u"shopify-down"_s);
        QCOMPARE(silence.at(0).at(1).toLongLong(), 3'600'000);
        m_server->press(firing.id, u"default"_s);
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"shopify-down"_s);

        // Resolved: it replaces the firing one, low urgency, nothing left to acknowledge.
        tray.notify(notice(u"shopify-down"_s, AlertNotice::Kind::Resolved, AlertSeverity::Critical), {}, false);
        QTRY_COMPARE(m_server->shown.size(), 2);
        const test::FakeNotificationServer::Shown resolved = m_server->shown.at(1);
        QCOMPARE(resolved.summary, u"shopify-down resolved"_s);
        QCOMPARE(resolved.replacesId, firing.id);
        QCOMPARE(resolved.actions, (QStringList{u"default"_s, u"Open"_s}));
        QCOMPARE(resolved.hints.value(u"urgency"_s).toInt(), 0);

        // A warning is of normal urgency.
        tray.notify(notice(u"chatwoot-slow"_s, AlertNotice::Kind::Flapping, AlertSeverity::Warning), {}, false);
        QTRY_COMPARE(m_server->shown.size(), 3);
        QCOMPARE(m_server->shown.at(2).summary, u"chatwoot-slow is flapping"_s);
        QCOMPARE(m_server->shown.at(2).hints.value(u"urgency"_s).toInt(), 1);
        QCOMPARE(statusBar.size(), 0);
    }

    void withoutServerOrTrayTheStatusBarTells()
    {
        DesktopNotifications desktop{QDBusConnection(u"never-connected"_s)};
        AlertTray tray(m_window.get(), &desktop);
        QVERIFY(!tray.hasTray());
        QSignalSpy statusBar(&tray, &AlertTray::shown);
        tray.notify(notice(u"shopify-down"_s, AlertNotice::Kind::Firing, AlertSeverity::Critical),
                    u"Shopify Admin API is failing"_s, false);
        QCOMPARE(statusBar.size(), 1);
        QCOMPARE(statusBar.at(0).at(0).toString(), u"shopify-down is firing — Shopify Admin API is failing"_s);
    }
};

QTEST_MAIN(tst_AlertTray)
#include "tst_alerttray.moc"
