#pragma once

#include <QString>
#include <QStringList>

namespace unknot {

class AppContext;
class MainWindow;

/// Screenshots of the routine and exercise editors and of an own item's page, for `--screenshot --view`.
class EditorShots {
public:
    static const QStringList& viewNames();
    /// Renders view into file; empty on success, otherwise what went wrong.
    static QString render(MainWindow& window, AppContext& context, const QString& view, const QString& file);
};

} // namespace unknot
