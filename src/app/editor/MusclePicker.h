#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace unknot {

class BodyMapWidget;
class LibraryRepository;

/// Chooses the muscles an exercise works: a tap on the body map (both views) or a tick in the list beside it,
/// which is also the keyboard's way. The first muscle chosen is the main one, as on the library's pages.
class MusclePicker : public QWidget {
    Q_OBJECT

public:
    explicit MusclePicker(const LibraryRepository& library, QWidget* parent = nullptr);

    void setMuscles(const QStringList& ids);
    /// Chosen muscle ids, in the order they were chosen.
    QStringList muscles() const { return m_chosen; }
    /// Adds or takes out one muscle.
    void toggle(const QString& id);
    BodyMapWidget* map() const { return m_map; }

Q_SIGNALS:
    void changed();

private:
    void showChoice();

    BodyMapWidget* m_map;
    QListWidget* m_list;
    QLabel* m_chosenLine;
    QStringList m_chosen;
};

} // namespace unknot
