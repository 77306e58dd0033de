// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testdirectory.h"

namespace marquee::test {

TestDirectory::TestDirectory()
    : m_dir(QDir::tempPath() + QStringLiteral("/marquee-test-XXXXXX"))
{
}

} // namespace marquee::test
