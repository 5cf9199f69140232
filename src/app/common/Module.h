#pragma once

#include <QObject>
#include <QString>

namespace unknot::module {

/// Parts that need a large Qt library (Qt Multimedia and TextToSpeech for the cues, Qt Charts for History's chart)
/// are plugin modules beside the app, not linked into it: each is loaded the first time it is needed, so its
/// libraries take no memory before then. Loaded modules stay loaded.

/// The folder the modules are looked for in: the install's module folder, relative to the program's own.
QString folder();
/// The plugin object of module name (e.g. "unknot_media"); nullptr, logged once, when it cannot be loaded.
QObject* instance(const QString& name);
/// Whether module name has been loaded in this process.
bool isLoaded(const QString& name);

/// The module's plugin object as Interface (declared with Q_DECLARE_INTERFACE), or nullptr.
template <typename Interface> Interface* load(const QString& name)
{
    return qobject_cast<Interface*>(instance(name));
}

} // namespace unknot::module
