#pragma once

#include "PainEntry.h"
#include "PainSiteChoice.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace unknot {

class BodyMapWidget;
class LibraryRepository;
class PainRepository;

/// Rates pain 0-10 with its anchors, where it hurts (the worst spot marked; tapped on a body map or ticked in a
/// list, both editing one PainSiteChoice) and a note.
/// Keyboard-fast: digits set the rating, Enter saves. Bad input is named beside its field and nothing is lost.
class PainRatingDialog : public QDialog {
    Q_OBJECT

public:
    enum class Purpose { Before, After, Standalone, Edit };

    /// entry gives the moment, session and (for Edit) the values to start from.
    PainRatingDialog(const LibraryRepository& library, PainRepository& pain, PainEntry entry, Purpose purpose,
                     QWidget* parent = nullptr);

    /// The stored entry's id once saved.
    std::optional<qint64> savedId() const { return m_savedId; }
    const PainEntry& entry() const { return m_entry; }
    /// The rating chosen so far, if any.
    std::optional<int> rating() const;
    void setRating(int rating);
    /// The places chosen so far, which the list and the body map both edit.
    const PainSiteChoice& siteChoice() const { return m_choice; }

public Q_SLOTS:
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildSites(const LibraryRepository& library);
    /// Shows m_choice in the list, the body map and the hurts-most box.
    void showChoice();
    void showRating();
    PainEntry collect() const;

    PainRepository& m_pain;
    PainEntry m_entry;
    Purpose m_purpose;
    std::optional<qint64> m_savedId;
    QElapsedTimer m_sinceOne; ///< "1" then "0" quickly means 10
    QButtonGroup* m_ratings;
    QLabel* m_anchor;
    QLabel* m_ratingError;
    PainSiteChoice m_choice;
    QListWidget* m_sites;
    BodyMapWidget* m_map;
    QHash<QString, QString> m_areaMuscles; ///< each muscle's area, to show a chosen area on its muscles
    QComboBox* m_worst;
    QDateTimeEdit* m_when;
    QLabel* m_whenError;
    QLineEdit* m_note;
    QLabel* m_saveError;
};

} // namespace unknot
