#include "shell/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>

namespace unknot::autostart {

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/unknot.desktop");
}

bool isOn()
{
    return QFile::exists(entryPath());
}

bool set(bool on, QString* why)
{
    const QString path = entryPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *why = QFile(path).errorString();
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *why = QCoreApplication::translate("Autostart", "the folder %1 cannot be made")
                   .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    // The running program's own path: an installed copy or a build, whichever the person chose to start at login.
    // --background keeps the window closed at login when the tray can hold Unknot.
    QString program = QCoreApplication::applicationFilePath();
    program.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QString entry =
        QStringLiteral("[Desktop Entry]\nType=Application\nName=Unknot\n"
                       "Comment=Gentle break reminders for upper back and shoulder pain\n"
                       "Exec=\"%1\" --background\nIcon=%2\nTerminal=false\n"
                       "X-GNOME-Autostart-enabled=true\n")
            .arg(program, QGuiApplication::desktopFileName().isEmpty() ? QStringLiteral("unknot")
                                                                       : QGuiApplication::desktopFileName());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace unknot::autostart
