#pragma once

namespace unknot {

/// Which rules an item is held to: the built-in library's (sources, a figure, who should skip it, at least one
/// muscle) or a person's own (made in the editor or imported: none of those required, an "origin" instead).
enum class ItemOrigin { BuiltIn, Own };

} // namespace unknot
