#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace gw {

// A strip across the window about the app as a whole: configuration problems (a warning) or how
// the checks run (information, e.g. a budget that stretched intervals). A headline, a few detail
// lines (all of them in the tooltip) and colours that follow the palette. Hidden while it has
// nothing to say. GUI thread.
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    enum class Kind { Warning, Information };
    // Lines shown; the rest are counted.
    static constexpr int maxLines = 5;

    // `name` is the object name; the headline and details are "<name>Headline" and "<name>Details".
    Banner(Kind kind, const QString &name, QWidget *parent = nullptr);

    // Details in a fixed-width font suit positioned messages (file:line:column).
    void setMessage(const QString &headline, const QStringList &lines, bool fixedWidth = false);
    void clear();
    // Colours from the window's palette (the banner's own is changed by its style sheet), called
    // by the window when its palette changes.
    void applyColours(const QPalette &palette);

private:
    Kind m_kind;
    QLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace gw
