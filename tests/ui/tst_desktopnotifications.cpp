#include "../fakenotifications.h"
#include "desktopnotifications.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gw;
using namespace Qt::StringLiterals;

using Action = DesktopNotifications::Action;

// A notification server of its own on a private bus for each test, and the client under test.
class tst_DesktopNotifications : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PrivateBus> m_bus;
    std::unique_ptr<test::FakeNotificationServer> m_server;
    int m_n = 0;

    // The client, once the server's capabilities reached it; null (and a failure) otherwise.
    std::unique_ptr<DesktopNotifications> client(const QStringList &capabilities)
    {
        m_bus = std::make_unique<test::PrivateBus>();
        if (const QString problem = m_bus->start(); !problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return nullptr;
        }
        m_server = std::make_unique<test::FakeNotificationServer>(capabilities);
        if (!m_server->serve(m_bus->connect(u"server-%1"_s.arg(++m_n))))
            return nullptr;
        auto notifications = std::make_unique<DesktopNotifications>(m_bus->connect(u"client-%1"_s.arg(m_n)));
        QSignalSpy known(notifications.get(), &DesktopNotifications::availabilityKnown);
        if (!known.wait(10'000) || !notifications->available())
            return nullptr;
        return notifications;
    }

    static bool haveDaemon() { return !QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty(); }

private Q_SLOTS:
    void init()
    {
        if (!haveDaemon())
            QSKIP("dbus-daemon not found: install the dbus-daemon package (make deps) to test desktop notifications");
    }

    void cleanup()
    {
        m_server.reset();
        m_bus.reset();
    }

    void showsWhatItIsGiven_data()
    {
        QTest::addColumn<QStringList>("capabilities");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("actions");
        const QStringList buttons{u"default"_s, u"Open"_s, u"acknowledge"_s, u"Acknowledge"_s};
        QTest::newRow("plain text, buttons") << QStringList{u"actions"_s, u"body"_s} << u"p95 > 1500 & rising"_s
                                             << buttons;
        // A server reading markup would take "&" and "<" for it.
        QTest::newRow("markup") << QStringList{u"actions"_s, u"body"_s, u"body-markup"_s}
                                << u"p95 &gt; 1500 &amp; rising"_s << buttons;
        // A server that draws no buttons is sent none.
        QTest::newRow("no buttons") << QStringList{u"body"_s} << u"p95 > 1500 & rising"_s << QStringList{};
    }

    void showsWhatItIsGiven()
    {
        QFETCH(QStringList, capabilities);
        QFETCH(QString, body);
        QFETCH(QStringList, actions);
        const auto notifications = client(capabilities);
        QVERIFY(notifications);
        QCOMPARE(notifications->capabilities(), capabilities);
        notifications->show(u"chatwoot-slow"_s, u"chatwoot-slow is firing"_s, u"p95 > 1500 & rising"_s,
                            DesktopNotifications::Urgency::Critical,
                            {{u"default"_s, u"Open"_s}, {u"acknowledge"_s, u"Acknowledge"_s}});
        QTRY_COMPARE(m_server->shown.size(), 1);
        const test::FakeNotificationServer::Shown &shown = m_server->shown.constFirst();
        QCOMPARE(shown.appName, u"Gatewatch"_s);
        QCOMPARE(shown.replacesId, 0u);
        QCOMPARE(shown.icon, u"gatewatch"_s);
        QCOMPARE(shown.summary, u"chatwoot-slow is firing"_s);
        QCOMPARE(shown.body, body);
        QCOMPARE(shown.actions, actions);
        // The specification's urgency hint is a byte: 2 is critical.
        QCOMPARE(shown.hints.value(u"urgency"_s).toInt(), 2);
        QCOMPARE(shown.hints.value(u"desktop-entry"_s).toString(), u"gatewatch"_s);
        QCOMPARE(shown.timeout, -1);
    }

    // One notification per tag: a newer one replaces it until the server closes it.
    void replacesByTag()
    {
        const auto notifications = client({u"actions"_s});
        QVERIFY(notifications);
        const auto show = [&](const QString &tag, const QString &title) {
            notifications->show(tag, title, {}, DesktopNotifications::Urgency::Normal, {});
        };
        show(u"shopify-down"_s, u"shopify-down is firing"_s);
        QTRY_COMPARE(m_server->shown.size(), 1);
        const uint first = m_server->shown.at(0).id;
        show(u"stripe-down"_s, u"stripe-down is firing"_s);
        QTRY_COMPARE(m_server->shown.size(), 2);
        QCOMPARE(m_server->shown.at(1).replacesId, 0u);
        show(u"shopify-down"_s, u"shopify-down resolved"_s);
        QTRY_COMPARE(m_server->shown.size(), 3);
        QCOMPARE(m_server->shown.at(2).replacesId, first);

        // Dismissed: the next one is a new notification.
        QVERIFY(notifications->isShown(u"shopify-down"_s));
        m_server->close(first);
        QTRY_VERIFY(!notifications->isShown(u"shopify-down"_s));
        QVERIFY(notifications->isShown(u"stripe-down"_s));
        show(u"shopify-down"_s, u"shopify-down is firing"_s);
        QTRY_COMPARE(m_server->shown.size(), 4);
        QCOMPARE(m_server->shown.at(3).replacesId, 0u);
    }

    void reportsButtonsByTag()
    {
        const auto notifications = client({u"actions"_s});
        QVERIFY(notifications);
        QSignalSpy pressed(notifications.get(), &DesktopNotifications::actionInvoked);
        notifications->show(u"shopify-down"_s, u"shopify-down is firing"_s, {}, DesktopNotifications::Urgency::Critical,
                            {{u"acknowledge"_s, u"Acknowledge"_s}, {u"silence"_s, u"Silence for 1 hour"_s}});
        QTRY_COMPARE(m_server->shown.size(), 1);
        m_server->press(m_server->shown.at(0).id, u"silence"_s);
        QTRY_COMPARE(pressed.size(), 1);
        QCOMPARE(pressed.at(0).at(0).toString(), u"shopify-down"_s);
        QCOMPARE(pressed.at(0).at(1).toString(), u"silence"_s);
        // A button of a notification it did not show (another program's) is none of its business.
        m_server->press(9999, u"acknowledge"_s);
        m_server->press(m_server->shown.at(0).id, u"acknowledge"_s);
        QTRY_COMPARE(pressed.size(), 2);
        QCOMPARE(pressed.at(1).at(1).toString(), u"acknowledge"_s);
    }

    void refusalIsReported()
    {
        const auto notifications = client({u"actions"_s});
        QVERIFY(notifications);
        m_server->refuse = true;
        QSignalSpy failed(notifications.get(), &DesktopNotifications::failed);
        notifications->show(u"x"_s, u"x is firing"_s, {}, DesktopNotifications::Urgency::Normal, {});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"Do not disturb"_s), qPrintable(failed.at(0).at(0).toString()));
    }

    // A bus without a notification server, and no bus at all: not available, nothing breaks.
    void withoutAServer()
    {
        test::PrivateBus bus;
        QCOMPARE(bus.start(), QString());
        DesktopNotifications notifications(bus.connect(u"lonely"_s));
        QSignalSpy known(&notifications, &DesktopNotifications::availabilityKnown);
        QVERIFY(known.wait(10'000));
        QCOMPARE(known.at(0).at(0).toBool(), false);
        QVERIFY(!notifications.available());
        notifications.show(u"x"_s, u"x"_s, {}, DesktopNotifications::Urgency::Normal, {});

        DesktopNotifications none{QDBusConnection(u"never-connected"_s)};
        QVERIFY(!none.available());
        none.show(u"x"_s, u"x"_s, {}, DesktopNotifications::Urgency::Normal, {});
    }
};

QTEST_GUILESS_MAIN(tst_DesktopNotifications)
#include "tst_desktopnotifications.moc"
