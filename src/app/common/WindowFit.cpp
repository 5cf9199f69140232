#include "common/WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace unknot::windowfit {

namespace {

// A title bar and frame the window manager adds outside the widget; unknown until shown, so allow for it.
constexpr int frameAllowance = 40;

QScreen* screenOf(const QWidget* window)
{
    QScreen* screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

/// One key per screen, so a laptop alone and the laptop at a large monitor each keep their own layout.
QString screenKey(const QWidget* window, const QString& key)
{
    const QScreen* screen = screenOf(window);
    if (!screen) {
        return key;
    }
    const QSize size = screen->geometry().size();
    return QStringLiteral("%1/%2-%3x%4").arg(key, screen->name()).arg(size.width()).arg(size.height());
}

} // namespace

QRect available(const QWidget* window)
{
    const QScreen* screen = screenOf(window);
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 600);
}

void fit(QWidget* window, QSize preferred)
{
    const QRect area = available(window);
    const QSize room(area.width() - frameAllowance / 2, area.height() - frameAllowance);
    const QSize size = preferred.boundedTo(room).expandedTo(window->minimumSize());
    window->resize(size);
    QRect placed(window->pos(), size);
    if (!area.contains(placed)) {
        placed.moveCenter(area.center());
        window->move(placed.topLeft().x(), std::max(area.top(), placed.top()));
    }
}

bool restore(QWidget* window, const QString& key, QSize preferred)
{
    const QByteArray saved = QSettings().value(screenKey(window, key)).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        fit(window, preferred);
        return false;
    }
    // Saved on this screen, but keep it inside even if the panels around the desktop changed since.
    if (!window->isMaximized() && !window->isFullScreen() && !available(window).contains(window->geometry())) {
        fit(window, window->size());
    }
    return true;
}

void save(const QWidget* window, const QString& key)
{
    QSettings().setValue(screenKey(window, key), window->saveGeometry());
}

} // namespace unknot::windowfit
