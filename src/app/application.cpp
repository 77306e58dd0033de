// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/homerepository.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/settingsrepository.h"
#include "storage/syncstaterepository.h"
#include "ui/mainwindow.h"

#include <QMessageBox>

namespace marquee {

Application::Application(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

// The window goes first: its pages hold references to the repositories, which hold statements on the connection.
Application::~Application()
{
    m_window.reset();
    m_syncState.reset();
    m_libraries.reset();
    m_home.reset();
    m_items.reset();
}

bool Application::start()
{
    const DatabasePaths paths = m_dataDir.isEmpty() ? DatabasePaths::standard() : DatabasePaths::inDirectory(m_dataDir);
    m_database = std::make_unique<Database>(paths, &m_clock);
    const Database::OpenReport report = m_database->open();
    if (!report.ok) {
        qCWarning(lcUi) << "cannot open the databases:" << report.error.toString();
        QMessageBox box(QMessageBox::Critical, QStringLiteral("Marquee cannot start"),
                        QStringLiteral("Marquee could not open its database."), QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(report.error.toString());
        box.exec();
        return false;
    }

    const QSqlDatabase db = m_database->connection();
    m_config.applyOverrides(SettingsRepository(db).all());
    m_items = std::make_unique<ItemReader>(db);
    m_home = std::make_unique<HomeRepository>(db);
    m_libraries = std::make_unique<LibraryRepository>(db, m_config);
    m_syncState = std::make_unique<SyncStateRepository>(db);
    m_window = std::make_unique<MainWindow>(UiContext{*m_items, *m_home, *m_libraries, *m_syncState, m_clock});
    m_window->show();

    if (!report.notices.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, QStringLiteral("Marquee"),
                                    report.notices.join(QLatin1Char('\n')), QMessageBox::Ok, m_window.get());
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    return true;
}

} // namespace marquee
