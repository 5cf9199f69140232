#pragma once

#include "ItemRef.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace unknot {

class LibraryRepository;
class OwnItemsRepository;

/// New, Edit, Duplicate and Delete for the person's own routines and exercises. Opens the editors, saves what they
/// make (the one place the editors' bodies reach storage) and puts each delete on the undo stack. Built-in items
/// are never changed: Edit on one offers an editable copy instead.
class OwnItemActions : public QObject {
    Q_OBJECT

public:
    OwnItemActions(const LibraryRepository& library, OwnItemsRepository& own, QUndoStack* undo, QWidget* window);

    void newItem(ItemKind kind);
    /// Edits an own item; for a built-in one, offers a copy to edit.
    void edit(const ItemRef& ref);
    /// Opens an editable copy of an item (built-in or own), saved only when the person saves it.
    void duplicate(const ItemRef& ref);
    /// Deletes an own item after asking; Undo (Ctrl+Z) brings it back.
    void remove(const ItemRef& ref);

    /// The Routines menu: New routine, New exercise, Edit, Duplicate, Delete, with their shortcuts, acting on the
    /// item current() gives (the page shown).
    QMenu* buildMenu(std::function<std::optional<ItemRef>()> current);

    /// True for a routine or exercise: the kinds that can be the person's own.
    static bool editableKind(ItemKind kind) { return kind == ItemKind::Routine || kind == ItemKind::Exercise; }
    bool isOwn(const ItemRef& ref) const;
    /// The editor that is open, if any (for tests and screenshots).
    QDialog* editor() const { return m_editor; }

    /// Saves body as an own item of kind, with a free id made from its name when it has none yet. Returns why it
    /// was not saved, or empty.
    QString save(ItemKind kind, QJsonObject body);

Q_SIGNALS:
    /// An item was saved: the library shows it.
    void saved(const unknot::ItemRef& ref);
    /// An item was deleted or brought back by undo: the library is shown as it now is.
    void removedOrRestored(const unknot::ItemRef& ref);

private:
    void openEditor(ItemKind kind, const QJsonObject& body);
    /// The item as authored: an own item's stored body, or a built-in item's from the compiled pack.
    QJsonObject bodyOf(const ItemRef& ref) const;

    const LibraryRepository& m_library;
    OwnItemsRepository& m_own;
    QUndoStack* m_undo;
    QWidget* m_window;
    QPointer<QDialog> m_editor;
};

} // namespace unknot
