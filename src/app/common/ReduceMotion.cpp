#include "common/ReduceMotion.h"

#include <QSettings>

namespace unknot {

namespace {
const QString settingsKey = QStringLiteral("view/reduceMotion");
} // namespace

ReduceMotion& ReduceMotion::instance()
{
    static ReduceMotion setting;
    return setting;
}

ReduceMotion::ReduceMotion()
    : m_on(QSettings().value(settingsKey, false).toBool())
{
}

void ReduceMotion::set(bool on)
{
    if (on == m_on) {
        return;
    }
    m_on = on;
    QSettings().setValue(settingsKey, on);
    Q_EMIT changed(on);
}

} // namespace unknot
