#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gw::sim {

// A gateway service and route the product's calls to one vendor go through, as Kong names them
// on /metrics and in the event feed, with the vendor URL it proxies to and how busy it is.
struct EgressRoute
{
    QString vendor;      // simulator vendor name, e.g. "stripe"
    QString service;     // Kong service, e.g. "payments"
    QString route;       // Kong route, e.g. "charges"
    QString integration; // what the gateway's tags say the route belongs to; empty when untagged
    QString consumer;    // the product component calling it
    QByteArray method;
    QString url; // where the route sends the call, e.g. https://api.stripe.com/v1/charges?limit=100
    double callsPerSecond = 0;
    double timeoutMs = 10'000; // the service's read timeout

    QString path() const; // of url, what vendor faults are set on
};

QList<EgressRoute> egressRoutes();

} // namespace gw::sim
