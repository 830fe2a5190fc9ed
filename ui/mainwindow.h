#pragma once

#include <QMainWindow>

#include <memory>

namespace gw {

class OverviewModel;
class QuotaModel;

// The main window: an Overview tab of all integrations with overall health in the title and status
// bar, a banner for configuration problems and an empty state, and a Quotas tab whose title counts
// quotas that need attention. Talks to the rest of the app only
// through the models it is given and the slots below. Lives on the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(OverviewModel *model, QuotaModel *quotas, QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    // A configuration problem (positioned messages, one per line). An empty list hides the banner.
    // `keptRunning` says whether the last good configuration is still being monitored.
    void showConfigProblems(const QStringList &problems, bool keptRunning);
    // Standing notes on how the checks run (e.g. intervals stretched to fit a budget), one per
    // line; an empty list hides them.
    void showNotices(const QStringList &notices);
    // The file being monitored, shown in the status bar and the empty state.
    void setConfigPath(const QString &path);

Q_SIGNALS:
    // The user asked to pause or resume a check, or a whole integration when `checkId` is empty.
    void pauseRequested(const QString &integrationId, const QString &checkId, bool paused);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildOverviewPage();
    void buildEmptyPage();
    void buildConfigErrorPage();
    void buildMenus();
    void updateCheckActions();
    void requestPause(bool paused);
    void setupColumns();
    void applyFilter(const QString &text);
    // Expands top-level rows in [first, last] (all when last is -1) unless the user collapsed them.
    void applyExpansion(int first = 0, int last = -1);
    void updatePage();
    void scheduleSummary();
    void refreshSummary();
    void updateOverallColour();
    void updateQuotasTab();
    void applyColours();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
