#pragma once

#include "callsource.h"
#include "sample.h"

#include <QWidget>

#include <memory>

namespace gw {

class CallsModel;

// Every stored failed call, checks' and the gateway's, in one table that stays fast with millions
// of rows (CallsModel), filtered by integration, check or route, failure class, status, time window
// and free text. The selected call's evidence is beside it: Summary, Request, Response (pretty and
// raw), Timing and Compare (against the last good answer of the same check), with Copy as cURL,
// Copy summary (Markdown), Retry now and Export selected (JSON). Everything shown is redacted
// already. Asks its CallSource and receives answers on the GUI thread; answers for a call no longer
// selected are dropped. Counts again every five seconds while visible. GUI thread.
class FailedCallsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedCallsPage)

public:
    explicit FailedCallsPage(QWidget *parent = nullptr);
    ~FailedCallsPage() override;

    // nullptr: there is no history, and the page says so. Not owned.
    void setSource(const CallSource *source);
    // The integrations to offer in the filter, as [id, display name].
    void setIntegrations(const QList<QPair<QString, QString>> &integrations);
    // Shows the calls `filter` selects, with the filter's controls set to match.
    void showCalls(const CallFilter &filter);
    CallFilter filter() const;
    CallsModel *model() const;
    // Counts again (calls arrived or were deleted); the selection stays on its call.
    void refresh();
    // Where "now" comes from for relative windows; the wall clock unless a test says otherwise.
    void setClock(std::function<qint64()> clock);

    // The call whose details are shown, once loaded.
    std::optional<CallRecord> shownCall() const;
    // Writes the selected calls as JSON (callsExport) to `path`; an error message, or empty.
    // The result arrives through exported().
    void exportSelected(const QString &path);

public Q_SLOTS:
    // A result of the shown call's check: shown when it answers Retry now, ignored otherwise.
    void showRetryResult(const gw::Sample &sample);

Q_SIGNALS:
    // The user wants this check run now.
    void retryRequested(const QString &integrationId, const QString &checkId);
    // The details of a call are on screen.
    void callShown(qint64 id);
    // The comparison with the last good answer is on screen (found or not).
    void comparisonShown(qint64 id, bool found);
    // An export finished: how many calls went to `path`, or the error.
    void exported(const QString &path, int calls, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildFilters();
    void buildDetail();
    void applyFilter();
    void updateCount();
    void selectionChanged();
    void showCall(const CallRecord &call);
    void showComparison(const CallRecord &call, const std::optional<CallRecord> &good);
    void showResponseBody();
    void copyCurl();
    void copySummary();
    void retry();
    void chooseExport();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
