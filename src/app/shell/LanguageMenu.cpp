#include "shell/LanguageMenu.h"

#include "common/Language.h"
#include "common/Prompts.h"

#include <QActionGroup>

namespace unknot {

LanguageMenu::LanguageMenu(std::function<bool()> canRestart, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_canRestart(std::move(canRestart))
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString chosen = Language::chosen();
    for (const QString& code : QStringList{QString()} + Language::codes()) {
        // Each language in its own words, so that someone who cannot read the current one still finds theirs.
        QAction* action = addAction(code.isEmpty() ? tr("System language") : Language::nativeName(code));
        action->setObjectName(QStringLiteral("language-%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty()) {
            addSeparator();
        }
    }
}

void LanguageMenu::choose(const QString& code)
{
    if (code == Language::chosen()) {
        return;
    }
    Language::choose(code);
    const QString when = code.isEmpty()
                             ? tr("Unknot will use your system’s language the next time it starts.")
                             : tr("Unknot will use %1 the next time it starts.").arg(Language::nativeName(code));
    if (m_canRestart && m_canRestart()) {
        if (Prompts::confirm(parentWidget(), tr("Language"), when + u' ' + tr("Restart Unknot now?"),
                             tr("Restart now"), tr("Later"))) {
            Q_EMIT restartRequested();
        }
        return;
    }
    Prompts::tell(parentWidget(), tr("Language"),
                  when + u' ' + tr("A session is open, so it stays as it is until you restart Unknot yourself."));
}

} // namespace unknot
