#pragma once

#include "gatewayevent.h"

#include <QDialog>

#include <memory>

namespace gw {

class HistoryProvider;

// The failed calls the gateway reported for one route (or service) in one time window, newest
// first, with every detail of the selected call beside the table. Reached from the Gateway page;
// the query runs off the GUI thread. GUI thread.
class FailedCallsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedCallsDialog)

public:
    // `feedConfigured` false: the gateway has no event feed, and the dialog says how to add one.
    FailedCallsDialog(HistoryProvider *history, const EventQuery &query, bool feedConfigured,
                      QWidget *parent = nullptr);
    ~FailedCallsDialog() override;

    const EventQuery &query() const;
    int callCount() const;

Q_SIGNALS:
    void loaded(int calls); // the query answered (tests)

private:
    void load();
    void showSelected();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
