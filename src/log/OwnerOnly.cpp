#include "OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace unknot {

OwnerOnly::OwnerOnly()
    : m_previous(::umask(077))
{
}

OwnerOnly::~OwnerOnly()
{
    ::umask(m_previous);
}

bool OwnerOnly::makeFolder(const QString& path)
{
    const OwnerOnly guard;
    if (!QDir().mkpath(path)) {
        return false;
    }
    // A folder made by an earlier version (or by hand) may be open to others.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

void OwnerOnly::restrictFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

} // namespace unknot
