#include "incidentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace gw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gw::IncidentQuery)

namespace {

IncidentEvent entry(qint64 at, const QString &rule, IncidentEvent::Kind kind, const QString &text = {})
{
    IncidentEvent event;
    event.atMs = at;
    event.rule = rule;
    event.kind = kind;
    event.incidentStartMs = at;
    event.severity = AlertSeverity::Critical;
    event.text = text;
    event.user = u"ana"_s;
    if (kind == IncidentEvent::Kind::Firing)
        event.value = 2.5;
    return event;
}

Silence silenceOf(const QString &id, const QString &matchers, qint64 starts, qint64 ends)
{
    Silence silence;
    silence.id = id;
    silence.matchers = *LabelMatcher::parseList(matchers);
    silence.startsAtMs = starts;
    silence.endsAtMs = ends;
    silence.createdBy = u"ana"_s;
    silence.comment = u"maintenance"_s;
    return silence;
}

IncidentQuery queryOf(const QString &text, const QString &rule = {}, std::optional<qint64> from = {},
                      std::optional<qint64> to = {}, int limit = 1000)
{
    IncidentQuery query;
    query.text = text;
    query.rule = rule;
    query.fromMs = from;
    query.toMs = to;
    query.limit = limit;
    return query;
}

QStringList rules(const QList<IncidentEvent> &events)
{
    QStringList names;
    for (const IncidentEvent &event : events)
        names.append(event.rule + u'@' + QString::number(event.atMs));
    return names;
}

// With GATEWATCH_INCIDENT_WRITER=<path> this binary writes entries 1, 2, 3 … to that store and
// prints "written N" after each, until it is killed.
int runWriter(const QString &path)
{
    IncidentStore store(path);
    if (!store.open())
        return 2;
    for (qint64 n = 1;; ++n) {
        store.append(entry(n, u"writer"_s, IncidentEvent::Kind::Note, u"entry %1"_s.arg(n)));
        if (store.waiting() != 0)
            return 3;
        std::printf("written %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
        QThread::msleep(2);
    }
}

} // namespace

class tst_IncidentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingAcrossReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        {
            IncidentStore store(path);
            QSignalSpy appended(&store, &IncidentStore::appended);
            QVERIFY(store.open());
            store.append(entry(1000, u"shopify-down"_s, IncidentEvent::Kind::Firing));
            store.append(entry(2000, u"shopify-down"_s, IncidentEvent::Kind::Acknowledged, u"on it"_s));
            store.append(entry(3000, u"stripe-slow"_s, IncidentEvent::Kind::Firing));
            QCOMPARE(appended.size(), 3);
            QVERIFY2(appended.at(0).at(0).value<IncidentEvent>().id > 0, qPrintable(store.problem()));
            store.saveSilence(silenceOf(u"s1"_s, u"team=\"commerce\""_s, 100, 200));
            QCOMPARE(store.waiting(), 0);
            QVERIFY(store.problem().isEmpty());
        }
        IncidentStore again(path);
        QVERIFY(again.open());
        const QList<IncidentEvent> all = again.events({});
        QCOMPARE(rules(all), (QStringList{u"stripe-slow@3000"_s, u"shopify-down@2000"_s, u"shopify-down@1000"_s}));
        IncidentEvent expected = entry(2000, u"shopify-down"_s, IncidentEvent::Kind::Acknowledged, u"on it"_s);
        expected.id = all.at(1).id;
        QCOMPARE(all.at(1), expected);
        QCOMPARE(all.at(2).value, std::optional(2.5));
        QCOMPARE(all.at(1).value, std::nullopt);
        QCOMPARE(again.silences(), QList<Silence>{silenceOf(u"s1"_s, u"team=\"commerce\""_s, 100, 200)});

