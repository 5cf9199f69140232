#pragma once

#include <QString>

#include <ostream>

// Lets Catch2 print QStrings in INFO and in failed assertions.
inline std::ostream& operator<<(std::ostream& out, const QString& value)
{
    return out << value.toStdString();
}

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
