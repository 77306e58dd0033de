// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace marquee {

namespace {
void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            switch (c) {
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}
} // namespace

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
    }
}

void JsonWriter::key(QLatin1String name)
{
    separator();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    separator();
    appendEscaped(m_out, text.toUtf8());
}

void JsonWriter::value(QLatin1String text)
{
    separator();
    appendEscaped(m_out, QByteArray(text.data(), text.size()));
}

void JsonWriter::value(qint64 number)
{
    separator();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    separator();
    if (!std::isfinite(number))
        m_out += "null";
    else if (number == std::floor(number) && std::fabs(number) < 1e15)
        m_out += QByteArray::number(qint64(number));
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::value(bool flag)
{
    separator();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    separator();
    m_out += "null";
}

void JsonWriter::raw(const QByteArray &json)
{
    separator();
    m_out += json;
}

} // namespace marquee
