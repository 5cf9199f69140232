#include "common/Module.h"

#include "Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QPluginLoader>

namespace unknot::module {

namespace {

struct Loaded {
    QObject* instance = nullptr;
    bool tried = false;
};

QHash<QString, Loaded>& modules()
{
    static QHash<QString, Loaded> loaded;
    return loaded;
}

} // namespace

QString folder()
{
    // UNKNOT_MODULE_DIR is relative to the program's folder, e.g. "../lib/unknot"; the build tree keeps the same
    // layout, so the app, the tests and the benchmarks find the modules built beside them.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(UNKNOT_MODULE_DIR));
}

QObject* instance(const QString& name)
{
    Loaded& module = modules()[name];
    if (module.tried) {
        return module.instance;
    }
    module.tried = true;
    QPluginLoader loader(QDir(folder()).filePath(name));
    module.instance = loader.instance();
    if (module.instance) {
        log::info(QStringLiteral("loaded %1").arg(loader.fileName()));
    } else {
        log::warn(QStringLiteral("cannot load the module %1 from %2: %3").arg(name, folder(), loader.errorString()));
    }
    return module.instance;
}

bool isLoaded(const QString& name)
{
    return modules().value(name).instance != nullptr;
}

} // namespace unknot::module
