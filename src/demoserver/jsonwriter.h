// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace marquee {

/**
 * @brief A minimal streaming JSON writer (compact UTF-8). The demo server writes item pages with
 * it instead of building QJsonObjects: a 500-item page is several times faster this way.
 */
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(4096); }

    void beginObject() { separator(); m_out += '{'; m_first.append(true); }
    void endObject() { m_out += '}'; m_first.removeLast(); }
    void beginArray() { separator(); m_out += '['; m_first.append(true); }
    void endArray() { m_out += ']'; m_first.removeLast(); }
    /// Starts a member; the next value (or begin*) is its value.
    void key(QLatin1String name);

    void value(const QString &text);
    void value(QLatin1String text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    /// An already-encoded JSON value.
    void raw(const QByteArray &json);

    template <typename T>
    void field(QLatin1String name, const T &v)
    {
        key(name);
        value(v);
    }

    [[nodiscard]] const QByteArray &bytes() const { return m_out; }
    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    void separator();

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_first; ///< per open container: no member written yet
    bool m_afterKey = false;
};

} // namespace marquee
