#include "incidentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace gw;
using namespace Qt::StringLiterals;

// What keeps a scorecard note from being written at first.
enum class NoteBlocker {
    FolderIsAFile, // the store cannot even be opened
    ReadOnlyFile,
    WritesRefused, // the file opens, then its writes fail
};

Q_DECLARE_METATYPE(gw::IncidentQuery)
Q_DECLARE_METATYPE(gw::ScorecardNote)
Q_DECLARE_METATYPE(NoteBlocker)

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

ScorecardNote noteOf(const QString &vendor, const Period &period, std::optional<int> rating, const QString &notes = {})
{
    ScorecardNote note;
    note.vendor = vendor;
    note.period = period;
    note.rating = rating;
    note.notes = notes;
    note.updatedMs = 1'795'000'000'000;
    note.updatedBy = u"ana"_s;
    return note;
}

Period november()
{
    return calendarMonth(2026, 11, QTimeZone::utc());
}

Period december()
{
    return calendarMonth(2026, 12, QTimeZone::utc());
}

// Runs statements on the file through a connection of its own, closed again before returning.
bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = u"test-"_s + QFileInfo(path).fileName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (!ok)
                break;
            ok = query.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"user-version"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"user-version"_s);
    return version;
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

    void newerSchemaIsLeftAlone_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("the next one") << IncidentStore::schemaVersion + 1;
        QTest::newRow("a much newer one") << 99;
    }

    void newerSchemaIsLeftAlone()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        QVERIFY(execOn(path, {u"PRAGMA user_version=%1"_s.arg(version)}));
        IncidentStore store(path);
        QVERIFY(!store.open());
        QVERIFY2(store.problem().contains(u"newer Gatewatch"_s), qPrintable(store.problem()));
        QCOMPARE(userVersion(path), version);
    }

    void migratesVersion1File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        // The layout as version 1 wrote it, with an entry and a silence in it.
        QVERIFY(execOn(
            path,
            {u"PRAGMA journal_mode=WAL"_s,
             u"CREATE TABLE IF NOT EXISTS incident_events (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, rule TEXT "
             "NOT NULL, incident_ms INTEGER NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL, value REAL, user "
             "TEXT NOT NULL, text TEXT NOT NULL, channel TEXT NOT NULL)"_s,
             u"CREATE INDEX IF NOT EXISTS incident_events_at ON incident_events(at_ms)"_s,
             u"CREATE INDEX IF NOT EXISTS incident_events_rule ON incident_events(rule, at_ms)"_s,
             u"CREATE TABLE IF NOT EXISTS silences (id TEXT PRIMARY KEY, matchers TEXT NOT NULL, starts_ms INTEGER NOT "
             "NULL, ends_ms INTEGER NOT NULL, created_by TEXT NOT NULL, comment TEXT NOT NULL)"_s,
             u"INSERT INTO incident_events (at_ms, rule, incident_ms, kind, severity, value, user, text, channel) "
             "VALUES (1000, 'shopify-down', 1000, 'firing', 'critical', 2.5, 'ana', '', '')"_s,
             u"INSERT INTO silences VALUES ('s1', '{team=\"commerce\"}', 100, 200, 'ana', 'maintenance')"_s,
             u"PRAGMA user_version=1"_s}));
        QCOMPARE(userVersion(path), 1);

        const ScorecardNote note = noteOf(u"acme"_s, november(), 2, u"Two tickets open for weeks"_s);
        {
            IncidentStore store(path);
            QVERIFY2(store.open(), qPrintable(store.problem()));
            QCOMPARE(store.events({}), QList<IncidentEvent>{[&] {
                         IncidentEvent expected = entry(1000, u"shopify-down"_s, IncidentEvent::Kind::Firing);
                         expected.id = 1;
                         return expected;
                     }()});
            QCOMPARE(store.silences(), QList<Silence>{silenceOf(u"s1"_s, u"team=\"commerce\""_s, 100, 200)});
            QVERIFY(store.scorecardNotes().isEmpty());
            store.saveScorecardNote(note);
            QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        }
        QCOMPARE(userVersion(path), IncidentStore::schemaVersion);
        QCOMPARE(IncidentStore::schemaVersion, 2);

        IncidentStore again(path);
        QVERIFY(again.open());
        QCOMPARE(again.scorecardNotes(), QList<ScorecardNote>{note});
        QCOMPARE(again.events({}).size(), 1);
        QCOMPARE(again.silences().size(), 1);
    }

    void scorecardNotes_data()
    {
        QTest::addColumn<QList<ScorecardNote>>("saved");
        QTest::addColumn<QList<ScorecardNote>>("expected");

        const ScorecardNote acme = noteOf(u"acme"_s, november(), 4, u"Answered every ticket within the hour"_s);
        const ScorecardNote cleared = noteOf(u"acme"_s, november(), {});
        const ScorecardNote december2 = noteOf(u"acme"_s, december(), 2, u"Outage on the 3rd, no postmortem"_s);
        const ScorecardNote quarter = noteOf(u"acme"_s, calendarQuarter(2026, 4, QTimeZone::utc()), 3);
        const ScorecardNote globex = noteOf(u"globex"_s, november(), 1, u"No answer at all"_s);
        ScorecardNote replaced = acme;
        replaced.rating = 5;
        replaced.notes = u"Fixed the webhook retries for us"_s;
        replaced.updatedMs += 60'000;
        replaced.updatedBy = u"ben"_s;
        ScorecardNote unrated = acme;
        unrated.rating.reset();
        ScorecardNote outOfRange = acme;
        outOfRange.rating = 7;
        ScorecardNote blank = cleared;
        blank.notes = u"  \n "_s;

        QTest::newRow("a rating and notes") << QList{acme} << QList{acme};
        QTest::newRow("a rating alone") << QList{quarter} << QList{quarter};
        QTest::newRow("notes alone") << QList{unrated} << QList{unrated};
        QTest::newRow("saved again replaces it") << QList{acme, replaced} << QList{replaced};
        QTest::newRow("periods of one vendor kept apart, a quarter and its months too")
            << QList{december2, acme, quarter} << QList{quarter, acme, december2};
        QTest::newRow("vendors kept apart") << QList{globex, acme} << QList{acme, globex};
        QTest::newRow("no rating and no notes deletes it") << QList{acme, cleared} << QList<ScorecardNote>{};
        QTest::newRow("blanks are no notes") << QList{acme, blank} << QList<ScorecardNote>{};
        QTest::newRow("deleting one period keeps the others")
            << QList{acme, december2, globex, cleared} << QList{december2, globex};
        QTest::newRow("deleting what was never saved") << QList{cleared} << QList<ScorecardNote>{};
        QTest::newRow("a rating outside 1-5 is none") << QList{outOfRange} << QList{unrated};
    }

    void scorecardNotes()
    {
        QFETCH(QList<ScorecardNote>, saved);
        QFETCH(QList<ScorecardNote>, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        const auto expectedFor = [&expected](const ScorecardNote &note) -> std::optional<ScorecardNote> {
            for (const ScorecardNote &e : expected) {
                if (e.vendor == note.vendor && e.period == note.period)
                    return e;
            }
            return std::nullopt;
        };
        {
            IncidentStore store(path);
            QVERIFY(store.open());
            QSignalSpy changed(&store, &IncidentStore::scorecardNotesChanged);
            for (const ScorecardNote &note : std::as_const(saved))
                store.saveScorecardNote(note);
            QCOMPARE(changed.size(), saved.size());
            QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
            QCOMPARE(store.scorecardNotes(), expected);
        }
        // Survives the store: a new one on the same file has the same, and finds each by its key.
        IncidentStore again(path);
        QVERIFY(again.open());
        QCOMPARE(again.scorecardNotes(), expected);
        for (const ScorecardNote &note : std::as_const(saved))
            QCOMPARE(again.scorecardNote(note.vendor, note.period), expectedFor(note));
        // Only the exact period: not one that overlaps it or contains it.
        QCOMPARE(again.scorecardNote(u"acme"_s, {november().fromMs, november().toMs - 1}), std::nullopt);
        QCOMPARE(again.scorecardNote(u"initech"_s, november()), std::nullopt);
    }

    void scorecardNoteWaitsUntilItCanBeWritten_data()
    {
        QTest::addColumn<NoteBlocker>("blocker");
        QTest::newRow("the folder is a file") << NoteBlocker::FolderIsAFile;
        QTest::newRow("a read-only file") << NoteBlocker::ReadOnlyFile;
        QTest::newRow("writes refused after opening") << NoteBlocker::WritesRefused;
    }

    void scorecardNoteWaitsUntilItCanBeWritten()
    {
        QFETCH(NoteBlocker, blocker);
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"data"_s);
        const QString path = folder + u"/incidents.sqlite"_s;
        bool immutable = false;
        std::function<bool()> unblock;
        auto restore = qScopeGuard([&] {
            if (unblock)
                unblock();
        });
        switch (blocker) {
        case NoteBlocker::FolderIsAFile: {
            QFile file(folder);
            QVERIFY(file.open(QIODevice::WriteOnly));
            unblock = [folder] { return QFile::remove(folder); };
            break;
        }
        case NoteBlocker::ReadOnlyFile: {
            {
                IncidentStore first(path);
                QVERIFY(first.open());
            }
            // Permissions stop an ordinary user; root is stopped only by the immutable attribute.
            const auto writable = [&path] {
                QFile probe(path);
                return probe.open(QIODevice::ReadWrite);
            };
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
            unblock = [path, &immutable] {
                if (immutable && QProcess::execute(u"chattr"_s, {u"-i"_s, path}) != 0)
                    return false;
                immutable = false;
                return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            };
            if (writable()) {
                immutable = QProcess::execute(u"chattr"_s, {u"+i"_s, path}) == 0;
                if (!immutable || writable())
                    QSKIP("neither permissions nor the immutable attribute stop this user from writing the file");
            }
            break;
        }
        case NoteBlocker::WritesRefused: {
            QVERIFY(QDir().mkpath(folder));
            {
                IncidentStore first(path);
                QVERIFY(first.open());
            }
            // A write that fails after the file opened, as on a full disk, whenever a note is written.
            QVERIFY(execOn(path, {u"CREATE TRIGGER refuse BEFORE INSERT ON scorecard_notes "
                                  "BEGIN SELECT RAISE(ABORT, 'no space left for notes'); END"_s}));
            unblock = [path] { return execOn(path, {u"DROP TRIGGER refuse"_s}); };
            break;
        }
        }

        const ScorecardNote acme = noteOf(u"acme"_s, november(), 4, u"Answered every ticket within the hour"_s);
        {
            IncidentStore store(path);
            store.setRetryInterval(50);
            QSignalSpy changed(&store, &IncidentStore::scorecardNotesChanged);
            QSignalSpy problems(&store, &IncidentStore::problemChanged);
            QCOMPARE(store.open(), blocker == NoteBlocker::WritesRefused);
            store.saveScorecardNote(noteOf(u"acme"_s, november(), 2));
            store.saveScorecardNote(acme);
            // Saved and deleted again before anything was written: nothing of it reaches the file.
            store.saveScorecardNote(noteOf(u"globex"_s, november(), 1, u"No answer at all"_s));
            store.saveScorecardNote(noteOf(u"globex"_s, november(), {}));
            QVERIFY(!store.problem().isEmpty());
            if (blocker == NoteBlocker::WritesRefused)
                QVERIFY2(store.problem().contains(u"no space left for notes"_s), qPrintable(store.problem()));
            // Kept in memory meanwhile.
            QCOMPARE(store.scorecardNotes(), QList{acme});
            QCOMPARE(store.scorecardNote(u"acme"_s, november()), std::optional(acme));
            QCOMPARE(store.scorecardNote(u"globex"_s, november()), std::nullopt);

            QVERIFY(unblock());
            unblock = nullptr;
            QTRY_VERIFY(store.problem().isEmpty());
            QVERIFY(problems.size() >= 2);
            QCOMPARE(store.scorecardNotes(), QList{acme});
            QVERIFY(changed.size() >= 4);
        }
        IncidentStore again(path);
        QVERIFY(again.open());
        QCOMPARE(again.scorecardNotes(), QList{acme});
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
            store.saveScorecardNote(
                noteOf(u"acme"_s, november(), 3, u"their engineer asked for xoxb-very-secret-token in a ticket"_s));
            const std::optional<ScorecardNote> note = store.scorecardNote(u"acme"_s, november());
            QVERIFY(note);
            QVERIFY2(!note->notes.contains(u"xoxb-very-secret-token"_s), qPrintable(note->notes));
            QVERIFY(note->notes.startsWith(u"their engineer asked for "_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains("xoxb-very-secret-token"));
        QVERIFY(bytes.contains("pasted"));
        QVERIFY(bytes.contains("their engineer asked for"));
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
