#include "requestbudget.h"

#include "duration.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(gw::RequestBudget)
};

} // namespace

Result<RequestBudget> RequestBudget::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0)
        return Error{Text::tr("expected a budget like 60/h, 100/min or 10/30s"), 0};
    bool ok = false;
    const int requests = trimmed.left(slash).trimmed().toInt(&ok);
    if (!ok || requests <= 0)
        return Error{Text::tr("the number of requests must be a whole number above 0"), 0};

    const QStringView unit = trimmed.mid(slash + 1).trimmed();
    std::chrono::milliseconds period{0};
    if (unit == u"s" || unit == u"sec")
        period = 1s;
    else if (unit == u"m" || unit == u"min")
        period = 1min;
    else if (unit == u"h")
        period = 1h;
    else if (unit == u"d" || unit == u"day")
        period = 24h;
    else if (const auto duration = parseDuration(unit); duration.ok() && duration.value() > 0ms)
        period = duration.value();
    else
        return Error{Text::tr("unknown period '%1' (use s, min, h, d or a duration like 30s)").arg(unit.toString()),
                     slash + 1};
    return RequestBudget{requests, period};
}

QString RequestBudget::toString() const
{
    return QString::number(requests) + u'/' + formatDuration(period);
}

BudgetWindow::BudgetWindow(RequestBudget budget) : m_budget(budget)
{}

void BudgetWindow::expire(qint64 nowMs)
{
    while (!m_sent.empty() && m_sent.front() <= nowMs - m_budget.period.count())
        m_sent.pop_front();
}

bool BudgetWindow::tryConsume(qint64 nowMs)
{
    if (m_budget.requests <= 0)
        return true; // no budget: unlimited
    expire(nowMs);
    if (static_cast<int>(m_sent.size()) >= m_budget.requests)
        return false;
    m_sent.push_back(nowMs);
    return true;
}

std::optional<qint64> BudgetWindow::availableAtMs(qint64 nowMs)
{
    if (m_budget.requests <= 0 || spent(nowMs) < m_budget.requests)
        return std::nullopt;
    // The window holds exactly `requests` after expiry (tryConsume never adds more), so the
    // first of them is the one that frees a place.
    return m_sent.front() + m_budget.period.count();
}

int BudgetWindow::spent(qint64 nowMs)
{
    expire(nowMs);
    return static_cast<int>(m_sent.size());
}

} // namespace gw
