#include "prometheusparser.h"

namespace gw {

MetricPage PrometheusParser::parse(QByteArrayView)
{
    return {};
}

} // namespace gw
