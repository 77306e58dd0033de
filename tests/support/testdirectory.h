// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace marquee::test {

/// A fresh folder per test, removed afterwards; holds the test's cache and state files.
class TestDirectory
{
public:
    TestDirectory();
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace marquee::test
