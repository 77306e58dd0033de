// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <optional>
#include <utility>
#include <variant>

namespace marquee {

/// A value or a typed Error; what every backend call and fallible service call returns.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor): reads like a return
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const { return *m_value; }
    [[nodiscard]] T &value() { return *m_value; }
    [[nodiscard]] T takeValue() { return std::move(*m_value); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success with nothing to return.
using Status = Result<std::monostate>;

[[nodiscard]] inline Status success() { return Status(std::monostate{}); }

} // namespace marquee
