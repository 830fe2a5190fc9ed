#include "dashboard.h"

#include "alertrulesfile.h"
#include "alertspage.h"
#include "alerttray.h"
#include "failedcallspage.h"
#include "gatewaypage.h"
#include "scorecardsource.h"
#include "scorecardspage.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrentRun>
#include <QLocale>
#include <QStatusBar>

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
    m_runtime.setFollowsTeamBackends(true);
    connect(&m_runtime, &Runtime::catalogApplied, this, [this](const Catalog &catalog) {
        // Charts pick their resolution from the retention: a reload that changed it needs a new reader.
        if (m_history && m_runtime.history() && catalog.settings.retention != m_historyRetention)
            replaceHistoryReader(catalog.settings.retention);
        m_model.setCatalog(catalog);
        m_quotas.setCatalog(catalog);
        m_window.gatewayPage()->setGateway(catalog.gateway);
        QList<QPair<QString, QString>> integrations;
        for (const IntegrationSpec &integration : catalog.integrations)
            integrations.append({integration.id, integration.name});
        m_window.failedCallsPage()->setIntegrations(integrations);
        showGateway();
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
                        m_window.showHistoryProblem({}, {});
                        break;
                    case HistoryStore::Status::Ok:
                        m_window.showHistoryProblem({}, {});
                        // Scorecards asked for while the file was still being opened found no tables.
                        m_window.scorecardsPage()->refresh();
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
    // Beside what is measured, what the vendors' own status pages say.
    connect(&m_runtime.statusPages(), &StatusWatch::statusRead, &m_model, &OverviewModel::setVendorStatus);
    connect(&m_runtime.statusPages(), &StatusWatch::statusForgotten, &m_model, &OverviewModel::forgetVendorStatus);
    connect(&m_window, &MainWindow::pauseRequested, this,
            [this](const QString &integrationId, const QString &checkId, bool paused) {
                if (m_runtime.readsPrometheus())
                    m_window.statusBar()->showMessage(
                        tr("The checks run on the agents that Prometheus scrapes: pause them there."), 30'000);
                else
                    m_runtime.monitor().setPaused(integrationId, checkId, paused);
            });

    // Retry now on the Failed calls page runs the check, and its next result answers it.
    FailedCallsPage *calls = m_window.failedCallsPage();
    connect(calls, &FailedCallsPage::retryRequested, this, [this](const QString &integrationId, const QString &checkId) {
        if (!m_runtime.readsPrometheus())
            m_runtime.monitor().runNow(integrationId, checkId);
    });
    connect(&m_runtime.monitor(), &Monitor::checksUpdated, calls, [calls](const QList<CheckUpdate> &updates) {
        for (const CheckUpdate &update : updates)
            calls->showRetryResult(update.sample);
    });

    // The Gateway page: every page read, every change of the gateway's own checks, the feed's state.
    connect(&m_runtime.gateway(), &GatewayWatch::updated, this, &Dashboard::showGateway);
    const auto showGatewayChecks = [this](const QList<CheckUpdate> &updates) {
        if (std::any_of(updates.cbegin(), updates.cend(),
                        [](const CheckUpdate &u) { return u.sample.integrationId == Catalog::gatewayId; }))
            showGateway();
    };
    connect(&m_runtime.monitor(), &Monitor::checksUpdated, this, showGatewayChecks);
    connect(&m_runtime.prometheus(), &PrometheusWatch::checksUpdated, this, showGatewayChecks);
    connect(&m_runtime, &Runtime::eventFeedChanged, this, &Dashboard::followFeed);
    connect(&m_runtime, &Runtime::eventFeedProblem, this,
            [this](const QString &message) { m_window.gatewayPage()->setEventFeedStatus(message, true); });
    connect(m_window.gatewayPage(), &GatewayPage::failedCallsRequested, this, &Dashboard::showFailedCalls);

    wireLiveSource();
    wireAlerts();
    wireScorecards();

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

void Dashboard::wireLiveSource()
{
    PrometheusWatch &watch = m_runtime.prometheus();
    connect(&watch, &PrometheusWatch::checksUpdated, &m_model, &OverviewModel::applyUpdates);
    connect(&watch, &PrometheusWatch::checksUpdated, &m_quotas, &QuotaModel::applyUpdates);
    connect(&watch, &PrometheusWatch::checkStateChanged, &m_model, &OverviewModel::setCheckState);
    connect(&watch, &PrometheusWatch::problemChanged, this, [this, &watch](const QString &problem) {
        if (problem.isEmpty()) {
            m_window.showLiveSourceProblem({}, {});
        } else if (watch.lastAnswerMs() == 0) {
            m_window.showLiveSourceProblem(tr("Prometheus does not answer — no live state has been read yet."),
                                           problem);
        } else {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(watch.lastAnswerMs()).toLocalTime();
            m_window.showLiveSourceProblem(
                tr("Prometheus does not answer — the states shown are those of %1.")
                    .arg(QLocale().toString(at.time(), QLocale::ShortFormat)),
                problem);
        }
    });
    connect(&m_runtime, &Runtime::liveSourceProblem, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            m_window.showLiveSourceProblem(tr("The live state cannot be read."), problem);
        else if (m_runtime.prometheus().problem().isEmpty())
            m_window.showLiveSourceProblem({}, {});
    });
    connect(&m_runtime, &Runtime::liveSourceChanged, this, [this] {
        const ApiServer *server = m_runtime.prometheusServer();
        m_window.setLiveSource(server ? tr("Prometheus at %1").arg(server->name())
                                      : m_runtime.readsPrometheus() ? tr("Prometheus") : QString());
        chooseHistoryProvider();
    });
}

void Dashboard::wireAlerts()
{
    AlertCenter &center = m_runtime.alertCenter();
    AlertsPage *page = m_window.alertsPage();
    const auto showActive = [this, page] {
        AlertCenter &center = m_runtime.alertCenter();
        // While the team's Alertmanager is followed, its alerts stand beside this desktop's, and its
        // silences are the ones that count.
        page->setAlerts(m_runtime.followsAlertmanager()
                            ? withTeamAlerts(center.active(), m_runtime.alertmanager().alerts(), m_runtime.alerts().now())
                            : center.active());
        page->setSilences(m_runtime.followsAlertmanager() ? m_runtime.alertmanager().silences() : center.silences(),
                          m_runtime.alerts().now());
    };
    const auto showHistory = [this, page] { page->setHistory(m_runtime.alertCenter().history(page->historyQuery())); };
    // After every evaluation too: silences start and end by the clock, not only by what people do.
    connect(&center, &AlertCenter::changed, this, showActive);
    connect(&center, &AlertCenter::recorded, this, showHistory);
    connect(&m_runtime, &Runtime::catalogApplied, this, [this, page, showActive, showHistory](const Catalog &catalog) {
        page->setRules(catalog.alerts, QFileInfo(m_runtime.config().path()).isWritable());
        page->setCatalog(catalog);
        showActive();
        showHistory();
    });
    // Rules edited on the page go into the configuration file; its watcher reloads it from there.
    connect(page, &AlertsPage::rulesEdited, this, [this, page](const QList<AlertRule> &rules) {
        const Result<Catalog, ConfigErrors> saved = AlertRulesFile::save(m_runtime.config().path(), rules);
        if (!saved) {
            QStringList lines;
            for (const ConfigError &error : saved.error())
                lines.append(error.toString());
            page->showActionProblem(tr("The rules were not saved:") + u'\n' + lines.join(u'\n'));
        }
    });
    connect(page, &AlertsPage::historyRequested, this, showHistory);
    wireAlertmanager(showActive);

    // The tray icon follows the page's count and colour and opens the page on its notifications.
    auto *desktop = new DesktopNotifications(QDBusConnection::sessionBus(), this);
    m_tray = new AlertTray(&m_window, desktop);
    connect(page, &AlertsPage::attentionChanged, m_tray, &AlertTray::setAttention);
    // The notification's buttons act as the page's do, under the same user, and say so.
    const auto showProblem = [this](const QString &problem) {
        if (!problem.isEmpty())
            m_window.statusBar()->showMessage(problem, 30'000);
    };
    connect(desktop, &DesktopNotifications::failed, this, showProblem);
    connect(m_tray, &AlertTray::acknowledgeRequested, this, [this, showProblem](const QString &rule) {
        showProblem(
            m_runtime.alertCenter().acknowledge(rule, tr("Acknowledged from the desktop notification")).value_or(QString()));
    });
    connect(m_tray, &AlertTray::silenceRequested, this, [this, showProblem](const QString &rule, qint64 durationMs) {
        AlertLabels labels;
        for (const AlertRule &alertRule : m_runtime.alerts().engine().rules()) {
            if (alertRule.name == rule)
                labels = alertLabels(alertRule);
        }
        silence(matchersFor(rule, labels), durationMs, tr("Silenced from the desktop notification"), showProblem);
    });
    connect(m_tray, &AlertTray::openRequested, this, [this](const QString &rule) {
        m_window.showAlerts(rule);
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
    connect(m_tray, &AlertTray::showWindowRequested, this, [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
    connect(m_tray, &AlertTray::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(&m_runtime.notifier(), &AlertNotifier::desktopNotified, m_tray,
            [this](const QString &channel, const AlertNotice &notice, const AlertRule &rule, bool sound,
                   bool reminder) {
                // Shown here (the agent has no desktop), so recorded here.
                m_runtime.alertCenter().recordNotification(notice, channel, {});
                QString summary = rule.annotations.value(QStringLiteral("summary"));
                if (reminder)
                    summary = summary.isEmpty() ? tr("Still firing") : tr("Still firing: %1").arg(summary);
                m_tray->notify(notice, summary, sound);
            });
    // A channel that fails shows on the page until it delivers again.
    const auto showNotifyProblems = [this, page] {
        QStringList lines;
        for (auto it = m_notifyProblems.cbegin(); it != m_notifyProblems.cend(); ++it)
            lines.append(it.value());
        page->setNotificationProblems(lines);
    };
    connect(&m_runtime.notifier(), &AlertNotifier::failed, this,
            [this, showNotifyProblems](const QString &channel, const AlertNotice &, const QString &error, bool willRetry) {
                m_notifyProblems.insert(channel, willRetry ? tr("%1 (trying again)").arg(error) : error);
                showNotifyProblems();
            });
    connect(&m_runtime.notifier(), &AlertNotifier::delivered, this,
            [this, showNotifyProblems](const QString &channel) {
                if (m_notifyProblems.remove(channel) > 0)
                    showNotifyProblems();
            });
    connect(m_tray, &AlertTray::shown, this,
            [this](const QString &text) { m_window.statusBar()->showMessage(text, 30'000); });

    const auto report = [page](const std::optional<QString> &problem) {
        page->showActionProblem(problem.value_or(QString()));
    };
    connect(page, &AlertsPage::acknowledgeRequested, this, [this, report](const QString &rule, const QString &note) {
        const QList<AlertRule> &evaluated = m_runtime.alerts().engine().rules();
        const bool own = std::any_of(evaluated.cbegin(), evaluated.cend(),
                                     [&rule](const AlertRule &r) { return r.name == rule; });
        if (m_runtime.followsAlertmanager() && !own) {
            report(tr("%1 is an alert of the team's Alertmanager, which keeps no acknowledgements: silence it, or "
                      "acknowledge it where Alertmanager sends it")
                       .arg(rule));
            return;
        }
        report(m_runtime.alertCenter().acknowledge(rule, note));
    });
    connect(page, &AlertsPage::noteRequested, this, [this, report](const QString &rule, const QString &note) {
        report(m_runtime.alertCenter().addNote(rule, note));
    });
    connect(page, &AlertsPage::silenceRequested, this,
            [this, page](const QList<LabelMatcher> &matchers, qint64 durationMs, const QString &comment) {
                silence(matchers, durationMs, comment, [page](const QString &problem) { page->showActionProblem(problem); });
            });
    connect(page, &AlertsPage::expireSilenceRequested, this, [this, page, report](const QString &id) {
        if (m_runtime.followsAlertmanager()) {
            m_runtime.alertmanager().expireSilence(id).then(this, [page](const AmResult<bool> &expired) {
                page->showActionProblem(expired ? QString() : expired.error().message);
            });
            return;
        }
        report(m_runtime.alertCenter().expireSilence(id));
    });
    connect(page, &AlertsPage::evidenceRequested, this, [this](const QString &rule, qint64 fromMs, qint64 toMs) {
        CallFilter filter;
        for (const AlertRule &alertRule : m_runtime.alerts().engine().rules()) {
            if (alertRule.name == rule) {
                const QString integration = alertLabels(alertRule).value(QStringLiteral("integration"));
                if (!integration.isEmpty())
                    filter.integrations = {integration};
            }
        }
        filter.fromMs = fromMs;
        filter.toMs = toMs;
        m_window.showFailedCalls(filter);
    });
}

void Dashboard::wireAlertmanager(const std::function<void()> &showActive)
{
    AlertmanagerWatch &watch = m_runtime.alertmanager();
    connect(&watch, &AlertmanagerWatch::silencesRead, this, showActive);
    connect(&watch, &AlertmanagerWatch::alertsRead, this, showActive);
    // Shown in the status bar until Alertmanager answers again (or another message replaces it).
    auto shown = std::make_shared<QString>();
    const auto showProblem = [this, shown](const QString &problem) {
        QStatusBar *bar = m_window.statusBar();
        if (!problem.isEmpty()) {
            *shown = tr("The team's silences cannot be read: %1").arg(problem);
            bar->showMessage(*shown);
        } else if (!shown->isEmpty()) {
            if (bar->currentMessage() == *shown)
                bar->clearMessage();
            shown->clear();
        }
    };
    connect(&watch, &AlertmanagerWatch::problemChanged, this, showProblem);
    connect(&m_runtime, &Runtime::alertmanagerProblem, this, [this, showProblem](const QString &problem) {
        showProblem(problem.isEmpty() ? m_runtime.alertmanager().problem() : problem);
    });
}

void Dashboard::silence(const QList<LabelMatcher> &matchers, qint64 durationMs, const QString &comment,
                        const std::function<void(const QString &)> &report)
{
    if (!m_runtime.followsAlertmanager()) {
        const Result<Silence> saved = m_runtime.alertCenter().silence(matchers, durationMs, comment);
        report(saved ? QString() : saved.error().message);
        return;
    }
    Silence silence;
    silence.matchers = matchers;
    silence.startsAtMs = QDateTime::currentMSecsSinceEpoch();
    silence.endsAtMs = silence.startsAtMs + durationMs;
    silence.createdBy = AlertCenter::osUserName();
    silence.comment = comment;
    if (const std::optional<QString> problem = Silence::problem(silence)) {
        report(*problem);
        return;
    }
    m_runtime.alertmanager().saveSilence(silence).then(this, [report](const AmResult<QString> &saved) {
        report(saved ? QString() : saved.error().message);
    });
}

void Dashboard::wireScorecards()
{
    ScorecardsPage *page = m_window.scorecardsPage();
    connect(&m_runtime, &Runtime::catalogApplied, page, [page](const Catalog &catalog) {
        page->setHasVendors(!catalog.vendors.isEmpty());
        page->refresh();
    });
    connect(page, &ScorecardsPage::reviewsRequested, this, &Dashboard::computeScorecards);
    connect(page, &ScorecardsPage::noteEdited, this, [this, page](ScorecardNote note) {
        IncidentStore *store = m_runtime.alertCenter().store();
        if (!store) {
            page->showNoteProblem(tr("notes are kept in the data directory, and there is none"));
            return;
        }
        note.updatedMs = QDateTime::currentMSecsSinceEpoch();
        note.updatedBy = AlertCenter::osUserName();
        store->saveScorecardNote(note);
        page->showNoteProblem(store->problem());
        // The rating counts towards the score.
        computeScorecards(note.period);
    });
}

void Dashboard::computeScorecards(const Period &period)
{
    ScorecardsPage *page = m_window.scorecardsPage();
    const bool prometheus = m_runtime.readsPrometheus() && m_prometheusHistory;
    if (!prometheus && !m_history) {
        page->showProblem(tr("Scorecards are computed from the history, which is not kept without a data directory."));
        return;
    }
    const Catalog catalog = m_runtime.monitor().catalog();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    // The incident history is read here (its connection is this thread's), the rest on the pool.
    const qint64 fromMs = previousPeriod(period, zone).fromMs;
    IncidentQuery query;
    query.fromMs = fromMs;
    query.limit = std::numeric_limits<int>::max();
    const QList<IncidentEvent> events = m_runtime.alertCenter().history(query);
    QList<ScorecardNote> notes;
    if (const IncidentStore *store = m_runtime.alertCenter().store())
        notes = store->scorecardNotes();

    if (!prometheus) {
        const HistoryReader *reader = m_history.get();
        reviewVendors(catalog, period, zone, notes, [reader, events] { return ScorecardSource(*reader, events); });
        return;
    }
    // The agents' rollups of this period and the one before it (for the trend), up to now.
    QStringList integrations;
    for (const VendorSpec &vendor : catalog.vendors) {
        for (const QString &id : vendor.integrations) {
            if (!integrations.contains(id))
                integrations.append(id);
        }
    }
    const qint64 toMs = std::min(period.toMs, QDateTime::currentMSecsSinceEpoch());
    m_prometheusHistory->scorecardHistory(integrations, fromMs, toMs)
        .then(this, [this, page, catalog, period, zone, notes, events](const Result<PromRollups, QString> &read) {
            if (!read) {
                page->showProblem(tr("The scorecards cannot be computed: %1").arg(read.error()));
                return;
            }
            const HistoryReader *local = m_history.get();
            reviewVendors(catalog, period, zone, notes, [rollups = read.value(), local, events] {
                return ScorecardSource(rollups, local, events);
            });
        });
}

void Dashboard::reviewVendors(const Catalog &catalog, const Period &period, const QTimeZone &zone,
                              const QList<ScorecardNote> &notes, std::function<ScorecardSource()> makeSource)
{
    ScorecardsPage *page = m_window.scorecardsPage();
    struct Answer
    {
        QList<VendorReview> reviews;
        QString problem;
    };
    QFuture<Answer> job = QtConcurrent::run([makeSource, catalog, notes, period, zone] {
        ScorecardSource source = makeSource();
        source.setNotes(notes);
        Answer answer;
        for (const VendorSpec &vendor : catalog.vendors) {
            const Result<VendorReview, QString> review = source.review(catalog, vendor, period, zone);
            if (!review) {
                answer.problem = review.error();
                return answer;
            }
            answer.reviews.append(review.value());
        }
        return answer;
    });
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, page, period] {
        const Answer answer = watcher->result();
        if (answer.problem.isEmpty())
            page->showReviews(period, answer.reviews);
        else
            page->showProblem(tr("The scorecards cannot be computed: %1").arg(answer.problem));
        watcher->deleteLater();
    });
    watcher->setFuture(job);
    m_scorecardJobs.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_scorecardJobs.append(QFuture<void>(job));
}

void Dashboard::waitForScorecards()
{
    for (QFuture<void> &job : m_scorecardJobs)
        job.waitForFinished();
    m_scorecardJobs.clear();
}

void Dashboard::showGateway()
{
    const Catalog &catalog = m_runtime.monitor().catalog();
    const IntegrationSpec *gateway = catalog.integration(Catalog::gatewayId);
    if (!catalog.gateway)
        return;
    // As the overview shows it: the worst of its checks.
    HealthStatus status = gateway && !gateway->checks.isEmpty() ? HealthStatus::Up : HealthStatus::Unknown;
    if (gateway) {
        for (const CheckSpec &check : gateway->checks)
            status = worst(status, m_runtime.readsPrometheus()
                                       ? m_runtime.prometheus().state(Catalog::gatewayId, check.id)
                                       : m_runtime.monitor().state(Catalog::gatewayId, check.id));
    }
    const GatewayWatch &watch = m_runtime.gateway();
    m_window.gatewayPage()->showReading(watch.tracker(), watch.diagnostics(), status,
                                        [&watch](const QString &service, const std::optional<QString> &route) {
                                            return watch.integrationFor(service, route);
                                        });
}

void Dashboard::followFeed(GatewayEventFeed *feed)
{
    m_eventsStored = 0;
    GatewayPage *page = m_window.gatewayPage();
    if (!feed) {
        const Catalog &catalog = m_runtime.monitor().catalog();
        page->setEventFeedStatus(catalog.gateway && catalog.gateway->eventsUrl.isEmpty()
                                     ? tr("No event feed: add events_url to the gateway section to keep its "
                                          "failed calls and webhook deliveries")
                                     : QString(),
                                 false);
        return;
    }
    const auto show = [this, feed, page] {
        using State = GatewayEventFeed::State;
        const State state = feed->state();
        const bool problem = state == State::Retrying || state == State::Paused || state == State::Halted;
        QString text = tr("Event feed: %1 events stored since start").arg(QLocale().toString(m_eventsStored));
        if (problem && !feed->stateMessage().isEmpty())
            text = tr("Event feed: %1").arg(feed->stateMessage());
        page->setEventFeedStatus(text, problem);
    };
    connect(feed, &GatewayEventFeed::eventsArrived, this, [this, show](int count) {
        m_eventsStored += count;
        show();
    });
    connect(feed, &GatewayEventFeed::stateChanged, this, show);
    connect(feed, &GatewayEventFeed::gapReported, this, [page](const EventGap &gap) {
        page->setEventFeedStatus(gap.missed ? tr("Event feed: the gateway no longer had %1 events (%2); they are "
                                                 "missing from the history")
                                                  .arg(QLocale().toString(*gap.missed), gap.reason)
                                            : tr("Event feed: the gateway no longer had some events (%1); they are "
                                                 "missing from the history")
                                                  .arg(gap.reason),
                                 true);
    });
    show();
}

void Dashboard::showFailedCalls(const QString &service, const std::optional<QString> &route, qint64 fromMs, qint64 toMs)
{
    CallFilter filter;
    filter.origin = CallOrigin::Gateway;
    filter.checkOrRoute = route ? service + u'/' + *route : service;
    filter.fromMs = fromMs;
    filter.toMs = toMs + 1; // the window's end is included
    m_window.showFailedCalls(filter);
}

void Dashboard::replaceHistoryReader(const Retention &retention)
{
    m_window.setHistoryProvider(nullptr);
    m_window.failedCallsPage()->setSource(nullptr);
    waitForScorecards();
    m_prometheusHistory.reset();
    m_history.reset(); // waits for its queries
    m_historyRetention = retention;
    m_history = std::make_unique<HistoryReader>(m_runtime.history()->path(), retention);
    m_window.failedCallsPage()->setSource(m_history.get());
    chooseHistoryProvider();
}

void Dashboard::chooseHistoryProvider()
{
    const ApiServer *server = m_runtime.prometheusServer();
    if (!server) {
        m_window.setHistoryProvider(m_history.get());
        m_prometheusHistory.reset();
        return;
    }
    // Failed calls and webhook deliveries still come from the gateway's feed, kept locally.
    PrometheusHistory::Options options;
    options.server = *server;
    auto history = std::make_unique<PrometheusHistory>(options, m_history.get());
    m_window.setHistoryProvider(history.get());
    m_prometheusHistory = std::move(history);
}

// The window must let go of the reader before it goes.
Dashboard::~Dashboard()
{
    m_window.setHistoryProvider(nullptr);
    m_prometheusHistory.reset();
    m_window.failedCallsPage()->setSource(nullptr);
    waitForScorecards();
}

void Dashboard::start()
{
    m_runtime.start();
}

} // namespace gw
