#include "../services/loopbackserver.h"
#include "callsmodel.h"
#include "failedcallspage.h"
#include "historyreader.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// A secret value no real response holds; it is configured, sent and echoed back, and must then be
// nowhere Gatewatch writes or copies to.
const QByteArray canary = "canary-7f3a9c1e5b2d";

qsizetype occurrences(const QByteArray &haystack)
{
    return haystack.count(canary) + haystack.count(canary.toBase64()) + haystack.count(canary.toPercentEncoding());
}

} // namespace

// Seeds a canary secret into the headers, query and body of failing checks, lets the real agent
// record them, and then searches everything that leaves Gatewatch: the history files, the logs,
// `gatewatch export`, the Failed calls page's clipboard text, cURL command and JSON export.
class TestCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canaryNeverLeaks();
};

void TestCanary::canaryNeverLeaks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The vendor echoes the secret back in its headers and body, as misbehaving APIs do.
    LoopbackServer vendor(LoopbackServer::Mode::Respond,
                          LoopbackServer::response(500,
                                                   R"({"error":"bad key )" + canary + R"(","token":")" + canary + "\"}",
                                                   "X-Echo: " + canary + "\r\nSet-Cookie: session=" + canary + "\r\n"));
    const QString config = dir.filePath(u"gatewatch.yaml"_s);
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"(settings:
  interval: 500ms
  timeout: 500ms
integrations:
  - id: leaky
    name: Leaky vendor
    checks:
      - id: orders
        method: POST
        url: %1?api_key=${secret:canary}&q=${secret:canary}
        headers:
          Authorization: Bearer ${secret:canary}
          X-Trace: ${secret:canary}
        body: '{"note":"${secret:canary}"}'
        conditions:
          - "[STATUS] == 200"
)")
                       .arg(vendor.url(u"/v1/orders"_s))
                       .toUtf8());
    }
    const QString data = dir.filePath(u"data"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GATEWATCH_KEYCHAIN"_s, u"off"_s);
    env.insert(u"GATEWATCH_SECRET_CANARY"_s, QString::fromLatin1(canary));
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // every log line there is
    env.remove(u"DISPLAY"_s);

    QProcess agent;
    agent.setProcessEnvironment(env);
    agent.start(QStringLiteral(GATEWATCH_BINARY), {u"agent"_s, u"--config"_s, config, u"--data-dir"_s, data});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(vendor.requests >= 4 || agent.state() == QProcess::NotRunning, 20'000);
    if (agent.state() != QProcess::Running) {
        QByteArray output = agent.readAllStandardOutput() + agent.readAllStandardError();
        QFAIL(output.replace(canary, "<canary>").constData());
    }
    agent.terminate(); // it commits what is queued before it exits
    QVERIFY(agent.waitForFinished(20'000));
    const QByteArray logs = agent.readAllStandardOutput() + agent.readAllStandardError();
    QCOMPARE(occurrences(logs), 0);

    QProcess exporter;
    exporter.setProcessEnvironment(env);
    exporter.start(QStringLiteral(GATEWATCH_BINARY), {u"export"_s, u"--since"_s, u"1h"_s, u"--data-dir"_s, data});
    QVERIFY(exporter.waitForFinished(30'000));
    QCOMPARE(exporter.exitCode(), 0);
    const QByteArray exported = exporter.readAllStandardOutput() + exporter.readAllStandardError();
    QVERIFY2(exported.contains("leaky"), exported.constData());
    QCOMPARE(occurrences(exported), 0);

    // The page over what the agent stored: the copies and the export a triager would make.
    HistoryReader reader(data + u"/history.sqlite"_s, Retention());
    FailedCallsPage page;
    page.setSource(&reader);
    CallFilter all;
    page.showCalls(all);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() >= 3, 10'000);
    auto *table = page.findChild<QTableView *>(u"failedCallsTable"_s);
    QTRY_VERIFY(page.model()->index(0, 0).data(CallsModel::LoadedRole).toBool());
    QSignalSpy shown(&page, &FailedCallsPage::callShown);
    table->selectRow(0);
    QTRY_COMPARE(shown.size(), 1);
    const CallRecord call = *page.shownCall();
    QVERIFY2(call.request.url.contains(u"[redacted"_s), qPrintable(call.request.url)); // the evidence is there
    QVERIFY(call.response && call.response->status == 500);

    page.findChild<QPushButton *>(u"copyCurl"_s)->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(u"$AUTHORIZATION"_s), qPrintable(curl));
    QCOMPARE(occurrences(curl.toUtf8()), 0);
    page.findChild<QPushButton *>(u"copySummary"_s)->click();
    const QString summary = QGuiApplication::clipboard()->text();
    QVERIFY2(summary.contains(u"leaky"_s), qPrintable(summary));
    QCOMPARE(occurrences(summary.toUtf8()), 0);

    table->selectAll();
    QSignalSpy exportedCalls(&page, &FailedCallsPage::exported);
    const QString exportPath = dir.filePath(u"calls.json"_s);
    page.exportSelected(exportPath);
    QTRY_COMPARE(exportedCalls.size(), 1);
    QVERIFY(exportedCalls.constFirst().at(1).toInt() >= 3);
    QFile exportFile(exportPath);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    QCOMPARE(occurrences(exportFile.readAll()), 0);

    // Last, every byte of every file the history consists of (main file, WAL, shared memory).
    page.setSource(nullptr);
    QDirIterator files(data, QDir::Files, QDirIterator::Subdirectories);
    int searched = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(occurrences(file.readAll()), 0);
        ++searched;
    }
    QVERIFY(searched >= 1);
}

} // namespace gw

QTEST_MAIN(gw::TestCanary)
#include "tst_canary.moc"
