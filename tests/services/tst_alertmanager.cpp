#include "alertmanagerserver.h"
#include "alertnotifier.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

class NoSecrets final : public SecretSource
{
public:
    std::optional<QString> secret(const QString &) const override { return std::nullopt; }
};

AlertRule rule(const QString &name)
{
    AlertRule r;
    r.name = name;
    r.severity = AlertSeverity::Critical;
    r.labels = {{u"team"_s, u"commerce"_s}};
    r.annotations = {{u"summary"_s, u"Shopify Admin API is failing"_s}};
    return r;
}

AlertNotice notice(const QString &name, AlertNotice::Kind kind, qint64 startsAtMs)
{
    AlertNotice n;
    n.rule = name;
    n.kind = kind;
    n.atMs = QDateTime::currentMSecsSinceEpoch();
    n.startsAtMs = startsAtMs;
    if (kind == AlertNotice::Kind::Resolved)
        n.endsAtMs = n.atMs;
    n.value = 1;
    n.severity = AlertSeverity::Critical;
    return n;
}

} // namespace

// The notifier against a real Alertmanager (Debian package prometheus-alertmanager), started on a
// free port of 127.0.0.1 with a receiver that sends nothing, clustering off and its own storage.
class tst_Alertmanager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firingAlertIsListedWhileRepostedThenResolved();
    void alertThatIsNoLongerRepostedExpires();

private:
    // The alerts Alertmanager lists (GET /api/v2/alerts), by alertname; null on an error.
    std::optional<QJsonObject> listed(const QString &alertname, bool activeOnly = true);
    QString baseUrl() const { return m_alertmanager.baseUrl(); }

    AlertmanagerServer m_alertmanager;
    QNetworkAccessManager m_network;
};

void tst_Alertmanager::initTestCase()
{
    if (AlertmanagerServer::binary().isEmpty())
        QSKIP("Alertmanager is not installed: apt-get install prometheus-alertmanager (Debian) to run this test");
    const QString problem = m_alertmanager.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Alertmanager::cleanupTestCase()
{
    m_alertmanager.stop();
}

std::optional<QJsonObject> tst_Alertmanager::listed(const QString &alertname, bool activeOnly)
{
    QUrl url(baseUrl() + u"/api/v2/alerts"_s);
    if (activeOnly)
        url.setQuery(u"active=true&silenced=false&inhibited=false"_s);
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    std::optional<QJsonObject> found;
    if (finished.wait(5'000) && reply->error() == QNetworkReply::NoError) {
        for (const QJsonValue &alert : QJsonDocument::fromJson(reply->readAll()).array()) {
            if (alert.toObject().value(u"labels"_s).toObject().value(u"alertname"_s).toString() == alertname)
                found = alert.toObject();
        }
    }
    reply->deleteLater();
    return found;
}

void tst_Alertmanager::firingAlertIsListedWhileRepostedThenResolved()
{
    AlertNotifier notifier;
    NotifyChannel channel;
    channel.name = u"alertmanager"_s;
    channel.type = NotifyType::Alertmanager;
    channel.url = baseUrl();
    channel.resendInterval = milliseconds(1'000); // kept four seconds past each post
    channel.generatorUrl = u"http://gatewatch.test/alerts"_s;
    notifier.setChannels({channel}, NoSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);
    QSignalSpy failed(&notifier, &AlertNotifier::failed);

    const qint64 startsAt = QDateTime::currentMSecsSinceEpoch() - 1'000;
    const AlertRule shopifyDown = rule(u"shopify-down"_s);
    notifier.notify(notice(shopifyDown.name, AlertNotice::Kind::Firing, startsAt), shopifyDown);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(listed(shopifyDown.name)
                                 && listed(shopifyDown.name)->value(u"status"_s).toObject().value(u"state"_s)
                                        == u"active"_s,
                             10'000);
    const QJsonObject alert = *listed(shopifyDown.name);
    QCOMPARE(
        alert.value(u"labels"_s).toObject(),
        (QJsonObject{{u"alertname"_s, u"shopify-down"_s}, {u"severity"_s, u"critical"_s}, {u"team"_s, u"commerce"_s}}));
    QCOMPARE(alert.value(u"annotations"_s).toObject().value(u"summary"_s).toString(),
             u"Shopify Admin API is failing"_s);
    QCOMPARE(alert.value(u"generatorURL"_s).toString(), u"http://gatewatch.test/alerts"_s);
    QCOMPARE(QDateTime::fromString(alert.value(u"startsAt"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             startsAt);

    // The re-posts move its end on, and past the end the first post asked for it is still there.
    const auto endsAt = [](const QJsonObject &listedAlert) {
        return QDateTime::fromString(listedAlert.value(u"endsAt"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    };
    const qint64 firstEnd = endsAt(alert);
    QVERIFY(firstEnd > QDateTime::currentMSecsSinceEpoch());
    QTRY_VERIFY_WITH_TIMEOUT(endsAt(listed(shopifyDown.name).value_or(QJsonObject())) > firstEnd, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > firstEnd + 1'000 && listed(shopifyDown.name),
                             20'000);
    QCOMPARE(delivered.size(), 1); // re-posts are no news
    QCOMPARE(failed.size(), 0);

    notifier.notify(notice(shopifyDown.name, AlertNotice::Kind::Resolved, startsAt), shopifyDown);
    QTRY_VERIFY_WITH_TIMEOUT(!listed(shopifyDown.name), 10'000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(notifier.firingAlerts().isEmpty());
}

void tst_Alertmanager::alertThatIsNoLongerRepostedExpires()
{
    AlertNotifier notifier;
    NotifyChannel channel;
    channel.type = NotifyType::Alertmanager;
    channel.name = u"alertmanager"_s;
    channel.url = baseUrl() + u"/"_s;
    channel.resendInterval = milliseconds(1'000);
    notifier.setChannels({channel}, NoSecrets());
    QSignalSpy delivered(&notifier, &AlertNotifier::delivered);

    const AlertRule gone = rule(u"rule-removed-while-firing"_s);
    notifier.notify(notice(gone.name, AlertNotice::Kind::Firing, QDateTime::currentMSecsSinceEpoch()), gone);
    QTRY_VERIFY_WITH_TIMEOUT(listed(gone.name), 10'000);

    // The rule left the configuration (no Resolved comes): Alertmanager lets it end by itself.
    notifier.retainAlerts({});
    QTRY_VERIFY_WITH_TIMEOUT(!listed(gone.name), 15'000);
    QVERIFY(!delivered.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Alertmanager)
#include "tst_alertmanager.moc"
