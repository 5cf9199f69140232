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
    /// True for an own item (a summary or an item with `own`).
    template <typename Item>
    static bool isOwn(const Item& item)
    {
        if constexpr (requires { item.own; }) {
            return item.own;
        } else {
            return false;
        }
    }
};

} // namespace unknot
