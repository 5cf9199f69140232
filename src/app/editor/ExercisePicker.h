#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace unknot {

class LibraryRepository;

/// The library's exercises, built-in and the person's own, narrowed by search as the person types. Enter in the
/// search field or a double click picks one.
class ExercisePicker : public QWidget {
    Q_OBJECT

public:
    explicit ExercisePicker(const LibraryRepository& library, QWidget* parent = nullptr);

    void setFilter(const QString& text);
    /// The exercise chosen in the list (or the first one shown); empty when the list is empty.
    QString currentId() const;
    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void picked(const QString& exerciseId);

private:
    void fill();
    bool eventFilter(QObject* watched, QEvent* event) override;

    const LibraryRepository& m_library;
    QLineEdit* m_search;
    QListWidget* m_list;
};

} // namespace unknot
