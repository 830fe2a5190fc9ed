#pragma once

#include "alertengine.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace gw {

// The tray icon: its colour is the worst severity firing (green when nothing is), its tooltip says
// how many alerts need someone, and desktop notifications appear from it. Clicking a notification
// opens that alert on the Alerts page, where it is one click to acknowledge or silence. Where the
// desktop has no tray, notifications go to the window's status bar instead (shown()). GUI thread.
class AlertTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTray)

public:
    explicit AlertTray(QWidget *window);
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
    void showWindowRequested();
    void quitRequested();
    // Where there is no tray: the notification's text, for the status bar.
    void shown(const QString &text);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_worst = -1;
    int m_unhandled = 0;
    QString m_lastRule;
};

} // namespace gw
