#pragma once

#include <QWidget>

#include <memory>

namespace gw {

class QuotaModel;

// The quotas tab: a sortable table of every quota the vendors report (headroom as a gauge, status
// as a pill), and under it a chart of the selected quota's remaining units over time with its
// limit and resets. An empty state until some vendor reports a quota. GUI thread.
class QuotasPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotasPage)

public:
    explicit QuotasPage(QuotaModel *model, QWidget *parent = nullptr);
    ~QuotasPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTable(QWidget *parent);
    void buildChart(QWidget *parent);
    void updateState();
    void selectCurrent();
    void scheduleChart();
    void refreshChart();
    void applyColours();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
