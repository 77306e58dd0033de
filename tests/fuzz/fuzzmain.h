// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace marquee::fuzz {

/// One libFuzzer input through @p check; a broken promise aborts, which libFuzzer reports with the input saved.
inline int runOne(const uint8_t *data, size_t size, QString (*check)(const QByteArray &))
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    const QString problem = check(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "broken promise: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}

} // namespace marquee::fuzz