        // A silence saved again (expired early) replaces the first.
        again.saveSilence(silenceOf(u"s1"_s, u"team=\"commerce\""_s, 100, 150));
        QCOMPARE(again.silences().size(), 1);
        QCOMPARE(again.silences().at(0).endsAtMs, 150);
    }

    void synchronousFull()
    {
        QTemporaryDir dir;
        IncidentStore store(dir.filePath(u"incidents.sqlite"_s));
        QVERIFY(store.open());
        // The connection's setting is what makes each write durable: read it back the way SQLite reports it.
        QSqlDatabase db;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (QSqlDatabase::database(name, false).databaseName() == dir.filePath(u"incidents.sqlite"_s))
                db = QSqlDatabase::database(name, false);
        }
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
    }

    void search_data()
    {
        QTest::addColumn<IncidentQuery>("query");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("everything, newest first")
            << IncidentQuery{} << QStringList{u"c@5000"_s, u"b@4000"_s, u"a@3000"_s, u"a@2000"_s, u"a@1000"_s};
        QTest::newRow("one rule") << queryOf({}, u"a"_s) << QStringList{u"a@3000"_s, u"a@2000"_s, u"a@1000"_s};
        QTest::newRow("text in a note, any case")
            << queryOf(u"VENDOR"_s) << QStringList{u"a@2000"_s};
        QTest::newRow("text in the channel") << queryOf(u"slack"_s) << QStringList{u"b@4000"_s};
        QTest::newRow("text in the kind") << queryOf(u"resolved"_s) << QStringList{u"a@3000"_s};
        QTest::newRow("percent and underscore are literal")
            << queryOf(u"50%_"_s) << QStringList{u"c@5000"_s};
        QTest::newRow("a window") << queryOf({}, {}, 2000, 4000) << QStringList{u"a@3000"_s, u"a@2000"_s};
        QTest::newRow("a limit") << queryOf({}, {}, {}, {}, 2) << QStringList{u"c@5000"_s, u"b@4000"_s};
        QTest::newRow("nothing") << queryOf(u"nothing like it"_s) << QStringList{};
    }

    void search()
    {
        QFETCH(IncidentQuery, query);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        IncidentStore store(dir.filePath(u"incidents.sqlite"_s));
        QVERIFY(store.open());
        store.append(entry(1000, u"a"_s, IncidentEvent::Kind::Firing));
        store.append(entry(2000, u"a"_s, IncidentEvent::Kind::Note, u"Vendor confirmed the outage"_s));
        store.append(entry(3000, u"a"_s, IncidentEvent::Kind::Resolved));
        IncidentEvent sent = entry(4000, u"b"_s, IncidentEvent::Kind::Notified);
        sent.channel = u"slack"_s;
        store.append(sent);
        store.append(entry(5000, u"c"_s, IncidentEvent::Kind::Note, u"errors at 50%_ of calls"_s));
        QCOMPARE(rules(store.events(query)), expected);
    }

    void waitsInMemoryUntilItCanWrite()
    {
        QTemporaryDir dir;
        // The folder it needs is a file for now.
        const QString folder = dir.filePath(u"data"_s);
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        IncidentStore store(folder + u"/incidents.sqlite"_s);
        store.setRetryInterval(50);
        QSignalSpy problems(&store, &IncidentStore::problemChanged);
        QVERIFY(!store.open());
        QVERIFY2(store.problem().contains(u"cannot be created"_s), qPrintable(store.problem()));
        store.append(entry(1000, u"a"_s, IncidentEvent::Kind::Firing));
        store.append(entry(2000, u"a"_s, IncidentEvent::Kind::Resolved));
        store.saveSilence(silenceOf(u"s1"_s, u"a=\"b\""_s, 1, 2));
        QCOMPARE(store.waiting(), 2);
        // Still searchable and listed meanwhile.
        QCOMPARE(rules(store.events({})), (QStringList{u"a@2000"_s, u"a@1000"_s}));
        QCOMPARE(store.silences().size(), 1);

        QVERIFY(QFile::remove(folder));
        QTRY_COMPARE(store.waiting(), 0);
        QTRY_VERIFY(store.problem().isEmpty());
        QVERIFY(problems.size() >= 2);

        IncidentStore again(folder + u"/incidents.sqlite"_s);
        QVERIFY(again.open());
        QCOMPARE(rules(again.events({})), (QStringList{u"a@2000"_s, u"a@1000"_s}));
        QCOMPARE(again.silences().size(), 1);
    }

    void corruptFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        IncidentStore store(path);
        QVERIFY(store.open());
        store.append(entry(1000, u"a"_s, IncidentEvent::Kind::Firing));
        QCOMPARE(store.events({}).size(), 1);
        const QStringList aside = QDir(dir.path()).entryList({u"incidents.sqlite.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
    }

    void newerSchemaIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version=99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        IncidentStore store(path);
        QVERIFY(!store.open());
        QVERIFY2(store.problem().contains(u"newer Gatewatch"_s), qPrintable(store.problem()));
    }

    void secretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        {
            IncidentStore store(path);
            store.setRedactor(Redactor({u"xoxb-very-secret-token"_s}));
            QVERIFY(store.open());
            store.append(entry(1000, u"a"_s, IncidentEvent::Kind::Note, u"pasted xoxb-very-secret-token by mistake"_s));
            Silence silence = silenceOf(u"s1"_s, u"a=\"b\""_s, 1, 2);
            silence.comment = u"token xoxb-very-secret-token"_s;
            store.saveSilence(silence);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains("xoxb-very-secret-token"));
        QVERIFY(bytes.contains("pasted"));
    }

    void survivesKillMinus9()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GATEWATCH_INCIDENT_WRITER"_s, path);
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath());
        QVERIFY(writer.waitForStarted());
        qint64 written = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                while (writer.canReadLine()) {
                    const QByteArray line = writer.readLine().trimmed();
                    if (line.startsWith("written "))
                        written = line.mid(8).toLongLong();
                }
                return written >= 50 || writer.state() == QProcess::NotRunning;
            }(),
            30'000);
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(writer.waitForFinished());
        for (const QByteArray &line : writer.readAll().split('\n')) {
            if (line.startsWith("written "))
                written = line.mid(8).trimmed().toLongLong();
        }

        IncidentStore store(path);
        QVERIFY(store.open());
        IncidentQuery all;
        all.limit = 100'000;
        const QList<IncidentEvent> events = store.events(all);
        // Every entry reported written is there, in order, and nothing else but possibly the one
        // being written when the process died.
        QVERIFY2(events.size() >= written && events.size() <= written + 1,
                 qPrintable(u"%1 stored, %2 reported written"_s.arg(events.size()).arg(written)));
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(events.at(i).atMs, events.size() - i);
    }
};

int main(int argc, char **argv)
{
    const QString writerPath = qEnvironmentVariable("GATEWATCH_INCIDENT_WRITER");
    if (!writerPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runWriter(writerPath);
    }
    QCoreApplication app(argc, argv);
    tst_IncidentStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_incidentstore.moc"
