#include "alerttray.h"

#include "statuspalette.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

QIcon dotIcon(const QColor &colour)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(140), 4));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 52, 52));
    return QIcon(pixmap);
}

HealthStatus statusOf(int severity)
{
    switch (severity) {
    case int(AlertSeverity::Critical):
        return HealthStatus::Down;
    case int(AlertSeverity::Warning):
        return HealthStatus::Degraded;
    case int(AlertSeverity::Info):
        return HealthStatus::Paused;
    default:
        return HealthStatus::Up;
    }
}

} // namespace

AlertTray::AlertTray(QWidget *window, DesktopNotifications *desktop) : QObject(window), m_window(window), m_desktop(desktop)
{
    if (m_desktop) {
        connect(m_desktop, &DesktopNotifications::actionInvoked, this, [this](const QString &rule, const QString &action) {
            if (action == u"acknowledge")
                Q_EMIT acknowledgeRequested(rule);
            else if (action == u"silence")
                Q_EMIT silenceRequested(rule, silenceMs);
            else if (action == u"default")
                Q_EMIT openRequested(rule);
        });
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show Gatewatch"), this, &AlertTray::showWindowRequested);
    menu->addAction(tr("Alerts"), this, [this] { Q_EMIT openRequested({}); });
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &AlertTray::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT openRequested(m_lastRule); });
    setAttention(0, -1);
    m_tray->show();
}

AlertTray::~AlertTray() = default;

QString AlertTray::toolTip() const
{
    if (m_worst < 0)
        return tr("Gatewatch: no alert is firing");
    if (m_unhandled == 0)
        return tr("Gatewatch: alerts fire, all of them acknowledged, silenced or held back");
    return tr("Gatewatch: alerts that need someone: %1").arg(m_unhandled);
}

void AlertTray::setAttention(int unhandled, int worstSeverity)
{
    m_unhandled = unhandled;
    m_worst = worstSeverity;
    if (!m_tray)
        return;
    const QPalette palette = m_window ? m_window->palette() : QApplication::palette();
    m_tray->setIcon(dotIcon(StatusPalette(palette).foreground(statusOf(worstSeverity))));
    m_tray->setToolTip(toolTip());
}

void AlertTray::notify(const AlertNotice &notice, const QString &summary, bool sound)
{
    QString title;
    switch (notice.kind) {
    case AlertNotice::Kind::Firing:
        title = tr("%1 is firing").arg(notice.rule);
        break;
    case AlertNotice::Kind::Resolved:
        title = tr("%1 resolved").arg(notice.rule);
        break;
    case AlertNotice::Kind::Flapping:
        title = tr("%1 is flapping").arg(notice.rule);
        break;
    }
    const QString body = summary.isEmpty() ? tr("Severity: %1").arg(machineName(notice.severity))
                                           : summary + u"\n"_s + tr("Severity: %1").arg(machineName(notice.severity));
    if (sound)
        QApplication::beep();
    m_lastRule = notice.rule;
    if (m_desktop && m_desktop->available()) {
        QList<DesktopNotifications::Action> actions{{u"default"_s, tr("Open")}};
        if (notice.kind != AlertNotice::Kind::Resolved)
            actions += {{u"acknowledge"_s, tr("Acknowledge")}, {u"silence"_s, tr("Silence for 1 hour")}};
        const DesktopNotifications::Urgency urgency =
            notice.kind == AlertNotice::Kind::Resolved    ? DesktopNotifications::Urgency::Low
            : notice.severity == AlertSeverity::Critical ? DesktopNotifications::Urgency::Critical
                                                          : DesktopNotifications::Urgency::Normal;
        m_desktop->show(notice.rule, title, body, urgency, actions);
        return;
    }
    if (!m_tray) {
        Q_EMIT shown(title + u" — "_s + summary);
        return;
    }
    const QSystemTrayIcon::MessageIcon icon = notice.kind == AlertNotice::Kind::Resolved ? QSystemTrayIcon::Information
                                              : notice.severity == AlertSeverity::Critical ? QSystemTrayIcon::Critical
                                              : notice.severity == AlertSeverity::Warning  ? QSystemTrayIcon::Warning
                                                                                           : QSystemTrayIcon::Information;
    m_tray->showMessage(title, body, icon, 10'000);
}

} // namespace gw
