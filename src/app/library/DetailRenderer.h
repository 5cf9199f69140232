#pragma once

#include "Exercise.h"
#include "ItemBase.h"
#include "ItemRef.h"
#include "ItemSummary.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QUrl>

namespace unknot {

class LibraryRepository;

/// Writes the HTML page shown for one library item, with links to everything it relates to.
class DetailRenderer {
    Q_DECLARE_TR_FUNCTIONS(DetailRenderer)

public:
    explicit DetailRenderer(const LibraryRepository& library);

    /// The page for ref, or a short "not found" page if the item is gone.
    QString render(const ItemRef& ref) const;
    /// The page listing red flags and what to do.
    QString renderSafety() const;
    /// The pages' CSS in colours that read on palette (light or dark).
    static QString styleSheet(const QPalette& palette);
    /// Where an exercise page's still strip of key poses for a set is found among the page's resources.
    static QUrl stripUrl(int set);

private:
    QString cause(const QString& id) const;
    QString muscle(const QString& id) const;
    QString technique(const QString& id) const;
    QString exercise(const QString& id) const;
    static QString keyPositions(const Exercise& item);
    QString routine(const QString& id) const;
    QString top(const ItemBase& item, const QString& lead) const;
    QString sourceLine(const QStringList& ids) const;
    static QString askFirstNote(const QStringList& askFirst);
    QString cautionSection(const QStringList& cautions) const;
    QString stopRule() const;

    const LibraryRepository& m_library;
};

/// Small HTML helpers shared by the pages.
namespace html {
QString escape(const QString& text);
QString heading(const QString& text);
QString paragraphs(const QStringList& paragraphs);
QString section(const QString& title, const QString& body);
QString links(const QList<ItemSummary>& items, const QString& emptyText = {});
QString bullets(const QStringList& items);
QString numbered(const QStringList& items);
QString note(const QString& cssClass, const QString& body);
} // namespace html

/// "about 4 minutes", "45 seconds", "about 1 h 5 min", in the person's language.
QString durationText(int seconds);

} // namespace unknot
