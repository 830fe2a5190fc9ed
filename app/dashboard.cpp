#include "dashboard.h"

namespace gw {

namespace {

QStringList describe(const ConfigErrors &errors)
{
    QStringList lines;
    for (const ConfigError &error : errors)
        lines.append(error.toString());
    return lines;
}

} // namespace

Dashboard::Dashboard(const QString &configPath, const QString &dataDir, QObject *parent)
    : QObject(parent), m_window(&m_model, &m_quotas), m_runtime(configPath, dataDir)
{
    m_window.setConfigPath(configPath);
    connect(&m_runtime, &Runtime::catalogApplied, this, [this](const Catalog &catalog) {
        // Charts pick their resolution from the retention: a reload that changed it needs a new reader.
        if (m_history && m_runtime.history() && catalog.settings.retention != m_historyRetention)
            replaceHistoryReader(catalog.settings.retention);
        m_model.setCatalog(catalog);
        m_quotas.setCatalog(catalog);
        m_window.showConfigProblems({}, true);
        m_window.showNotices(m_runtime.monitor().notices());
    });
    connect(&m_runtime, &Runtime::configFailed, this, [this](const ConfigErrors &errors, bool keptLastGood) {
        m_window.showConfigProblems(describe(errors), keptLastGood);
    });
    connect(&m_runtime, &Runtime::historyCreated, this, [this](HistoryStore *store) {
        replaceHistoryReader(m_runtime.monitor().catalog().settings.retention);
        connect(store, &HistoryStore::statusChanged, this,
                [this, store](HistoryStore::Status status, const QString &message) {
                    switch (status) {
                    case HistoryStore::Status::Opening:
                    case HistoryStore::Status::Ok:
                        m_window.showHistoryProblem({}, {});
                        break;
                    case HistoryStore::Status::MovedAside:
                        // A reader may still hold the file that was renamed: start a new one on the fresh file.
                        replaceHistoryReader(m_historyRetention);
                        m_window.showHistoryProblem(
                            tr("The history file was damaged; it was set aside and a new one started."), message);
                        break;
                    case HistoryStore::Status::WriteFailing:
                        m_window.showHistoryProblem(
                            tr("History is not being saved — monitoring goes on, and saving resumes when it can."),
                            message);
                        break;
                    case HistoryStore::Status::Unavailable:
                        m_window.showHistoryProblem(tr("History is off — monitoring goes on without it."), message);
                        break;
                    }
                });
    });
    connect(&m_runtime.monitor(), &Monitor::checksUpdated, &m_model, &OverviewModel::applyUpdates);
    connect(&m_runtime.monitor(), &Monitor::checksUpdated, &m_quotas, &QuotaModel::applyUpdates);
    connect(&m_runtime.monitor(), &Monitor::checkStateChanged, &m_model, &OverviewModel::setCheckState);
    connect(&m_window, &MainWindow::pauseRequested, &m_runtime.monitor(), &Monitor::setPaused);

    // The overview's compact quota indicator follows the quota model, coalesced per event-loop turn.
    m_quotaSummary.setSingleShot(true);
    m_quotaSummary.setInterval(0);
    connect(&m_quotaSummary, &QTimer::timeout, this, [this] {
        for (const IntegrationSpec &integration : m_runtime.monitor().catalog().integrations)
            m_model.setQuotaSummary(integration.id, m_quotas.worstStatus(integration.id),
                                    m_quotas.lowestHeadroom(integration.id));
    });
    const auto refresh = [this] { m_quotaSummary.start(); };
    connect(&m_quotas, &QAbstractItemModel::dataChanged, this, refresh);
    connect(&m_quotas, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(&m_quotas, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(&m_quotas, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(&m_quotas, &QAbstractItemModel::modelReset, this, refresh);
}

void Dashboard::replaceHistoryReader(const Retention &retention)
{
    m_window.setHistoryProvider(nullptr);
    m_history.reset(); // waits for its queries
    m_historyRetention = retention;
    m_history = std::make_unique<HistoryReader>(m_runtime.history()->path(), retention);
    m_window.setHistoryProvider(m_history.get());
}

// The window must let go of the reader before it goes.
Dashboard::~Dashboard()
{
    m_window.setHistoryProvider(nullptr);
}

void Dashboard::start()
{
    m_runtime.start();
}

} // namespace gw
