// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/downloadjob.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace marquee {

class DownloadService;

/**
 * @brief A series' download rule: "keep the next N unwatched episodes downloaded" and "delete an episode N days after
 * it is watched". The service checks them after each progress sync and on reconnect, so an episode watched on the
 * plane is replaced at the next Wi-Fi.
 */
class DownloadRuleDialog : public QDialog
{
    Q_OBJECT

public:
    DownloadRuleDialog(const QString &seriesName, const DownloadRule &rule, QWidget *parent = nullptr);

    /// The rule as the dialog shows it (server and series as given).
    [[nodiscard]] DownloadRule rule() const;

    /// Reads the series' rule from @p service, shows the dialog (window-modal, never blocking) and saves what the user
    /// accepts. What the service answers on failure is said over @p parent.
    static void edit(QWidget *parent, DownloadService *service, const QString &seriesId, const QString &seriesName);

private:
    DownloadRule m_rule;
    QCheckBox *m_keep;
    QSpinBox *m_keepCount;
    QCheckBox *m_remove;
    QSpinBox *m_removeDays;
};

} // namespace marquee
