#include "editor/OwnItemActions.h"

#include "BuiltinContent.h"
#include "LibraryRepository.h"
#include "OwnItemsRepository.h"
#include "common/Prompts.h"
#include "editor/DeleteOwnItemCommand.h"
#include "editor/ExerciseEditor.h"
#include "editor/RoutineEditor.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QUndoStack>

namespace unknot {

OwnItemActions::OwnItemActions(const LibraryRepository& library, OwnItemsRepository& own, QUndoStack* undo,
                               QWidget* window)
    : QObject(window)
    , m_library(library)
    , m_own(own)
    , m_undo(undo)
    , m_window(window)
{
}

QMenu* OwnItemActions::buildMenu(std::function<std::optional<ItemRef>()> current)
{
    auto* menu = new QMenu(tr("&Routines"), m_window);
    menu->setObjectName(QStringLiteral("ownMenu"));
    menu->addAction(tr("&New routine…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    [this] { newItem(ItemKind::Routine); });
    menu->addAction(tr("New e&xercise…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    [this] { newItem(ItemKind::Exercise); });
    menu->addSeparator();
    // Each acts on the routine or exercise shown; elsewhere it says what it needs rather than do nothing.
    const auto onCurrent = [this, current](const std::function<void(const ItemRef&)>& act, bool ownOnly) {
        const auto ref = current();
        if (!ref || !editableKind(ref->kind) || (ownOnly && !isOwn(*ref))) {
            Prompts::tell(m_window, tr("Choose one of yours"),
                          ownOnly ? tr("Open one of your own routines or exercises first. Unknot's own stay as they "
                                       "are; Duplicate makes a copy you can change.")
                                  : tr("Open a routine or an exercise first."));
            return;
        }
        act(*ref);
    };
    auto* edit = menu->addAction(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this, onCurrent] {
        onCurrent([this](const ItemRef& ref) { this->edit(ref); }, false);
    });
    auto* copy =
        menu->addAction(tr("&Duplicate…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this,
                        [this, onCurrent] { onCurrent([this](const ItemRef& ref) { duplicate(ref); }, false); });
    auto* remove = menu->addAction(tr("De&lete…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this, [this, onCurrent] {
        onCurrent([this](const ItemRef& ref) { this->remove(ref); }, true);
    });
    edit->setObjectName(QStringLiteral("editOwn"));
    copy->setObjectName(QStringLiteral("duplicateOwn"));
    remove->setObjectName(QStringLiteral("deleteOwn"));
    connect(menu, &QMenu::aboutToShow, this, [this, current, edit, copy, remove] {
        const auto ref = current();
        const bool ownable = ref && editableKind(ref->kind);
        edit->setEnabled(ownable);
        copy->setEnabled(ownable);
        remove->setEnabled(ownable && isOwn(*ref));
    });
    return menu;
}

bool OwnItemActions::isOwn(const ItemRef& ref) const
{
    return editableKind(ref.kind) && m_own.contains(ref.kind, ref.id);
}

void OwnItemActions::newItem(ItemKind kind)
{
    if (editableKind(kind)) {
        openEditor(kind, {});
    }
}

void OwnItemActions::edit(const ItemRef& ref)
{
    if (!editableKind(ref.kind)) {
        return;
    }
    if (isOwn(ref)) {
        openEditor(ref.kind, bodyOf(ref));
        return;
    }
    if (Prompts::confirm(m_window, tr("Make your own copy?"),
                         tr("Unknot's own routines and exercises stay as they are. You can make a copy of this one "
                            "and change the copy as you like."),
                         tr("&Make a copy"), tr("Cancel"))) {
        duplicate(ref);
    }
}

void OwnItemActions::duplicate(const ItemRef& ref)
{
    QJsonObject body = bodyOf(ref);
    if (!editableKind(ref.kind) || body.isEmpty()) {
        return;
    }
    const QString name = body.value(QStringLiteral("name")).toString();
    // A new item: it gets its own id when saved, and no role (the desk break stays the built-in one).
    for (const QString& key : {QStringLiteral("id"), QStringLiteral("role"), QStringLiteral("exerciseCopies")}) {
        body.remove(key);
    }
    //: The name of a copy the person made of a routine or exercise.
    body.insert(QStringLiteral("name"), tr("%1 (my copy)").arg(name));
    if (!isOwn(ref) && !body.contains(QStringLiteral("origin"))) {
        body.insert(QStringLiteral("origin"), tr("A copy of “%1” from Unknot's library").arg(name));
    }
    openEditor(ref.kind, body);
}

void OwnItemActions::remove(const ItemRef& ref)
{
    if (!isOwn(ref)) {
        return;
    }
    const QString name = bodyOf(ref).value(QStringLiteral("name")).toString();
    if (!Prompts::confirm(m_window, tr("Delete “%1”?").arg(name),
                          tr("It goes from your library. Undo (Ctrl+Z) brings it back until you close Unknot. Your "
                             "History keeps the sessions you did with it."),
                          tr("&Delete"), tr("Cancel"))) {
        return;
    }
    //: What Undo undoes after deleting an own item: "Undo delete “Morning shoulders”".
    auto* command = new DeleteOwnItemCommand(m_own, ref, tr("delete “%1”").arg(name),
                                             [this, ref] { Q_EMIT removedOrRestored(ref); });
    m_undo->push(command);
    if (!command->failed().isEmpty()) {
        Prompts::inform(m_window, tr("Not deleted"), command->failed());
    }
}

QString OwnItemActions::save(ItemKind kind, QJsonObject body)
{
    if (body.value(QStringLiteral("id")).toString().isEmpty()) {
        body.insert(QStringLiteral("id"), m_own.freeId(kind, body.value(QStringLiteral("name")).toString()));
    }
    const auto result = m_own.save(kind, body);
    if (!result) {
        return result.error();
    }
    Q_EMIT saved({kind, body.value(QStringLiteral("id")).toString()});
    return {};
}

void OwnItemActions::openEditor(ItemKind kind, const QJsonObject& body)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    // The editor keeps the id it was opened with, so a second Save of a new item replaces the first.
    auto saver = [this, kind, id = body.value(QStringLiteral("id")).toString()](QJsonObject item) mutable {
        if (id.isEmpty()) {
            id = m_own.freeId(kind, item.value(QStringLiteral("name")).toString());
        }
        item.insert(QStringLiteral("id"), id);
        return save(kind, item);
    };
    if (kind == ItemKind::Routine) {
        auto* editor = new RoutineEditor(m_library, saver, m_window);
        editor->setBody(body);
        m_editor = editor;
    } else {
        auto* editor = new ExerciseEditor(m_library, saver, m_window);
        editor->setBody(body);
        m_editor = editor;
    }
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setWindowModality(Qt::WindowModal);
    m_editor->show();
}

QJsonObject OwnItemActions::bodyOf(const ItemRef& ref) const
{
    if (const auto own = m_own.body(ref.kind, ref.id)) {
        return *own;
    }
    // Built-in items as authored, figure and all, from the pack compiled into the app.
    const BuiltinContent builtin = BuiltinContent::load();
    const ContentPack& pack = builtin.pack;
    if (ref.kind == ItemKind::Exercise) {
        for (int i = 0; i < pack.exercises().size(); ++i) {
            if (pack.exercises().at(i).id == ref.id) {
                return pack.rawItem(ItemKind::Exercise, i);
            }
        }
    } else if (ref.kind == ItemKind::Routine) {
        for (int i = 0; i < pack.routines().size(); ++i) {
            if (pack.routines().at(i).id == ref.id) {
                return pack.rawItem(ItemKind::Routine, i);
            }
        }
    }
    return {};
}

} // namespace unknot
