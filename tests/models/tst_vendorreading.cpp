#include "vendorreading.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

Q_DECLARE_METATYPE(std::optional<gw::ComponentStatus>)
Q_DECLARE_METATYPE(std::optional<bool>)
Q_DECLARE_METATYPE(gw::StatusPage)
Q_DECLARE_METATYPE(QList<gw::EscalationStep>)

namespace {

// A vendor behind two integrations: "api" is the page's "API" and "Webhooks" components, "dashboard"
// has no component of its own.
VendorSpec vendor()
{
    VendorSpec spec;
    spec.id = u"acme"_s;
    spec.integrations = {u"api"_s, u"dashboard"_s};
    spec.statusPage = u"https://status.acme.example/api/v2/summary.json"_s;
    spec.statusComponents = {{u"API"_s, u"api"_s}, {u"Webhooks"_s, u"api"_s}};
    return spec;
}

StatusIncident incident(const QString &name, const QString &status, const QStringList &components)
{
    StatusIncident result;
    result.name = name;
    result.status = status;
    result.components = components;
    return result;
}

StatusPage page(StatusIndicator indicator, ComponentStatus api, ComponentStatus webhooks,
                const QList<StatusIncident> &incidents = {})
{
    StatusPage result;
    result.indicator = indicator;
    result.components = {{u"1"_s, u"API"_s, api, {}, false}, {u"2"_s, u"Webhooks"_s, webhooks, {}, false}};
    result.incidents = incidents;
    return result;
}

} // namespace

