// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/itemcontextmenu.h"

#include "services/downloadservice.h"
#include "ui/dialogs/downloadruledialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/downloadstatustext.h"
#include "ui/pages/detailstext.h"

#include <QPointer>

namespace marquee {

ItemContextMenu::ItemContextMenu(const ItemSummary &item, QWidget *parent, DownloadService *downloads)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("itemContextMenu"));
    addPlayActions(item);
    addSeparator();
    addAction(item.played ? tr("Mark not played") : tr("Mark played"), this,
              [this, item] { Q_EMIT playedChangeRequested(item.id, !item.played); });
    addAction(item.isFavorite ? tr("Remove from favourites") : tr("Add to favourites"), this,
              [this, item] { Q_EMIT favoriteChangeRequested(item.id, !item.isFavorite); });
    addOfflineActions(item, downloads);
}

ItemContextMenu::ItemContextMenu(const QList<ItemSummary> &items, QWidget *parent, DownloadService *downloads)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("selectionContextMenu"));
    QStringList unplayed;
    QStringList played;
    QStringList downloadable;
    for (const ItemSummary &item : items) {
        (item.played ? played : unplayed).append(item.id);
        const bool group = item.type == ItemType::Series || item.type == ItemType::Season;
        if (downloads && (group || (item.canDownload && !downloads->jobForItem(item.id))))
            downloadable.append(item.id);
    }
    if (!unplayed.isEmpty()) {
        addAction(tr("Mark %n item(s) played", nullptr, int(unplayed.size())), this, [this, unplayed] {
            for (const QString &id : unplayed)
                Q_EMIT playedChangeRequested(id, true);
        });
    }
    if (!played.isEmpty()) {
        addAction(tr("Mark %n item(s) not played", nullptr, int(played.size())), this, [this, played] {
            for (const QString &id : played)
                Q_EMIT playedChangeRequested(id, false);
        });
    }
    if (!downloadable.isEmpty()) {
        addSeparator();
        addDownloadAction(tr("Download %n item(s)", nullptr, int(downloadable.size())), downloads, downloadable);
    }
}

void ItemContextMenu::addDownloadAction(const QString &text, DownloadService *downloads, const QStringList &ids)
{
    // The page stays when the menu goes: what the queue answers is said over it.
    QPointer<QWidget> page = parentWidget();
    addAction(text, this, [downloads, page, ids] {
        downloads->download(ids).then(downloads, [page](const Result<QList<DownloadJob>> &queued) {
            if (!queued && page)
                MessageBox::show(page, QMessageBox::Warning, tr("Nothing could be downloaded."),
                                 DownloadStatusText::whyNothingQueued(queued.error()));
        });
    });
}

void ItemContextMenu::addPlayActions(const ItemSummary &item)
{
    const QString id = item.id;
    if (item.type == ItemType::Series) {
        addAction(tr("Play next episode"), this, [this, id] { Q_EMIT playRequested(id, 0); });
        return;
    }
    const qint64 resumeTicks = item.played ? 0 : item.positionTicks;
    const QString play
            = resumeTicks > 0 ? tr("Resume from %1").arg(DetailsText::clockPosition(resumeTicks)) : tr("Play");
    addAction(play, this, [this, id, resumeTicks] { Q_EMIT playRequested(id, resumeTicks); });
    if (resumeTicks > 0)
        addAction(tr("Start over"), this, [this, id] { Q_EMIT playRequested(id, 0); });
}

void ItemContextMenu::addOfflineActions(const ItemSummary &item, DownloadService *downloads)
{
    if (!downloads)
        return;
    const bool group = item.type == ItemType::Series || item.type == ItemType::Season;
    const std::optional<DownloadJob> job = group ? std::nullopt : downloads->jobForItem(item.id);
    if (!job && !group && !item.canDownload)
        return;
    addSeparator();
    if (item.type == ItemType::Series) {
        addAction(tr("Keep episodes downloaded…"), this, [page = QPointer<QWidget>(parentWidget()), downloads, item] {
            DownloadRuleDialog::edit(page, downloads, item.id, item.name);
        });
    }
    if (!job) {
        addDownloadAction(tr("Download"), downloads, {item.id});
        return;
    }
    QAction *state = addAction(tr("Download: %1").arg(DownloadStatusText::label(*job)));
    state->setEnabled(false);
    if (job->state == DownloadState::Paused || job->state == DownloadState::Failed || job->state == DownloadState::Waiting)
        addAction(tr("Resume the download"), this, [downloads, id = job->id] { downloads->resume(id); });
    else if (job->state != DownloadState::Ready)
        addAction(tr("Pause the download"), this, [downloads, id = job->id] { downloads->pause(id); });
    addAction(job->state == DownloadState::Ready ? tr("Delete the download") : tr("Cancel the download"), this,
              [downloads, id = job->id] { downloads->remove(id); });
}

QStringList ItemContextMenu::actionTexts() const
{
    QStringList texts;
    for (const QAction *action : actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

QAction *ItemContextMenu::actionNamed(const QString &text) const
{
    for (QAction *action : actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace marquee
