#pragma once

#include "SessionSnapshot.h"
#include "session/SessionFigure.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace unknot {

class SessionDriver;

/// A small always-on-top player for the desk: a small figure, phase, countdown, count and pause.
class MiniPlayer : public QWidget {
    Q_OBJECT

public:
    MiniPlayer(SessionDriver& driver, SessionFigure::Lookup figures, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The person wants the big player back.
    void expandRequested();

protected:
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render(const SessionSnapshot& snapshot);
    /// Colours light or dark as the palette is, the phase's among them.
    void applyColours(const SessionSnapshot& snapshot);
    void place();

    SessionDriver& m_driver;
    QLabel* m_phase;
    QLabel* m_countdown;
    QLabel* m_count;
    QPushButton* m_pause;
    SessionFigure* m_figure;
    bool m_built = false;
};

} // namespace unknot
