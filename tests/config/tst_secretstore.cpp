#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void environmentName_data();
    void environmentName();
    void keychainAvailable_data();
    void keychainAvailable();
    void environmentFallback();
    void prefetchedIsAsynchronous_data();
    void prefetchedIsAsynchronous();

private:
    QByteArray m_dbusAddress;
};

void tst_SecretStore::initTestCase()
{
    m_dbusAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    // Never touch a developer's real keychain from a test.
    qputenv("GATEWATCH_KEYCHAIN", "off");
}

void tst_SecretStore::environmentName_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("variable");

    QTest::newRow("dashes") << u"shopify-admin"_s << u"GATEWATCH_SECRET_SHOPIFY_ADMIN"_s;
    QTest::newRow("dots and dashes") << u"slack.bot-token"_s << u"GATEWATCH_SECRET_SLACK_BOT_TOKEN"_s;
    QTest::newRow("underscores and digits") << u"ga4_key2"_s << u"GATEWATCH_SECRET_GA4_KEY2"_s;
    QTest::newRow("mixed case") << u"StripeKey"_s << u"GATEWATCH_SECRET_STRIPEKEY"_s;
}

void tst_SecretStore::environmentName()
{
    QFETCH(QString, secret);
    QFETCH(QString, variable);
    QCOMPARE(SecretStore::environmentName(secret), variable);
}

void tst_SecretStore::keychainAvailable_data()
{
    QTest::addColumn<QByteArray>("keychainSetting");
    QTest::addColumn<QByteArray>("dbusAddress");
    QTest::addColumn<bool>("available");

    QTest::newRow("switched off") << "off"_ba
                                  << "unix:path=/nonexistent/bus"_ba << false;
    QTest::newRow("switched off, upper case") << "OFF"_ba
                                              << "unix:path=/nonexistent/bus"_ba << false;
    QTest::newRow("no session bus") << QByteArray() << QByteArray() << false;
    QTest::newRow("session bus") << QByteArray() << "unix:path=/nonexistent/bus"_ba << true;
}

void tst_SecretStore::keychainAvailable()
{
    QFETCH(QByteArray, keychainSetting);
    QFETCH(QByteArray, dbusAddress);
    QFETCH(bool, available);

    qputenv("GATEWATCH_KEYCHAIN", keychainSetting);
    qputenv("DBUS_SESSION_BUS_ADDRESS", dbusAddress);
    const bool actual = SecretStore::keychainAvailable();
    qputenv("GATEWATCH_KEYCHAIN", "off");
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_dbusAddress);
    QCOMPARE(actual, available);
}

void tst_SecretStore::environmentFallback()
{
    qputenv("GATEWATCH_SECRET_SHOPIFY_ADMIN", "shpat_example");
    qputenv("GATEWATCH_SECRET_EMPTY_ONE", "");
    qunsetenv("GATEWATCH_SECRET_NOT_THERE");

    SecretStore store;
    QSignalSpy spy(&store, &SecretStore::prefetched);
    store.prefetch({u"shopify-admin"_s, u"empty-one"_s, u"not-there"_s});
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);

    QCOMPARE(store.secret(u"shopify-admin"_s), std::optional<QString>(u"shpat_example"_s));
    QCOMPARE(store.secret(u"empty-one"_s), std::optional<QString>(QString()));
    QCOMPARE(store.secret(u"not-there"_s), std::nullopt);
}

void tst_SecretStore::prefetchedIsAsynchronous_data()
{
    QTest::addColumn<QStringList>("names");

    QTest::newRow("some names") << QStringList{u"a"_s, u"b"_s, u"a"_s};
    QTest::newRow("no names") << QStringList();
}

void tst_SecretStore::prefetchedIsAsynchronous()
{
    QFETCH(QStringList, names);

    SecretStore store;
    QSignalSpy spy(&store, &SecretStore::prefetched);
    store.prefetch(names);
    QCOMPARE(spy.count(), 0); // a caller connecting right after prefetch() must not miss it
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
