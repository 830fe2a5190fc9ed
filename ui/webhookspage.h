#pragma once

#include "gatewayevent.h"
#include "webhookhealth.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace gw {

class HistoryProvider;
class WebhookDeliveriesModel;

// The webhooks the gateway received, from its event feed as the history keeps them: per-source
// health above (delivered share, signature failures, duplicates, lag, volume against the usual
// level for the hour; a click filters by the source), the deliveries below, filterable by source,
// kind of problem, time window and free text, and the selected delivery's evidence beside them:
// how its signature was verified, raw headers, raw and pretty payload, and the attempts to forward
// it. Everything shown was redacted when it was stored. Asks again every five seconds while
// visible and every minute while not (for the tab's count); the selection stays on its delivery.
// GUI thread.
class WebhooksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPage)

public:
    // Deliveries asked for at most per refresh; the health then speaks of the newest ones.
    static constexpr int maxDeliveries = 5000;

    explicit WebhooksPage(QWidget *parent = nullptr);
    ~WebhooksPage() override;

    // nullptr: there is no history, and the page says so. Not owned.
    void setProvider(const HistoryProvider *provider);
    // Where "now" comes from; the wall clock unless a test says otherwise.
    void setClock(std::function<qint64()> clock);
    // Shows one source's deliveries (empty: every source).
    void showSource(const QString &source);
    // Asks for the deliveries and volumes again.
    void refresh();

    WebhookDeliveriesModel *model() const;
    // The health above the table, as last computed.
    QList<WebhookSourceHealth> health() const;
    // The delivery whose details are shown.
    std::optional<GatewayEvent> shownDelivery() const;
    // Rows the filters let through.
    int visibleDeliveries() const;

Q_SIGNALS:
    // Deliveries and health arrived and are on screen.
    void refreshed();
    // How many sources need attention changed (for the tab's title).
    void attentionChanged(int sources);

public:
    // Sources that need attention (WebhookSourceHealth::needsAttention()).
    int attention() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildFilters();
    void buildHealth();
    void buildDetail();
    void applyFilter();
    void handleAnswer(quint64 generation);
    void fillHealth();
    void fillSources();
    void updateCount();
    void selectionChanged();
    void showDelivery(const GatewayEvent &event);
    void showPayload();
    void copySummary();
    void applyColours();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
