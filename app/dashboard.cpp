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

Dashboard::Dashboard(const QString &configPath, QObject *parent)
    : QObject(parent), m_window(&m_model, &m_quotas), m_runtime(configPath)
{
    m_window.setConfigPath(configPath);
    connect(&m_runtime, &Runtime::catalogApplied, this, [this](const Catalog &catalog) {
        m_model.setCatalog(catalog);
        m_quotas.setCatalog(catalog);
        m_window.showConfigProblems({}, true);
    });
    connect(&m_runtime, &Runtime::configFailed, this, [this](const ConfigErrors &errors, bool keptLastGood) {
        m_window.showConfigProblems(describe(errors), keptLastGood);
    });
    connect(&m_runtime.monitor(), &Monitor::checksUpdated, &m_model, &OverviewModel::applyUpdates);
    connect(&m_runtime.monitor(), &Monitor::checksUpdated, &m_quotas, &QuotaModel::applyUpdates);
    connect(&m_runtime.monitor(), &Monitor::checkStateChanged, &m_model, &OverviewModel::setCheckState);
    connect(&m_window, &MainWindow::pauseRequested, &m_runtime.monitor(), &Monitor::setPaused);
}

void Dashboard::start()
{
    m_runtime.start();
}

} // namespace gw
