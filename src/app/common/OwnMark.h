#pragma once

#include <QCoreApplication>
#include <QString>

namespace unknot {

/// How the person's own routines and exercises are marked wherever they are listed or shown: "Yours".
class OwnMark {
    Q_DECLARE_TR_FUNCTIONS(OwnMark)

public:
    /// The mark itself.
    static QString word();
    /// A list entry's text: the name, and the mark after it for an own item.
    static QString listLabel(const QString& name, bool own);
};

} // namespace unknot
