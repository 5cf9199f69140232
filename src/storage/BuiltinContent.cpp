#include "BuiltinContent.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace unknot {

BuiltinContent BuiltinContent::load()
{
    QFile file(QStringLiteral(":/content/pack.json"));
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    QList<ContentError> errors; // validated at build time; the build fails instead
    BuiltinContent content{ContentPack::fromJson(QJsonDocument::fromJson(bytes).object(), &errors),
                           QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()};
    return content;
}

} // namespace unknot
