#pragma once

#include "servertestsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A real Prometheus (Debian package prometheus) for tests: on a free port of 127.0.0.1 with its
// own storage, scraping one target every second.
class PrometheusServer
{
public:
    static QString binary() { return QStandardPaths::findExecutable(QStringLiteral("prometheus")); }

    ~PrometheusServer() { stop(); }

    // Starts it scraping `target` ("127.0.0.1:PORT") as job `job`. Empty when it runs; else why not.
    QString start(const QString &target, const QString &job)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        if (!config.open(QIODevice::WriteOnly))
            return config.errorString();
        // The scrape configuration of docs/deploy.md, at a one-second interval.
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n"
                                    "  - job_name: %1\n    static_configs:\n      - targets: ['%2']\n")
                         .arg(job, target)
                         .toUtf8());
        config.close();
        m_port = freeLoopbackPort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary(), {QStringLiteral("--config.file=") + config.fileName(),
                                   QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                   QStringLiteral("--log.level=warn")});
        if (!m_process.waitForStarted(10'000))
            return m_process.errorString();
        return {};
    }

    bool running() const { return m_process.state() == QProcess::Running; }
    QByteArray output() { return m_process.readAll(); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
