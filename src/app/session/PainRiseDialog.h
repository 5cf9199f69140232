#pragma once

#include <QDialog>

namespace unknot {

/// Shown when pain rose by two points or more after a routine: stop it for now, try something gentler,
/// and see a professional if it keeps happening. It never says why the pain rose.
class PainRiseDialog : public QDialog {
    Q_OBJECT

public:
    /// gentlerId/gentlerName: a calmer routine to offer; empty for none. risesInRow: this one included.
    PainRiseDialog(const QString& routineName, int before, int after, int risesInRow, const QString& gentlerId,
                   const QString& gentlerName, QWidget* parent = nullptr);

Q_SIGNALS:
    void gentlerRequested(const QString& routineId);
};

} // namespace unknot
