// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/aboutinfo.h"

#include <QDialog>

namespace marquee {

/// @brief Help → About Marquee: the version, the libraries with their versions and licences, and the server versions
/// Marquee has talked to.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AboutInfo &info, QWidget *parent = nullptr);
    ~AboutDialog() override;
};

} // namespace marquee
