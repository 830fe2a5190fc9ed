#pragma once

#include "alertengine.h"
#include "desktopnotifications.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace gw {

// The tray icon: its colour is the worst severity firing (green when nothing is), its tooltip says
// how many alerts need someone, and desktop notifications appear from it. Where the desktop has a
// notification server (DesktopNotifications), a firing or flapping alert's notification has
// Acknowledge and Silence for 1 hour buttons, and a newer notification of the same alert replaces
// it; otherwise the tray shows it. Clicking a notification opens that alert on the Alerts page.
// Where the desktop has neither, notifications go to the window's status bar (shown()). GUI
// thread.
class AlertTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTray)

public:
    static constexpr qint64 silenceMs = 3'600'000; // the notification's Silence button

    // `desktop` may be null (or without a server): the tray shows the notifications.
    explicit AlertTray(QWidget *window, DesktopNotifications *desktop = nullptr);
    ~AlertTray() override;

    bool hasTray() const { return m_tray != nullptr; }
    // -1: nothing fires.
    void setAttention(int unhandled, int worstSeverity);
    int worstSeverity() const { return m_worst; }
    QString toolTip() const;

    // A desktop notification for a transition; `sound` beeps.
    void notify(const gw::AlertNotice &notice, const QString &summary, bool sound);

Q_SIGNALS:
    void openRequested(const QString &rule);
    // The notification's buttons.
    void acknowledgeRequested(const QString &rule);
    void silenceRequested(const QString &rule, qint64 durationMs);
    void showWindowRequested();
    void quitRequested();
    // Where there is no tray: the notification's text, for the status bar.
    void shown(const QString &text);

private:
    QPointer<QWidget> m_window;
    QPointer<DesktopNotifications> m_desktop;
    QSystemTrayIcon *m_tray = nullptr;
    int m_worst = -1;
    int m_unhandled = 0;
    QString m_lastRule;
};

} // namespace gw
