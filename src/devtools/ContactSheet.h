#pragma once

#include <QImage>
#include <QPalette>

namespace unknot {

class LibraryRepository;

/// Every exercise's figure at each key pose, one row per exercise (and per set that moves differently), and the
/// still pictures of heat, cold and rest: to check the drawings at a glance and for the docs.
class ContactSheet {
public:
    static QImage render(const LibraryRepository& library, double scale = 1.0, bool dark = false);
    /// A dark palette like a desktop's dark theme, to check that figures read on it.
    static QPalette darkPalette();
};

} // namespace unknot
