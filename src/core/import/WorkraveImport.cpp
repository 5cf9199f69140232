#include "WorkraveImport.h"

#include "ExerciseImage.h"
#include "ImportCollector.h"
#include "ImportLimits.h"
#include "ImportText.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QXmlStreamReader>

namespace unknot {

namespace {

const QString formatName = QStringLiteral("workrave");

/// One <exercise> as read, before it becomes an item.
struct Parsed {
    int line = 0;
    QString title;
    QString description;
    int titleRank = -1; // 0: English or no language, 1: another language; the lowest wins, the first of a rank stays
    int descriptionRank = -1;
    QString duration; // the sequence's attribute as written; empty when none
    bool hasSequence = false;
    struct Image {
        QString src;
        int seconds = 1;
        bool mirror = false;
    };
    QList<Image> images;
};

int languageRank(const QXmlStreamReader& xml)
{
    const QStringView lang = xml.attributes().value(QStringLiteral("xml:lang"));
    return lang.isEmpty() || lang == u"en" || lang.startsWith(u"en_") || lang.startsWith(u"en-") ? 0 : 1;
}

/// Reads an element's text, at most a little over the field limit: the collector cuts it with a note.
QString elementText(QXmlStreamReader* xml)
{
    QString text;
    while (!xml->atEnd()) {
        const auto token = xml->readNext();
        if (token == QXmlStreamReader::Characters && text.size() <= ImportLimits::maxFieldChars) {
            text += xml->text().left(ImportLimits::maxFieldChars + 1 - text.size());
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        } else if (token == QXmlStreamReader::StartElement) {
            xml->skipCurrentElement();
        }
    }
    return text.simplified();
}

void readExercise(QXmlStreamReader* xml, Parsed* item)
{
    while (xml->readNextStartElement()) {
        const QStringView name = xml->name();
        if (name == u"title" || name == u"description") {
            const bool isTitle = name == u"title";
            const int rank = languageRank(*xml);
            const QString text = elementText(xml);
            int& best = isTitle ? item->titleRank : item->descriptionRank;
            if (best < 0 || rank < best) {
                best = rank;
                (isTitle ? item->title : item->description) = text;
            }
        } else if (name == u"sequence") {
            item->hasSequence = true;
            item->duration = xml->attributes().value(QStringLiteral("duration")).toString().trimmed().left(20);
            while (xml->readNextStartElement()) {
                if (xml->name() == u"image" && item->images.size() < ExerciseImage::maxImages) {
                    const QXmlStreamAttributes attributes = xml->attributes();
                    bool ok = false;
                    const int seconds = attributes.value(QStringLiteral("duration")).toInt(&ok);
                    // Workrave shows a picture for 1 s when it says no duration; the file's own "mirrorx" flips it.
                    item->images.append({attributes.value(QStringLiteral("src")).toString().left(500), ok ? seconds : 1,
                                         attributes.value(QStringLiteral("mirrorx")) == u"yes"});
                }
                xml->skipCurrentElement();
            }
        } else {
            xml->skipCurrentElement();
        }
    }
}

QJsonObject toExercise(const Parsed& item, const QString& fileName, const QString& imageFolder, ImportBatch* batch)
{
    QJsonObject json;
    const QStringList steps = ImportText::sentences(item.description);
    json.insert(QStringLiteral("id"), ImportText::slugify(item.title, QStringLiteral("exercise")));
    json.insert(QStringLiteral("name"), item.title);
    if (!steps.isEmpty()) {
        json.insert(QStringLiteral("summary"), steps.first());
    }
    json.insert(QStringLiteral("origin"), WorkraveImport::tr("Imported from Workrave: %1").arg(fileName));
    json.insert(QStringLiteral("position"), QStringLiteral("any"));
    json.insert(QStringLiteral("steps"), QJsonArray::fromStringList(steps));
    json.insert(QStringLiteral("muscles"), QJsonArray());
    bool ok = item.duration.isEmpty();
    const int seconds = item.duration.isEmpty() ? WorkraveImport::defaultSeconds : item.duration.toInt(&ok);
    // A duration that is no number is passed on as -1, so the shared rules refuse it as they would a typed one.
    const int shown = ok ? seconds : -1;
    json.insert(QStringLiteral("dose"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("timed")},
                            {QStringLiteral("seconds"),
                             QJsonObject{{QStringLiteral("min"), shown}, {QStringLiteral("max"), shown}}},
                            {QStringLiteral("text"), WorkraveImport::tr("%n second(s)", nullptr, shown)},
                            {QStringLiteral("fromSeed"), true}});
    QJsonArray images;
    for (const Parsed::Image& image : item.images) {
        if (!ExerciseImage::isSafeFile(image.src)) {
            batch->note(item.title, item.line,
                        WorkraveImport::tr("the picture \"%1\" is left out: it is not a file beside this one")
                            .arg(image.src.left(200)));
        } else if (imageFolder.isEmpty() || !QFileInfo(QDir(imageFolder).filePath(image.src)).isFile()) {
            batch->note(item.title, item.line,
                        WorkraveImport::tr("the picture \"%1\" is left out: it is not beside the file")
                            .arg(image.src.left(200)));
        } else {
            images.append(
                ExerciseImage{image.src, std::clamp(image.seconds, 1, Dose::maxTimedSeconds), image.mirror}.toJson());
        }
    }
    if (!images.isEmpty()) {
        json.insert(QStringLiteral("images"), images);
    }
    return json;
}

} // namespace

ImportBatch WorkraveImport::read(const QString& path, const ContentRules::Known& library)
{
    QByteArray bytes;
    ImportBatch refused;
    if (!ImportText::readFor(path, formatName, &bytes, &refused)) {
        return refused;
    }
    const QFileInfo info(path);
    return parse(bytes, info.fileName(), info.absolutePath(), library);
}

ImportBatch WorkraveImport::parse(const QByteArray& bytes, const QString& fileName, const QString& imageFolder,
                                  const ContentRules::Known& library)
{
    ImportBatch batch;
    batch.format = formatName;
    batch.file = fileName;
    QXmlStreamReader xml(bytes);
    QList<Parsed> parsed;
    if (xml.readNextStartElement()) {
        if (xml.name() != u"exercises") {
            batch.refuse(tr("this is not a Workrave exercises file: it starts with <%1>, not <exercises>.")
                             .arg(xml.name().left(40)));
            return batch;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"exercise") {
                xml.skipCurrentElement();
                continue;
            }
            if (parsed.size() >= ImportLimits::maxItems) {
                batch.refuse(ImportText::tooManyItems());
                return batch;
            }
            Parsed item;
            item.line = static_cast<int>(xml.lineNumber());
            readExercise(&xml, &item);
            parsed.append(item);
        }
        while (!xml.atEnd()) {
            xml.readNext(); // anything after </exercises> must still be well-formed
        }
    }
    if (xml.hasError()) {
        batch.refuse(tr("not valid XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
        return batch;
    }
    if (parsed.isEmpty()) {
        batch.refuse(tr("this Workrave file holds no exercises."));
        return batch;
    }
    ImportCollector collector(&batch, library);
    for (const Parsed& item : parsed) {
        if (item.title.isEmpty()) {
            batch.note({}, item.line, tr("left out: an exercise without a title"), true);
            continue;
        }
        if (!item.hasSequence) {
            batch.note(item.title, item.line,
                       tr("no <sequence> gives its length; Workrave's %1 seconds are used").arg(defaultSeconds));
        }
        collector.addExercise(toExercise(item, fileName, imageFolder, &batch), item.line);
    }
    collector.finish();
    return batch;
}

} // namespace unknot
