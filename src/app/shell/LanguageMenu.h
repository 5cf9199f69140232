#pragma once

#include <QMenu>

#include <functional>

namespace unknot {

/// Help → Language: the system's language, or one Unknot ships, each named in its own language. The choice is kept
/// for the next start, which the menu says; it offers to restart at once when canRestart() says nothing would be
/// lost (no session running).
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(std::function<bool()> canRestart, QWidget* parent = nullptr);

    /// Keeps code (empty for the system's language) and tells the person when it applies.
    void choose(const QString& code);

Q_SIGNALS:
    /// The person asked to restart now, in the language chosen.
    void restartRequested();

private:
    std::function<bool()> m_canRestart;
};

} // namespace unknot
