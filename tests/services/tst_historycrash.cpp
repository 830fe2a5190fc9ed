#include "historycodec.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

constexpr int runs = 24;
constexpr int checksPerRun = 20;
constexpr quint32 seed = 20261130;
constexpr qint64 t0 = 1'789'948'800'000; // 2026-09-21T00:00:00Z

// What one run of the writer said before it was killed.
struct Said
{
    bool ready = false;
    qint64 lastCommitted = 0; // newest sample time reported on disk; 0 before any commit
    qint64 lastRecorded = 0;  // newest sample time reported handed to the store
};

} // namespace

// kill -9 during ingest, again and again, on the same file: every time it must pass SQLite's
// integrity check, hold every sample the writer had reported committed, keep its rollups in step
// with the raw samples, and lose at most about the last second.
class tst_HistoryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void survivesKillDuringIngest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"history.sqlite"_s);
        const QString writer = QCoreApplication::applicationDirPath() + u"/historywriter"_s;
        QVERIFY2(QFileInfo::exists(writer), qPrintable(writer));
        QRandomGenerator random(seed);
        qInfo("random kill moments from seed %u", seed);

        int killedAfterCommits = 0;
        for (int run = 0; run < runs; ++run) {
            const qint64 base = t0 + run * 86'400'000LL;
            // Every other run the store's clock is 10 minutes ahead: everything it records is due
            // for rolling up at once, and what arrives after that joins the rollups as late samples.
            const qint64 skew = run % 2 ? 600'000 : 0;
            const QString prefix = u"run%1"_s.arg(run);
            // Most runs die during ingest (timed from "ready", so a slow start-up under sanitizers
            // changes nothing); every fourth dies while it starts and opens the file.
            const bool duringStartup = run % 4 == 3;
            const int killAfterMs =
                duringStartup ? static_cast<int>(random.bounded(400)) : 100 + static_cast<int>(random.bounded(1600));

            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            Said said;
            QByteArray pending;
            auto readLines = [&] {
                pending += process.readAllStandardOutput();
                qsizetype end = 0;
                while ((end = pending.indexOf('\n')) >= 0) {
                    const QList<QByteArray> words = pending.left(end).split(' ');
                    pending.remove(0, end + 1);
                    if (words.value(0) == "ready") {
                        said.ready = true;
                        if (!duringStartup)
                            QTimer::singleShot(killAfterMs, &process, [&process] { process.kill(); });
                    } else if (words.value(0) == "committed")
                        said.lastCommitted = words.value(1).toLongLong();
                    else if (words.value(0) == "recorded")
                        said.lastRecorded = words.value(1).toLongLong();
                }
            };
            connect(&process, &QProcess::readyReadStandardOutput, this, readLines);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(writer, {u"--db"_s, db, u"--base-ms"_s, QString::number(base), u"--checks"_s,
                                   QString::number(checksPerRun), u"--skew-ms"_s, QString::number(skew), u"--prefix"_s,
                                   prefix});
            QVERIFY(process.waitForStarted());
            if (duringStartup)
                QTimer::singleShot(killAfterMs, &process, [&process] { process.kill(); });
            QVERIFY(finished.wait(30'000));
            readLines();
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            if (said.lastCommitted > 0)
                ++killedAfterCommits;
            qInfo("run %d: killed %d ms after %s; newest committed %lld ms after the first sample, newest recorded "
                  "%lld ms",
                  run, killAfterMs, duringStartup ? "start" : "ready",
                  said.lastCommitted ? said.lastCommitted - base : -1LL,
                  said.lastRecorded ? said.lastRecorded - base : -1LL);

            const QString name = u"crash-check-%1"_s.arg(run);
            QString failure;
            {
                QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                check.setDatabaseName(db);
                if (!check.open())
                    failure = check.lastError().text();
                else
                    failure = verify(check, prefix, base, said);
            }
            QSqlDatabase::removeDatabase(name);
            QVERIFY2(failure.isEmpty(), qPrintable(u"run %1: %2"_s.arg(run).arg(failure)));
        }
        // Most runs died in the middle of ingest, after commits.
        QVERIFY2(killedAfterCommits >= runs / 2, qPrintable(QString::number(killedAfterCommits)));
    }

private:
    static QString verify(const QSqlDatabase &db, const QString &prefix, qint64 base, const Said &said)
    {
        const QString pattern = prefix + u"-%"_s;
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
            return u"integrity_check failed to run: "_s + q.lastError().text();
        if (q.value(0).toString() != u"ok")
            return u"integrity_check: "_s + q.value(0).toString();
        q.finish();
        if (!said.ready)
            return {};

        q.prepare(u"SELECT c.check_id, c.rolled_1m, count(s.t_ms), max(s.t_ms),"
                  " sum(CASE WHEN s.t_ms < c.rolled_1m THEN 1 ELSE 0 END)"
                  " FROM checks c LEFT JOIN samples s ON s.check_ref = c.id AND s.t_ms >= ? AND s.t_ms <= ?"
                  " WHERE c.check_id LIKE ? GROUP BY c.id"_s);
        q.bindValue(0, base);
        q.bindValue(1, said.lastCommitted);
        q.bindValue(2, pattern);
        if (!q.exec())
            return q.lastError().text();
        const qint64 expected = said.lastCommitted > 0 ? (said.lastCommitted - base) / 10 + 1 : 0;
        int checks = 0;
        while (q.next()) {
            ++checks;
            if (q.value(2).toLongLong() != expected)
                return u"%1 holds %2 of the %3 samples reported committed"_s.arg(q.value(0).toString())
                    .arg(q.value(2).toLongLong())
                    .arg(expected);
        }
        if (said.lastCommitted > 0 && checks != checksPerRun)
            return u"%1 checks of %2 stored"_s.arg(checks).arg(checksPerRun);

        // Loss: what was recorded but not on disk is at most about a second (a commit interval).
        QSqlQuery newest(db);
        newest.prepare(u"SELECT min(m) FROM (SELECT max(s.t_ms) AS m FROM checks c JOIN samples s ON s.check_ref = c.id"
                       " WHERE c.check_id LIKE ? GROUP BY c.id)"_s);
        newest.bindValue(0, pattern);
        if (said.lastRecorded > 0 && newest.exec() && newest.next()) {
            const qint64 stored = newest.value(0).isNull() ? base : newest.value(0).toLongLong();
            if (said.lastRecorded - stored > 1500)
                return u"lost %1 ms of samples"_s.arg(said.lastRecorded - stored);
        }

        // Rollups move with their watermark in one transaction: everything below a check's minute
        // watermark is counted in its minute rollups exactly once.
        QSqlQuery raw(db);
        raw.prepare(u"SELECT c.id, c.rolled_1m, (SELECT count(*) FROM samples s WHERE s.check_ref = c.id"
                    " AND s.t_ms < c.rolled_1m) FROM checks c WHERE c.check_id LIKE ?"_s);
        raw.bindValue(0, pattern);
        if (!raw.exec())
            return raw.lastError().text();
        QSqlQuery cells(db);
        cells.prepare(u"SELECT data FROM rollup_1m WHERE check_ref = ? AND start_s < ?"_s);
        while (raw.next()) {
            cells.bindValue(0, raw.value(0));
            cells.bindValue(1, raw.value(1).toLongLong() / 1000);
            if (!cells.exec())
                return cells.lastError().text();
            quint64 rolled = 0;
            while (cells.next()) {
                const Result<RollupCell> cell = RollupCell::fromBlob(cells.value(0).toByteArray(), 0);
                if (!cell)
                    return cell.error().message;
                rolled += cell->rollup.total();
            }
            if (rolled != raw.value(2).toULongLong())
                return u"minute rollups count %1 samples, the raw table %2"_s.arg(rolled).arg(
                    raw.value(2).toLongLong());
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCrash)
#include "tst_historycrash.moc"
