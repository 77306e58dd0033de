// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/secondarytext.h"

#include <QEvent>
#include <QVariant>
#include <QWidget>
#include <cmath>

namespace marquee::SecondaryText {

namespace {
/// How much of the text colour the mix starts from: clearly dimmer than the text, where the palette allows it.
constexpr double PreferredTextShare = 0.62;
constexpr double ShareStep = 0.02;
/// The role whose colour the widget's own palette overrides: the one the UI drew secondary text with before.
constexpr QPalette::ColorRole Role = QPalette::PlaceholderText;

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

QColor mix(const QColor &over, const QColor &under, double share)
{
    const QColor a = over.toRgb();
    const QColor b = under.toRgb();
    const auto blend = [share](int x, int y) { return int(std::lround(x * share + y * (1.0 - share))); };
    return QColor(blend(a.red(), b.red()), blend(a.green(), b.green()), blend(a.blue(), b.blue()));
}

QPalette::ColorRole textRoleFor(QPalette::ColorRole background)
{
    switch (background) {
    case QPalette::Base:
    case QPalette::AlternateBase: return QPalette::Text;
    case QPalette::Highlight: return QPalette::HighlightedText;
    case QPalette::Button: return QPalette::ButtonText;
    case QPalette::ToolTipBase: return QPalette::ToolTipText;
    default: return QPalette::WindowText;
    }
}

const QWidget *backgroundWidget(const QWidget *widget)
{
    const QWidget *w = widget;
    while (w && !w->autoFillBackground() && !w->isWindow() && w->parentWidget())
        w = w->parentWidget();
    return w;
}

/// Recomputes the colour whenever what it depends on may have changed. Setting the palette sends another
/// PaletteChange; the second pass finds the colour already right and stops.
class Follower : public QObject
{
public:
    explicit Follower(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        widget->setForegroundRole(Role);
        widget->installEventFilter(this);
        update();
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::PaletteChange:
        case QEvent::ParentChange:
        case QEvent::Show: update(); break;
        default: break;
        }
        return false;
    }

private:
    void update()
    {
        QPalette palette = m_widget->palette();
        const QWidget *behind = backgroundWidget(m_widget);
        const QPalette::ColorRole backgroundRole = behind->backgroundRole();
        bool changed = false;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            const QColor wanted = color(behind->palette(), backgroundRole, group);
            if (palette.color(group, Role) != wanted) {
                palette.setColor(group, Role, wanted);
                changed = true;
            }
        }
        if (changed)
            m_widget->setPalette(palette);
    }

    QWidget *m_widget;
};
} // namespace

QColor composed(const QColor &over, const QColor &under)
{
    return mix(over, under, over.alphaF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor color(const QColor &text, const QColor &background)
{
    // A half-transparent text colour is what the eye sees over the background.
    const QColor opaqueText = composed(text, background);
    const QColor opaqueBackground = background.toRgb();
    for (int step = 0; PreferredTextShare + step * ShareStep < 1.0; ++step) {
        const QColor candidate = mix(opaqueText, opaqueBackground, PreferredTextShare + step * ShareStep);
        if (contrastRatio(candidate, opaqueBackground) >= MinimumContrast)
            return candidate;
    }
    if (contrastRatio(opaqueText, opaqueBackground) >= MinimumContrast)
        return opaqueText;
    // The palette's own text is too faint (a half-transparent colour, a careless theme): on towards black or white,
    // whichever stands out more; one of them always reaches the floor.
    const QColor extreme = contrastRatio(Qt::black, opaqueBackground) >= contrastRatio(Qt::white, opaqueBackground)
                               ? QColor(Qt::black)
                               : QColor(Qt::white);
    for (int step = 1; step * ShareStep < 1.0; ++step) {
        const QColor candidate = mix(extreme, opaqueText, step * ShareStep);
        if (contrastRatio(candidate, opaqueBackground) >= MinimumContrast)
            return candidate;
    }
    return extreme;
}

QColor color(const QPalette &palette, QPalette::ColorRole background, QPalette::ColorGroup group)
{
    return color(palette.color(group, textRoleFor(background)), palette.color(group, background));
}

QColor backgroundBehind(const QWidget *widget, QPalette::ColorGroup group)
{
    const QWidget *behind = backgroundWidget(widget);
    return behind->palette().color(group, behind->backgroundRole());
}

void apply(QWidget *widget)
{
    static constexpr char Applied[] = "marquee-secondary-text";
    if (widget->property(Applied).toBool())
        return;
    widget->setProperty(Applied, true);
    new Follower(widget);
}

} // namespace marquee::SecondaryText
