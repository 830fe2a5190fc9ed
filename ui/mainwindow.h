#pragma once

#include <QMainWindow>

namespace gw {

class OverviewModel;

// The main window: overview of all integrations with overall health in the title and status bar,
// a banner for configuration problems, and an empty state. Talks to the rest of the app only
// through the model it is given and the slots below. Lives on the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(OverviewModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    // A configuration problem (positioned messages, one per line). An empty list hides the banner.
    // `keptRunning` says whether the last good configuration is still being monitored.
    void showConfigProblems(const QStringList &problems, bool keptRunning);
    // The file being monitored, shown in the status bar and the empty state.
    void setConfigPath(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
