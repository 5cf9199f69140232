#include "common/OwnMark.h"

namespace unknot {

QString OwnMark::word()
{
    //: Marks the person's own routines and exercises in lists and on their pages.
    return tr("Yours");
}

QString OwnMark::listLabel(const QString& name, bool own)
{
    //: A list entry of the person's own item: "Shoulder rolls · Yours".
    return own ? tr("%1 · %2").arg(name, word()) : name;
}

} // namespace unknot
