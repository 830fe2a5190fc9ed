#include "failuresmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// The locale's short time with seconds added: failures a few seconds apart must stay apart.
QString timeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(u"ss"_s)) {
        const qsizetype minutes = format.indexOf(u"mm"_s);
        if (minutes >= 0)
            format.insert(minutes + 2, u":ss"_s);
    }
    return format;
}

QString shortTimeWithSeconds(qint64 atMs)
{
    const QLocale locale;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' '
           + locale.toString(local.time(), timeFormatWithSeconds(locale));
}

} // namespace

FailuresModel::FailuresModel(QObject *parent) : QAbstractTableModel(parent)
{}

void FailuresModel::setFailures(const QList<CheckSample> &failures)
{
    beginResetModel();
    m_failures = failures;
    endResetModel();
}

void FailuresModel::clear()
{
    if (m_failures.isEmpty())
        return;
    beginResetModel();
    m_failures.clear();
    endResetModel();
}

void FailuresModel::setCheckNames(const QHash<QString, QString> &namesByCheckId)
{
    m_checkNames = namesByCheckId;
    if (!m_failures.isEmpty())
        Q_EMIT dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
}

int FailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_failures.size());
}

int FailuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FailuresModel::checkName(const QString &checkId) const
{
    return m_checkNames.value(checkId, checkId);
}

QVariant FailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckSample &failure = m_failures.at(index.row());
    const HistorySample &sample = failure.sample;
    switch (role) {
    case StatusRole:
        return static_cast<int>(sample.state);
    case FailureClassRole:
        return static_cast<int>(sample.failureClass);
    case TimeRole:
        return sample.atMs;
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case TimeColumn:
            return raw ? QVariant(sample.atMs) : QVariant(shortTimeWithSeconds(sample.atMs));
        case CheckColumn:
            return checkName(failure.checkId);
        case StateColumn:
            return raw ? QVariant(static_cast<int>(sample.state)) : QVariant(stateText(sample.state));
        case HttpStatusColumn:
            if (sample.httpStatus == 0)
                return raw ? QVariant(0) : QVariant(tr("none", "no HTTP response was received"));
            return raw ? QVariant(sample.httpStatus) : QVariant(QString::number(sample.httpStatus));
        case FailureClassColumn:
            return failureClassText(sample.failureClass);
        case ReasonColumn:
            return sample.reason;
        default:
            break;
        }
        break;
    }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(sample.atMs).toLocalTime(), QLocale::LongFormat);
        if (index.column() == ReasonColumn && !sample.reason.isEmpty())
            return sample.reason;
        if (index.column() == CheckColumn)
            return failure.checkId;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatusColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant FailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CheckColumn:
        return tr("Check");
    case StateColumn:
        return tr("State");
    case HttpStatusColumn:
        return tr("HTTP", "column header: HTTP status code");
    case FailureClassColumn:
        return tr("Failure");
    case ReasonColumn:
        return tr("Reason");
    default:
        break;
    }
    return {};
}

QString FailuresModel::failureClassText(FailureClass failureClass)
{
    switch (failureClass) {
    case FailureClass::None:
        break;
    case FailureClass::Dns:
        return tr("Name lookup (DNS)");
    case FailureClass::Connect:
        return tr("Connection failed");
    case FailureClass::Tls:
        return tr("TLS / certificate");
    case FailureClass::Timeout:
        return tr("Timeout");
    case FailureClass::HttpStatus:
        return tr("HTTP error status");
    case FailureClass::Condition:
        return tr("Condition not met");
    case FailureClass::RateLimited:
        return tr("Rate limited");
    case FailureClass::BodyTooLarge:
        return tr("Response too large");
    case FailureClass::LocalNetwork:
        return tr("Local network");
    }
    return tr("Other", "failure without a class");
}

QString FailuresModel::stateText(HealthStatus state)
{
    switch (state) {
    case HealthStatus::Up:
        return tr("Up");
    case HealthStatus::Degraded:
        return tr("Degraded");
    case HealthStatus::Down:
        return tr("Down");
    case HealthStatus::Paused:
        return tr("Paused");
    case HealthStatus::RateLimited:
        return tr("Rate limited");
    case HealthStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace gw