class tst_VendorReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusOf_data()
    {
        QTest::addColumn<StatusPage>("page");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<std::optional<ComponentStatus>>("expected");

        using C = ComponentStatus;
        using I = StatusIndicator;
        // The worse of its two components.
        QTest::newRow("mapped, worst component") << page(I::Major, C::DegradedPerformance, C::MajorOutage) << u"api"_s
                                                 << std::optional(C::MajorOutage);
        QTest::newRow("maintenance is better than degraded")
            << page(I::Minor, C::UnderMaintenance, C::DegradedPerformance) << u"api"_s
            << std::optional(C::DegradedPerformance);
        // Without a component: the indicator, read as a component status.
        QTest::newRow("unmapped, none") << page(I::None, C::MajorOutage, C::MajorOutage) << u"dashboard"_s
                                        << std::optional(C::Operational);
        QTest::newRow("unmapped, minor") << page(I::Minor, C::Operational, C::Operational) << u"dashboard"_s
                                         << std::optional(C::DegradedPerformance);
        QTest::newRow("unmapped, major") << page(I::Major, C::Operational, C::Operational) << u"dashboard"_s
                                         << std::optional(C::PartialOutage);
        QTest::newRow("unmapped, critical") << page(I::Critical, C::Operational, C::Operational) << u"dashboard"_s
                                            << std::optional(C::MajorOutage);
        QTest::newRow("unmapped, maintenance") << page(I::Maintenance, C::Operational, C::Operational)
                                               << u"dashboard"_s << std::optional(C::UnderMaintenance);
        // Its components are gone from the page: the page says nothing of it.
        StatusPage renamed = page(I::None, C::Operational, C::Operational);
        renamed.components = {{u"9"_s, u"REST API"_s, C::Operational, {}, false}};
        QTest::newRow("mapped components missing") << renamed << u"api"_s << std::optional<ComponentStatus>();
    }

    void statusOf()
    {
        QFETCH(StatusPage, page);
        QFETCH(QString, integration);
        QFETCH(std::optional<ComponentStatus>, expected);
        VendorStatusReading reading;
        reading.page = page;
        QCOMPARE(reading.statusOf(vendor(), integration), expected);
    }

    void noPageSaysNothing()
    {
        VendorStatusReading reading;
        reading.problem = VendorStatusReading::Problem::Unreachable;
        QVERIFY(!reading.ok());
        QCOMPARE(reading.statusOf(vendor(), u"api"_s), std::nullopt);
        QCOMPARE(reading.reportsIncident(), std::nullopt);
        QVERIFY(reading.incidentsOf(vendor(), u"api"_s).isEmpty());
    }

    void reportsIncident_data()
    {
        QTest::addColumn<StatusPage>("page");
        QTest::addColumn<std::optional<bool>>("expected");
        using C = ComponentStatus;
        using I = StatusIndicator;
        QTest::newRow("all well") << page(I::None, C::Operational, C::Operational) << std::optional(false);
        QTest::newRow("minor") << page(I::Minor, C::DegradedPerformance, C::Operational) << std::optional(true);
        QTest::newRow("maintenance only") << page(I::Maintenance, C::UnderMaintenance, C::Operational)
                                          << std::optional(false);
        QTest::newRow("open incident, indicator still none")
            << page(I::None, C::Operational, C::Operational, {incident(u"Slow"_s, u"investigating"_s, {})})
            << std::optional(true);
        QTest::newRow("resolved incident")
            << page(I::None, C::Operational, C::Operational, {incident(u"Slow"_s, u"resolved"_s, {})})
            << std::optional(false);
        QTest::newRow("postmortem")
            << page(I::None, C::Operational, C::Operational, {incident(u"Slow"_s, u"postmortem"_s, {})})
            << std::optional(false);
    }

    void reportsIncident()
    {
        QFETCH(StatusPage, page);
        QFETCH(std::optional<bool>, expected);
        VendorStatusReading reading;
        reading.page = page;
        QCOMPARE(reading.reportsIncident(), expected);
    }

    void incidentsOf()
    {
        VendorStatusReading reading;
        reading.page = page(StatusIndicator::Major, ComponentStatus::Operational, ComponentStatus::Operational,
                            {incident(u"API errors"_s, u"identified"_s, {u"API"_s}),
                             incident(u"Login trouble"_s, u"investigating"_s, {u"Dashboard"_s}),
                             incident(u"Something"_s, u"monitoring"_s, {}),
                             incident(u"Old webhooks delay"_s, u"resolved"_s, {u"Webhooks"_s})});
        const auto names = [](const QList<StatusIncident> &incidents) {
            QStringList out;
            for (const StatusIncident &i : incidents)
                out.append(i.name);
            return out;
        };
        // Those naming its components, and those naming none; never resolved ones.
        QCOMPARE(names(reading.incidentsOf(vendor(), u"api"_s)), (QStringList{u"API errors"_s, u"Something"_s}));
        // Without components of its own, every open incident may be about it.
        QCOMPARE(names(reading.incidentsOf(vendor(), u"dashboard"_s)),
                 (QStringList{u"API errors"_s, u"Login trouble"_s, u"Something"_s}));
    }

    void healthOf()
    {
        QCOMPARE(gw::healthOf(ComponentStatus::Operational), HealthStatus::Up);
        QCOMPARE(gw::healthOf(ComponentStatus::DegradedPerformance), HealthStatus::Degraded);
        QCOMPARE(gw::healthOf(ComponentStatus::PartialOutage), HealthStatus::Degraded);
        QCOMPARE(gw::healthOf(ComponentStatus::MajorOutage), HealthStatus::Down);
        QCOMPARE(gw::healthOf(ComponentStatus::UnderMaintenance), HealthStatus::Paused);
    }

    void escalationFor_data()
    {
        QTest::addColumn<QList<EscalationStep>>("steps");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QStringList>("contacts");

        const EscalationStep critical{AlertSeverity::Critical, u"Phone"_s, u"+1 555 0100"_s, std::nullopt};
        const EscalationStep critical2{AlertSeverity::Critical, u"Manager"_s, u"email"_s, std::nullopt};
        const EscalationStep warning{AlertSeverity::Warning, u"Mail"_s, u"email"_s, std::nullopt};
        const QList<EscalationStep> both{critical, warning, critical2};
        QTest::newRow("its own, in file order") << both << int(AlertSeverity::Critical)
                                                << QStringList{u"Phone"_s, u"Manager"_s};
        QTest::newRow("warning") << both << int(AlertSeverity::Warning) << QStringList{u"Mail"_s};
        QTest::newRow("info falls back up to warning") << both << int(AlertSeverity::Info) << QStringList{u"Mail"_s};
        QTest::newRow("critical falls back down to warning")
            << QList<EscalationStep>{warning} << int(AlertSeverity::Critical) << QStringList{u"Mail"_s};
        QTest::newRow("warning falls back up to critical")
            << QList<EscalationStep>{critical} << int(AlertSeverity::Warning) << QStringList{u"Phone"_s};
        QTest::newRow("nobody") << QList<EscalationStep>{} << int(AlertSeverity::Critical) << QStringList{};
    }

    void escalationFor()
    {
        QFETCH(QList<EscalationStep>, steps);
        QFETCH(int, severity);
        QFETCH(QStringList, contacts);
        VendorSpec spec = vendor();
        spec.escalation = steps;
        QStringList actual;
        for (const EscalationStep &step : spec.escalationFor(AlertSeverity(severity)))
            actual.append(step.contact);
        QCOMPARE(actual, contacts);
    }
};

QTEST_GUILESS_MAIN(tst_VendorReading)
#include "tst_vendorreading.moc"
