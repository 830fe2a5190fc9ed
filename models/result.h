#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace gw {

// An error as a value: what went wrong and, where the input is text, where.
struct Error
{
    QString message;
    qsizetype position = -1; // offset into the parsed text, -1 when not positional

    bool operator==(const Error &) const = default;
};

// std::expected is C++23; this is the small subset we need.
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(E error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return std::get<T>(m_data); }

    const E &error() const { return std::get<E>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace gw
