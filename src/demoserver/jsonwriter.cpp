// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace marquee {

namespace {
void appendEscape(QByteArray &out, char c)
{
    static const char hex[] = "0123456789abcdef";
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
        out += "\\u00";
        out += hex[u >> 4];
        out += hex[u & 0xf];
    }
}

/// Quotes and escapes UTF-8 (or Latin-1) bytes, copying runs that need no escape in one go.
void appendEscaped(QByteArray &out, const char *data, qsizetype size)
{
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto u = static_cast<unsigned char>(data[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(data + run, i - run);
        appendEscape(out, data[i]);
        run = i + 1;
    }
    out.append(data + run, size - run);
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
    // Most strings are ASCII: narrow them on the stack instead of allocating a UTF-8 copy.
    QVarLengthArray<char, 512> ascii(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            appendEscaped(m_out, utf8.constData(), utf8.size());
            return;
        }
        ascii[i] = char(c);
    }
    appendEscaped(m_out, ascii.constData(), ascii.size());
}

void JsonWriter::value(QLatin1String text)
{
    separator();
    appendEscaped(m_out, text.data(), text.size());
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
