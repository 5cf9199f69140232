// Build-time check of the content pack: validates data/content and writes the merged pack the app embeds.
#include "ContentPack.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        err << "usage: unknot-contentcheck CONTENT_DIR [OUTPUT_PACK]\n";
        return 2;
    }
    QList<unknot::ContentError> errors;
    const auto pack = unknot::ContentPack::fromDirectory(args.at(1), &errors);
    errors += pack.validate(); // every problem at once, so one build shows them all
    for (const auto& error : errors) {
        err << "content error: " << args.at(1) << '/' << error.toString() << '\n';
    }
    if (!errors.isEmpty()) {
        err << errors.size() << " problem(s) in the content pack; nothing was written.\n";
        return 1;
    }
    if (args.size() == 3) {
        QSaveFile out(args.at(2));
        if (!out.open(QIODevice::WriteOnly)) {
            err << "cannot write " << args.at(2) << ": " << out.errorString() << '\n';
            return 1;
        }
        out.write(QJsonDocument(pack.toJson()).toJson(QJsonDocument::Compact));
        if (!out.commit()) {
            err << "cannot write " << args.at(2) << ": " << out.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
