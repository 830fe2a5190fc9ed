#include "historystore.h"

namespace gw {

struct HistoryStore::Private
{
    Options options;
    Status status = Status::Opening;
};

HistoryStore::HistoryStore(Options options, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

HistoryStore::~HistoryStore() = default;

void HistoryStore::open() {}
void HistoryStore::record(const QList<CheckUpdate> &) {}
void HistoryStore::recordState(const QString &, const QString &, HealthStatus, qint64) {}
void HistoryStore::flush()
{
    Q_EMIT flushed();
}

HistoryStore::Status HistoryStore::status() const
{
    return d->status;
}

QString HistoryStore::path() const
{
    return d->options.path;
}

} // namespace gw
