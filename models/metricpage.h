#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace gw {

// What a Prometheus text exposition (format 0.0.4) says, as plain values. Names and label strings
// stay bytes as they were sent (UTF-8); the parser shares equal label names between samples.

enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };

struct MetricSample
{
    QByteArray name;                                 // as written: for histograms with _bucket/_sum/_count
    QList<std::pair<QByteArray, QByteArray>> labels; // unescaped values, in page order
    double value = 0;                                // NaN and ±Inf as sent
    std::optional<qint64> timestampMs;

    // The value of a label, or nullopt when the sample has none of that name.
    std::optional<QByteArrayView> label(QByteArrayView name) const;

    bool operator==(const MetricSample &) const = default;
};

// All samples of one metric name (and, for histograms and summaries, its suffixed series), in page order.
struct MetricFamily
{
    QByteArray name;
    MetricType type = MetricType::Untyped;
    QString help; // unescaped
    QList<MetricSample> samples;

    bool operator==(const MetricFamily &) const = default;
};

// A line that could not be read; the rest of the page still is.
struct MetricProblem
{
    int line = 0; // 1-based
    QString message;

    bool operator==(const MetricProblem &) const = default;
};

struct MetricPage
{
    QList<MetricFamily> families;
    QList<MetricProblem> problems;
    // Set when the whole body is not Prometheus text (an HTML error page, JSON): then families
    // and problems are empty and this says what it looked like.
    QString notPrometheus;

    const MetricFamily *family(QByteArrayView name) const;

    bool operator==(const MetricPage &) const = default;
};

} // namespace gw
