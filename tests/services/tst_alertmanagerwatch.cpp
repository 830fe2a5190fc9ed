#include "alertmanagerserver.h"
#include "alertmanagerwatch.h"

#include <QDateTime>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

ApiServer serverAt(const QString &url)
{
    return {QUrl(url), std::chrono::seconds(5), {}};
}

Silence maintenance()
{
    Silence silence;
    silence.matchers = {LabelMatcher::make(u"alertname"_s, LabelMatcher::Op::Equal, u"shopify-down"_s).value()};
    silence.startsAtMs = QDateTime::currentMSecsSinceEpoch();
    silence.endsAtMs = silence.startsAtMs + 3'600'000;
    silence.createdBy = u"ops"_s;
    silence.comment = u"Shopify maintenance"_s;
    return silence;
}

const Silence *findSilence(const QList<Silence> &silences, const QString &id)
{
    for (const Silence &silence : silences) {
        if (silence.id == id)
            return &silence;
    }
    return nullptr;
}

} // namespace

// The watch against a real Alertmanager (Debian package prometheus-alertmanager) where installed,
// and against a port where nothing listens.
class tst_AlertmanagerWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreachable();
    void notFollowed();
    void realAlertmanager_savedAndExpired();
    void realAlertmanager_anotherServerStartsAfresh();
};

void tst_AlertmanagerWatch::unreachable()
{
    const quint16 port = freeLoopbackPort();
    AlertmanagerWatch watch;
    QSignalSpy problems(&watch, &AlertmanagerWatch::problemChanged);
    QSignalSpy read(&watch, &AlertmanagerWatch::silencesRead);
    watch.setServer(serverAt(u"http://127.0.0.1:%1"_s.arg(port)));
    QVERIFY(watch.isActive());
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10'000);
    const QString problem = problems.first().first().toString();
    QVERIFY2(problem.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(problem));
    QCOMPARE(watch.problem(), problem);
    QCOMPARE(read.size(), 0);

    // Saving fails the same way, and says so.
    const AmResult<QString> saved = awaitFuture(watch.saveSilence(maintenance()));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(saved.error().message));

    watch.stop();
    QVERIFY(!watch.isActive());
    QVERIFY(watch.problem().isEmpty());
    QCOMPARE(problems.size(), 2);
}

void tst_AlertmanagerWatch::notFollowed()
{
    AlertmanagerWatch watch;
    const AmResult<QString> saved = awaitFuture(watch.saveSilence(maintenance()));
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().message.isEmpty());
    const AmResult<bool> expired = awaitFuture(watch.expireSilence(u"a"_s));
    QVERIFY(!expired.ok());
}

void tst_AlertmanagerWatch::realAlertmanager_savedAndExpired()
{
    if (AlertmanagerServer::binary().isEmpty())
        QSKIP("Alertmanager is not installed: apt-get install prometheus-alertmanager (Debian) to run this test");
    AlertmanagerServer server;
    const QString started = server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));

    AlertmanagerWatch watch;
    QSignalSpy silencesRead(&watch, &AlertmanagerWatch::silencesRead);
    QSignalSpy alertsRead(&watch, &AlertmanagerWatch::alertsRead);
    QSignalSpy problems(&watch, &AlertmanagerWatch::problemChanged);
    watch.setServer(serverAt(server.baseUrl()));
    QTRY_VERIFY_WITH_TIMEOUT(alertsRead.size() >= 1, 10'000);
    QVERIFY(silencesRead.size() >= 1);
    QVERIFY(watch.silences().isEmpty());
    QVERIFY(watch.problem().isEmpty());

    // Saved through the watch, read back without waiting for the interval.
    const qsizetype readBefore = silencesRead.size();
    const AmResult<QString> saved = awaitFuture(watch.saveSilence(maintenance()));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    const QString id = saved.value();
    QTRY_VERIFY_WITH_TIMEOUT(findSilence(watch.silences(), id) != nullptr, 10'000);
    QVERIFY(silencesRead.size() > readBefore);
    const QList<Silence> emitted = silencesRead.last().first().value<QList<Silence>>();
    QVERIFY(findSilence(emitted, id));
    const Silence *read = findSilence(watch.silences(), id);
    QCOMPARE(read->comment, u"Shopify maintenance"_s);
    QCOMPARE(read->createdBy, u"ops"_s);
    QCOMPARE(read->state(QDateTime::currentMSecsSinceEpoch()), Silence::State::Active);

    // Expired through the watch: the next read has it expired.
    const AmResult<bool> expired = awaitFuture(watch.expireSilence(id));
    QVERIFY2(expired.ok(), expired.ok() ? "" : qPrintable(expired.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(findSilence(watch.silences(), id)
                                 && findSilence(watch.silences(), id)->state(QDateTime::currentMSecsSinceEpoch())
                                        == Silence::State::Expired,
                             10'000);
    QCOMPARE(problems.size(), 0);

    // Alertmanager goes away: the problem names it, and the last lists stand.
    server.stop();
    watch.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10'000);
    QVERIFY2(watch.problem().contains(u"127.0.0.1:%1"_s.arg(server.port())), qPrintable(watch.problem()));
    QVERIFY(findSilence(watch.silences(), id));
}

void tst_AlertmanagerWatch::realAlertmanager_anotherServerStartsAfresh()
{
    if (AlertmanagerServer::binary().isEmpty())
        QSKIP("Alertmanager is not installed: apt-get install prometheus-alertmanager (Debian) to run this test");
    AlertmanagerServer server;
    const QString started = server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));

    AlertmanagerWatch watch;
    watch.setServer(serverAt(server.baseUrl()));
    const AmResult<QString> saved = awaitFuture(watch.saveSilence(maintenance()));
    QVERIFY(saved.ok());
    QTRY_VERIFY_WITH_TIMEOUT(findSilence(watch.silences(), saved.value()), 10'000);

    // A read still out for the old server is dropped: the new one (where nothing listens) starts
    // with nothing, and only its own failure is told.
    const quint16 port = freeLoopbackPort();
    QSignalSpy problems(&watch, &AlertmanagerWatch::problemChanged);
    watch.refresh();
    watch.setServer(serverAt(u"http://127.0.0.1:%1"_s.arg(port)));
    QVERIFY(watch.silences().isEmpty());
    QCOMPARE(watch.server()->url.port(), int(port));
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10'000);
    QVERIFY(watch.silences().isEmpty());
    QVERIFY2(watch.problem().contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(watch.problem()));
}

QTEST_GUILESS_MAIN(tst_AlertmanagerWatch)
#include "tst_alertmanagerwatch.moc"
