#include "ImportText.h"

#include "ImportLimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextBoundaryFinder>

namespace unknot {

bool ImportText::readFile(const QString& path, QByteArray* bytes, QString* fatal)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *fatal = tr("this is a folder, not a file.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *fatal = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    // Read one byte past the limit instead of trusting the size: a pipe or a growing file has none.
    *bytes = file.read(ImportLimits::maxFileBytes + 1);
    if (bytes->size() > ImportLimits::maxFileBytes) {
        bytes->clear();
        *fatal = tr("the file is larger than %1 MB; Unknot does not import files that large.")
                     .arg(ImportLimits::maxFileBytes / (1024 * 1024));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *fatal = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool ImportText::readFor(const QString& path, const QString& format, QByteArray* bytes, ImportBatch* refused)
{
    QString fatal;
    if (readFile(path, bytes, &fatal)) {
        return true;
    }
    refused->format = format;
    refused->file = QFileInfo(path).fileName();
    refused->refuse(fatal);
    return false;
}

bool ImportText::parseJson(const QByteArray& bytes, const QStringList& keys, JsonOutline* outline,
                           QJsonDocument* document, ImportBatch* batch)
{
    *outline = JsonOutline::scan(bytes, keys, ImportLimits::maxItems);
    if (outline->tooMany) {
        batch->refuse(tooManyItems());
        return false;
    }
    QJsonParseError error;
    *document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        batch->refuse(jsonProblem(bytes, error));
        return false;
    }
    return true;
}

QString ImportText::slugify(const QString& name, const QString& prefix)
{
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(std::min<qsizetype>(plain.size(), 4 * 60));
    for (const QChar c : plain) {
        if (c.isMark()) {
            continue; // the accent of a decomposed letter: "rückwärts" becomes "ruckwarts"
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug.append(c);
        } else if (!slug.isEmpty() && !slug.endsWith(u'-')) {
            slug.append(u'-');
        }
        if (slug.size() > 2 * 60) {
            break;
        }
    }
    slug.truncate(60);
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    if (slug.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
        slug = prefix + u'-' + QString::fromLatin1(hash);
    }
    return slug;
}

QStringList ImportText::sentences(const QString& text)
{
    const QString simple = text.simplified();
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, simple);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const QString sentence = simple.mid(start, finder.position() - start).trimmed();
        if (!sentence.isEmpty()) {
            out.append(sentence);
        }
        start = finder.position();
    }
    return out;
}

int ImportText::lineAt(QByteArrayView bytes, qsizetype offset)
{
    return static_cast<int>(bytes.first(std::clamp<qsizetype>(offset, 0, bytes.size())).count('\n')) + 1;
}

QString ImportText::jsonProblem(QByteArrayView bytes, const QJsonParseError& error)
{
    return tr("not valid JSON at line %1: %2").arg(lineAt(bytes, error.offset)).arg(error.errorString());
}

QString ImportText::tooManyItems()
{
    return tr("the file holds more than %1 items; Unknot imports at most that many at once.")
        .arg(QLocale().toString(ImportLimits::maxItems));
}

} // namespace unknot
