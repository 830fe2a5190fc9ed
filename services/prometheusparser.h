#pragma once

#include "metricpage.h"

#include <QByteArrayView>

namespace gw {

// The Prometheus text exposition format 0.0.4, all of it: # HELP and # TYPE (with their escapes),
// other comments, label values with \\ \" \n escapes, a trailing comma in a label set, NaN and
// ±Inf, exponents, optional millisecond timestamps, histograms, summaries and untyped samples.
// A bad line becomes a MetricProblem with its line number and the rest of the page is still read;
// a body that is not Prometheus text at all (HTML, JSON) is one clear notPrometheus message.
// Fast and allocation-conscious: equal label names are shared between samples.
class PrometheusParser
{
public:
    static MetricPage parse(QByteArrayView text);
};

} // namespace gw
