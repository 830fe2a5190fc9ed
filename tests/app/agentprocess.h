#pragma once

// The real `gatewatch agent` as a child process for tests that scrape it: started on a free
// loopback port, without a keychain or a display.

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

// Starts the agent on `config` keeping history in `dataDir`; the "127.0.0.1:PORT" it serves
// metrics on, or empty (with a test failure) when it does not come up.
inline QString startAgent(QProcess &agent, const QString &config, const QString &dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEWATCH_KEYCHAIN"), QStringLiteral("off"));
    env.remove(QStringLiteral("DISPLAY"));
    agent.setProcessEnvironment(env);
    agent.start(QStringLiteral(GATEWATCH_BINARY), {QStringLiteral("agent"), QStringLiteral("--listen"),
                                                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--config"), config,
                                                   QStringLiteral("--data-dir"), dataDir});
    if (!agent.waitForStarted()) {
        QTest::qFail("the agent did not start", __FILE__, __LINE__);
        return {};
    }
    QByteArray err;
    // Bounded by the agent printing its address or ending, whichever comes first.
    const bool announced = QTest::qWaitFor(
        [&] { return (err += agent.readAllStandardError()).contains("/metrics\n") || agent.state() != QProcess::Running; },
        10'000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("metrics at http://(127\\.0\\.0\\.1:\\d+)/metrics")).match(QString::fromUtf8(err));
    if (!announced || !match.hasMatch()) {
        QTest::qFail(err.constData(), __FILE__, __LINE__);
        return {};
    }
    return match.captured(1);
}

// Ends it politely, then not.
inline void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
}
