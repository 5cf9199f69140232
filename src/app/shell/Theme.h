#pragma once

class QApplication;

namespace unknot {

/// Calm colours and large, readable type for the whole app.
void applyTheme(QApplication& app);

} // namespace unknot
