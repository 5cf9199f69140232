#include "safety/SafetyGate.h"

#include "shell/AppContext.h"
#include "LibraryRepository.h"
#include "common/Prompts.h"
#include "safety/RedFlagCheckDialog.h"
#include "SafetyRepository.h"
#include "SettingsRepository.h"

namespace unknot {

const QString SafetyGate::followedKey = QStringLiteral("safety/advice-followed-at");

SafetyGate::SafetyGate(AppContext& context, QWidget* parent)
    : m_context(context)
    , m_parent(parent)
{
}

QDateTime SafetyGate::followedAt() const
{
    return QDateTime::fromString(m_context.settings().value(followedKey), Qt::ISODateWithMs);
}

bool SafetyGate::standing() const
{
    return m_context.journalOk() && !m_context.safety().standingYes(followedAt()).isEmpty();
}

bool SafetyGate::allowsStart()
{
    if (!m_context.journalOk()) {
        return true;
    }
    const QList<RedFlagAnswer> yes = m_context.safety().standingYes(followedAt());
    if (yes.isEmpty()) {
        return true;
    }
    const Safety safety = m_context.library().safety();
    bool emergency = false;
    QString signs;
    for (const RedFlagAnswer& answer : yes) {
        for (const RedFlag& flag : safety.redFlags) {
            emergency = emergency || (flag.id == answer.flagId && flag.emergency);
        }
        signs += QStringLiteral("<li>%1</li>").arg(answer.flagText.toHtmlEscaped());
    }
    const QString advice = emergency ? tr("Your safety check says to call emergency services now and not to exercise.")
                                     : tr("Your safety check says to see a doctor before you exercise.");
    const QString text = tr("<p><b>%1</b></p><p>You ticked:</p><ul>%2</ul><p>Start only if a doctor has checked "
                            "this and said exercise is fine, or if it is no longer true.</p>")
                             .arg(advice, signs);
    enum Choice { Followed, Recheck, NotNow };
    const int choice = Prompts::choose(m_parent, tr("Before you start"), text,
                                       {tr("I have followed this advice: start"), tr("Take the safety check again"),
                                        tr("Not now")},
                                       NotNow);
    if (choice == Followed) {
        // Kept, so the question is not asked again for the same answers; failing to keep it (logged) must not block.
        (void)m_context.settings().setValue(followedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return true;
    }
    if (choice == Recheck) {
        RedFlagCheckDialog dialog(safety, m_context.safety(), false, m_parent);
        dialog.exec();
        return m_context.safety().standingYes(followedAt()).isEmpty();
    }
    return false;
}

} // namespace unknot
