#pragma once

#include "servertestsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A real Alertmanager (Debian package prometheus-alertmanager) for tests: started on a free port
// of 127.0.0.1 with a receiver that sends nothing, clustering off and its own storage.
class AlertmanagerServer
{
public:
    // Debian calls it prometheus-alertmanager; upstream's release archives, alertmanager.
    static QString binary()
    {
        for (const QString &name : {QStringLiteral("prometheus-alertmanager"), QStringLiteral("alertmanager")}) {
            if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
                return path;
        }
        return {};
    }

    ~AlertmanagerServer() { stop(); }

    // Empty when it runs and is ready; else what went wrong.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        QFile config(m_dir.filePath(QStringLiteral("alertmanager.yml")));
        if (!config.open(QIODevice::WriteOnly))
            return config.errorString();
        config.write("route:\n"
                     "  receiver: nobody\n"
                     "  group_wait: 1s\n"
                     "receivers:\n"
                     "  - name: nobody\n");
        config.close();
        m_port = freeLoopbackPort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary(), {QStringLiteral("--config.file=") + config.fileName(),
                                   QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
                                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                   QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=warn")});
        if (!m_process.waitForStarted(10'000))
            return m_process.errorString();
        if (!QTest::qWaitFor([this] { return ready() || m_process.state() != QProcess::Running; }, 30'000)
            || m_process.state() != QProcess::Running)
            return QString::fromUtf8(m_process.readAll());
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

private:
    bool ready()
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(baseUrl() + QStringLiteral("/-/ready"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool answered = finished.wait(2'000);
        const bool ok = answered && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        return ok;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};
