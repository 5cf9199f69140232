#pragma once

#include <QImage>

namespace unknot {

class LibraryRepository;

/// Every exercise's figure at each key pose, one row per exercise (and per set that moves differently), and the
/// still pictures of heat, cold and rest: to check the drawings at a glance and for the docs.
class ContactSheet {
public:
    /// With dark, drawn on the dark theme's palette, to check that figures read on it.
    static QImage render(const LibraryRepository& library, double scale = 1.0, bool dark = false);
};

} // namespace unknot
