#pragma once

#include "ContentPack.h"

namespace unknot {

/// The content pack compiled into the app (checked at build time by unknot-contentcheck).
struct BuiltinContent {
    ContentPack pack;
    QByteArray fingerprint; ///< changes whenever the pack's bytes change

    static BuiltinContent load();
};

} // namespace unknot
