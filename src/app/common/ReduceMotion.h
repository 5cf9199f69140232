#pragma once

#include <QObject>

namespace unknot {

/// The person's wish for still pictures instead of moving ones, kept between runs. Every figure listens to it.
class ReduceMotion : public QObject {
    Q_OBJECT

public:
    static ReduceMotion& instance();

    bool isOn() const { return m_on; }
    void set(bool on);

Q_SIGNALS:
    void changed(bool on);

private:
    ReduceMotion();

    bool m_on = false;
};

} // namespace unknot
