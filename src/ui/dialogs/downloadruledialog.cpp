// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/downloadruledialog.h"

#include "services/downloadservice.h"
#include "core/usermessage.h"
#include "ui/dialogs/messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QSpinBox>
#include <QVBoxLayout>

namespace marquee {

namespace {
constexpr int DefaultKeep = 3;
constexpr int DefaultRemoveDays = 7;
} // namespace

DownloadRuleDialog::DownloadRuleDialog(const QString &seriesName, const DownloadRule &rule, QWidget *parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_keep(new QCheckBox(tr("Keep the next"), this))
    , m_keepCount(new QSpinBox(this))
    , m_remove(new QCheckBox(tr("Delete an episode"), this))
    , m_removeDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("downloadRuleDialog"));
    setWindowTitle(tr("Keep episodes downloaded"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // the series name is server text
    intro->setWordWrap(true);
    intro->setText(tr("%1: checked after each sync of what you watched and whenever the server answers again.")
                       .arg(seriesName));

    m_keep->setObjectName(QStringLiteral("keepUnwatched"));
    m_keepCount->setObjectName(QStringLiteral("keepUnwatchedCount"));
    m_keepCount->setRange(1, 99);
    m_keepCount->setSuffix(tr(" unwatched episodes downloaded"));
    m_keep->setChecked(rule.keepUnwatched > 0);
    m_keepCount->setValue(rule.keepUnwatched > 0 ? rule.keepUnwatched : DefaultKeep);
    m_remove->setObjectName(QStringLiteral("removeWatched"));
    m_removeDays->setObjectName(QStringLiteral("removeWatchedDays"));
    m_removeDays->setRange(0, 365);
    m_removeDays->setSuffix(tr(" days after it is watched"));
    m_remove->setChecked(rule.removeWatchedAfterDays.has_value());
    m_removeDays->setValue(rule.removeWatchedAfterDays.value_or(DefaultRemoveDays));
    m_keepCount->setEnabled(m_keep->isChecked());
    m_removeDays->setEnabled(m_remove->isChecked());
    connect(m_keep, &QCheckBox::toggled, m_keepCount, &QWidget::setEnabled);
    connect(m_remove, &QCheckBox::toggled, m_removeDays, &QWidget::setEnabled);

    auto *rules = new QGridLayout;
    rules->addWidget(m_keep, 0, 0);
    rules->addWidget(m_keepCount, 0, 1);
    rules->addWidget(m_remove, 1, 0);
    rules->addWidget(m_removeDays, 1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(rules);
    layout->addWidget(buttons);
}

DownloadRule DownloadRuleDialog::rule() const
{
    DownloadRule rule = m_rule;
    rule.keepUnwatched = m_keep->isChecked() ? m_keepCount->value() : 0;
    rule.removeWatchedAfterDays = m_remove->isChecked() ? std::optional<int>(m_removeDays->value()) : std::nullopt;
    return rule;
}

void DownloadRuleDialog::edit(QWidget *parent, DownloadService *service, const QString &seriesId,
                              const QString &seriesName)
{
    if (!service)
        return;
    QPointer<QWidget> owner = parent;
    QPointer<DownloadService> downloads = service;
    service->rules().then(service, [owner, downloads, seriesId, seriesName](const QList<DownloadRule> &rules) {
        if (!owner || !downloads)
            return;
        DownloadRule current{downloads->serverId(), seriesId, 0, std::nullopt};
        for (const DownloadRule &rule : rules) {
            if (rule.seriesId == seriesId)
                current = rule;
        }
        auto *dialog = new DownloadRuleDialog(seriesName, current, owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, downloads, [dialog, owner, downloads] {
            downloads->setRule(dialog->rule()).then(downloads, [owner](const Status &saved) {
                if (!saved && owner)
                    MessageBox::show(owner, QMessageBox::Warning, tr("The rule was not saved."),
                                     UserMessage::from(saved.error()));
            });
        });
        dialog->open();
    });
}

} // namespace marquee
