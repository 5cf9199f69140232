#pragma once

#include "Result.h"

#include <catch2/catch.hpp>

namespace unknot::test {

/// Passes result through, copying its words into *error: lets a test check both what a call returned and what it
/// said, as it reads in the code under test.
template <typename R> R capture(R result, QString* error)
{
    *error = result.error();
    return result;
}

/// The value of a read that must succeed in this test; the test stops, with the journal's words, if it failed.
template <typename T> T must(Result<T> result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace unknot::test
