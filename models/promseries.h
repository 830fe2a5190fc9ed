#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace gw {

// What Prometheus's HTTP API answers to a query, as plain values (services/prometheusapi reads
// it from the wire).
struct PromPoint
{
    qint64 atMs = 0;
    double value = 0; // NaN and ±Inf as Prometheus sent them

    bool operator==(const PromPoint &) const = default;
};

// One series of an answer: its labels (`__name__` included when Prometheus kept it) and its
// points, oldest first: one for a vector, one per step for a matrix.
struct PromSeries
{
    QMap<QString, QString> labels;
    QList<PromPoint> points;

    bool operator==(const PromSeries &) const = default;
};

// What `/api/v1/query` or `/api/v1/query_range` answered. A scalar is one series without labels.
struct PromAnswer
{
    enum class Type { Vector, Matrix, Scalar, String };
    Type type = Type::Vector;
    QList<PromSeries> series;
    QString text; // a string result
    QStringList warnings;

    bool operator==(const PromAnswer &) const = default;
};

} // namespace gw
