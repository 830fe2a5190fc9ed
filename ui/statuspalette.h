#pragma once

#include "healthstatus.h"
#include "quotatracker.h"

#include <QColor>
#include <QPalette>

namespace gw {

// Colours for health states, derived from a widget palette so that they keep contrast against
// QPalette::Base on light and dark themes alike. Cheap to construct; build one per paint.
class StatusPalette
{
public:
    explicit StatusPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    // Readable as text (and as a dot) on the palette's Base and Window colours.
    QColor foreground(HealthStatus status) const;
    // A soft fill for pills and badges behind normal text.
    QColor tint(HealthStatus status) const;
    // Quotas in the same language: Ok green, Warning amber, Critical red, Exhausted purple (the
    // vendor will throttle us, as for RateLimited).
    QColor foreground(QuotaStatus status) const;
    QColor tint(QuotaStatus status) const;
    // Banner colours for "needs attention but still running".
    QColor warningBackground() const;
    QColor warningBorder() const;
    // Banner colours for "worth knowing, nothing wrong" (blue, as Paused).
    QColor infoBackground() const;
    QColor infoBorder() const;

    // WCAG 2 contrast ratio, 1 (none) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);

private:
    QColor ensureContrast(QColor color) const;
    QColor blendWithBase(const QColor &color, double amount) const;

    QColor m_base;
    QColor m_window;
    bool m_dark = false;
};

} // namespace gw
