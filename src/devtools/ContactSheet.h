#pragma once

#include <QImage>

namespace unknot {

class LibraryRepository;

/// Every exercise's figure at each key pose, one row per exercise (and per set that moves differently), and the
/// still pictures of heat, cold and rest: to check the drawings at a glance and for the docs.
class ContactSheet {
public:
    static QImage render(const LibraryRepository& library, double scale = 1.0);
};

} // namespace unknot
