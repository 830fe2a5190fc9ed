#include "banner.h"

#include "statuspalette.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gw {

Banner::Banner(Kind kind, const QString &name, QWidget *parent) : QFrame(parent), m_kind(kind)
{
    setObjectName(name);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);

    m_icon = new QLabel(kind == Kind::Warning ? u"\u26A0"_s : u"\u24D8"_s, this);
    QFont iconFont = m_icon->font();
    iconFont.setPointSizeF(iconFont.pointSizeF() * 1.6);
    m_icon->setFont(iconFont);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    m_headline = new QLabel(this);
    m_headline->setObjectName(name + u"Headline"_s);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_details = new QLabel(this);
    m_details->setObjectName(name + u"Details"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_headline);
    texts->addWidget(m_details);
    layout->addLayout(texts, 1);

    applyColours(parent ? parent->palette() : palette());
    setVisible(false);
}

void Banner::setMessage(const QString &headline, const QStringList &lines, bool fixedWidth)
{
    m_headline->setText(headline);
    QStringList shown = lines.mid(0, maxLines);
    if (lines.size() > maxLines)
        shown.append(tr("…and %n more", nullptr, static_cast<int>(lines.size() - maxLines)));
    m_details->setText(shown.join(u'\n'));
    m_details->setVisible(!lines.isEmpty());
    m_details->setFont(fixedWidth ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    // Fixed-width lines are positioned messages: they must not wrap mid-position.
    m_details->setWordWrap(!fixedWidth);
    setToolTip(lines.join(u'\n'));
    setVisible(true);
}

void Banner::clear()
{
    m_headline->clear();
    m_details->clear();
    setToolTip({});
    setVisible(false);
}

void Banner::applyColours(const QPalette &palette)
{
    const StatusPalette colours(palette);
    const bool warning = m_kind == Kind::Warning;
    const QString name = objectName();
    // Only this frame and its labels: the style sheet must not reach into anything else.
    setStyleSheet(u"QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 6px; }"
                  "QFrame#%1 QLabel { background: transparent; color: %4; }"_s.arg(
                      name, (warning ? colours.warningBackground() : colours.infoBackground()).name(),
                      (warning ? colours.warningBorder() : colours.infoBorder()).name(),
                      palette.color(QPalette::WindowText).name()));
    m_icon->setStyleSheet(u"QLabel { background: transparent; color: %1; }"_s.arg(
        colours.foreground(warning ? HealthStatus::Degraded : HealthStatus::Paused).name()));
}

} // namespace gw
