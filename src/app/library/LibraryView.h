#pragma once

#include "NavigationHistory.h"
#include "library/DetailRenderer.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace unknot {

class BodyMapWidget;
class FigureWidget;
class LibraryRepository;
class OwnItemBar;

/// The library: sections on the left, the items of a section (or search hits) in the middle, the page on the right.
class LibraryView : public QWidget {
    Q_OBJECT

public:
    explicit LibraryView(const LibraryRepository& library, QWidget* parent = nullptr);

    /// Shows an item and records it in the history.
    void open(const ItemRef& ref);
    /// Shows a section and opens its first item.
    void showSection(ItemKind kind);
    ItemKind currentSection() const { return m_section; }
    std::optional<ItemRef> currentItem() const { return m_history.current(); }
    /// Lists search hits in the middle column; empty text returns to the section.
    void search(const QString& text);
    /// Opens the selected (or first) search hit; false if there is none.
    bool openSelectedHit();
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    void goBack();
    void goForward();
    void focusList();
    BodyMapWidget* bodyMap() const { return m_bodyMap; }
    /// Edit, Duplicate and Delete on a routine's or exercise's page.
    OwnItemBar* ownItemBar() const { return m_ownBar; }
    /// Shows the lists and the page as the library now is, after an own item was saved or deleted.
    void reload();
    FigureWidget* figure() const { return m_figure; }
    /// Puts the library's widgets after before in the Tab order (once all are in one window); returns the last.
    QWidget* chainTabOrder(QWidget* before);
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void navigated();
    /// The person pressed Start on a routine or exercise page.
    void startRequested(const unknot::ItemRef& ref);
    /// The person left a search for a section (from the nothing-found advice): the search text is done with.
    void searchLeft();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void show(const ItemRef& ref);
    /// Draws the page again in the palette's colours, where it was scrolled to.
    void restyle();
    void fillSection(ItemKind kind);
    /// Highlights kind's section, whatever fills the list.
    void markSection(ItemKind kind);
    void showNothingFound(const QString& text);
    void selectInList(const ItemRef& ref);
    void onItemActivated(QListWidgetItem* item);
    /// Shows the muscles of the page on the body map, or hides the map when the page has none.
    void showMuscles(const ItemRef& ref);
    bool isOwn(const ItemRef& ref) const;
    /// Gives an exercise page the still strips of its key poses, before its HTML asks for them.
    void addFigureStrips(const ItemRef& ref);

    const LibraryRepository& m_library;
    DetailRenderer m_renderer;
    NavigationHistory m_history;
    ItemKind m_section = ItemKind::Cause;
    bool m_searching = false;
    QListWidget* m_sections;
    QLabel* m_listTitle;
    QLabel* m_nothingFound;
    QListWidget* m_items;
    QTextBrowser* m_page;
    QPushButton* m_start;
    OwnItemBar* m_ownBar;
    QWidget* m_pictures; ///< the row of pictures above the page text
    BodyMapWidget* m_bodyMap;
    FigureWidget* m_figure; ///< an exercise moving in a loop
    QSplitter* m_splitter;
};

} // namespace unknot
