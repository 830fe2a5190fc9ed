#include "statuspalette.h"

#include <algorithm>
#include <cmath>

namespace gw {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Hues chosen to read as green/blue/grey/amber/red to people with the common colour-vision
// deficiencies too: the word next to the dot carries the meaning, the hue only supports it.
QColor baseColour(HealthStatus status, bool dark)
{
    switch (status) {
    case HealthStatus::Up:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case HealthStatus::Paused:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case HealthStatus::Degraded:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case HealthStatus::Down:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case HealthStatus::RateLimited:
        // Purple: neither "fine" nor "broken"; the vendor asked us to wait.
        return dark ? QColor(0xbc, 0x8c, 0xff) : QColor(0x82, 0x50, 0xdf);
    case HealthStatus::Unknown:
        break;
    }
    return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x65, 0x6d, 0x76);
}

HealthStatus healthEquivalent(QuotaStatus status)
{
    switch (status) {
    case QuotaStatus::Ok:
        return HealthStatus::Up;
    case QuotaStatus::Warning:
        return HealthStatus::Degraded;
    case QuotaStatus::Critical:
        return HealthStatus::Down;
    case QuotaStatus::Exhausted:
        break;
    }
    return HealthStatus::RateLimited;
}

} // namespace

StatusPalette::StatusPalette(const QPalette &palette)
    : m_base(palette.color(QPalette::Active, QPalette::Base)),
      m_window(palette.color(QPalette::Active, QPalette::Window)), m_dark(m_base.lightness() < 128)
{}

QColor StatusPalette::foreground(HealthStatus status) const
{
    return ensureContrast(baseColour(status, m_dark));
}

QColor StatusPalette::tint(HealthStatus status) const
{
    return blendWithBase(foreground(status), m_dark ? 0.22 : 0.14);
}

QColor StatusPalette::foreground(QuotaStatus status) const
{
    return foreground(healthEquivalent(status));
}

QColor StatusPalette::tint(QuotaStatus status) const
{
    return tint(healthEquivalent(status));
}

QColor StatusPalette::warningBackground() const
{
    return blendWithBase(foreground(HealthStatus::Degraded), m_dark ? 0.20 : 0.13);
}

QColor StatusPalette::warningBorder() const
{
    return blendWithBase(foreground(HealthStatus::Degraded), 0.55);
}

QColor StatusPalette::infoBackground() const
{
    return blendWithBase(foreground(HealthStatus::Paused), m_dark ? 0.20 : 0.10);
}

QColor StatusPalette::infoBorder() const
{
    return blendWithBase(foreground(HealthStatus::Paused), 0.45);
}

double StatusPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Themes with mid-grey bases exist; walk the colour away from the base until text is readable
// (WCAG AA for normal text) against both Base and Window.
QColor StatusPalette::ensureContrast(QColor color) const
{
    constexpr double wanted = 4.5;
    for (int step = 0; step < 20; ++step) {
        if (contrastRatio(color, m_base) >= wanted && contrastRatio(color, m_window) >= wanted)
            break;
        const float target = m_dark ? 1.0f : 0.0f;
        const auto toward = [target](float c) { return c + (target - c) * 0.15f; };
        color = QColor::fromRgbF(toward(color.redF()), toward(color.greenF()), toward(color.blueF()));
    }
    return color;
}

QColor StatusPalette::blendWithBase(const QColor &color, double amount) const
{
    const auto mix = [amount](double over, double under) { return over * amount + under * (1.0 - amount); };
    return QColor::fromRgbF(static_cast<float>(mix(color.redF(), m_base.redF())),
                            static_cast<float>(mix(color.greenF(), m_base.greenF())),
                            static_cast<float>(mix(color.blueF(), m_base.blueF())));
}

} // namespace gw
