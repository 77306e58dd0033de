// SPDX-License-Identifier: GPL-3.0-or-later
// The token never reaches a log line, a logged URL or a database file; SQL never carries text from the server or
// the user, only placeholders (every statement any connection runs is traced).
#include "faultfixture.h"
#include "backend/backend.h"
#include "storage/itemreader.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace marquee;
using namespace marquee::test;

namespace {

// Every log line of the process while a test runs, debug included.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        logLines << message;
    }
    if (previousHandler && type != QtDebugMsg)
        previousHandler(type, context, message);
}

// Debug output of Marquee's own categories on, whatever QT_LOGGING_RULES says.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void enableMarqueeDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "marquee.", 8) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

// Every SQL text any connection in the process prepared, as SQLite saw it before binding.
QMutex sqlMutex;
QStringList sqlTexts;

int traceStatement(unsigned type, void *, void *, void *text)
{
    if (type == SQLITE_TRACE_STMT && text) {
        QMutexLocker locker(&sqlMutex);
        sqlTexts << QString::fromUtf8(static_cast<const char *>(text));
    }
    return 0;
}

int installTrace(sqlite3 *db, const char **, const struct sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &traceStatement, nullptr);
    return SQLITE_OK;
}

const QString Marker = QStringLiteral("Zq'x\"Marker");

class SecurityFaults : public FaultFixture
{
protected:
    SecurityFaults()
    {
        // Before SetUp opens any connection: the trace is installed on every connection opened from now on.
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&installTrace));
        previousFilter = QLoggingCategory::installFilter(&enableMarqueeDebug);
        previousHandler = qInstallMessageHandler(&captureMessage);
    }
    ~SecurityFaults() override
    {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::installFilter(previousFilter);
        sqlite3_reset_auto_extension();
    }

    [[nodiscard]] static QStringList sqlContaining(const QString &text)
    {
        QMutexLocker locker(&sqlMutex);
        QStringList found;
        for (const QString &sql : std::as_const(sqlTexts))
            if (sql.contains(text))
                found << sql.left(200);
        return found;
    }
};

} // namespace

TEST_F(SecurityFaults, TheTokenIsNeverLoggedNorWrittenToTheDatabases)
{
    const QString token = services->backend()->session().accessToken;
    ASSERT_GE(token.size(), 16);
    // Failures log the most: a hostile body, a storm, and finally a 401 that signs out.
    proxy->setTamper([](const FakeRequest &request, FakeResponse &response) {
        if (request.path == QLatin1String("/Items"))
            response.body = "<html>" + request.target + "</html>";
    });
    EXPECT_TRUE(refresh(moviesScope()).isError());
    proxy->clearTamper();
    demo.setErrorRate(1.0);
    EXPECT_TRUE(refresh(showsScope()).isError());
    demo.setErrorRate(0.0);
    proxy->setTamper([](const FakeRequest &, FakeResponse &response) { response = FakeResponse::withStatus(401); });
    EXPECT_EQ(refresh(moviesScope()).kind, ErrorKind::Unauthorized);
    services.reset(); // checkpoints and closes the files

    {
        QMutexLocker locker(&logMutex);
        ASSERT_GT(logLines.size(), 10) << "debug logging was on";
        for (const QString &line : std::as_const(logLines))
            EXPECT_FALSE(line.contains(token)) << line.toStdString();
    }
    int databaseFiles = 0;
    QDirIterator files(directory.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!path.contains(QLatin1String(".sqlite")))
            continue; // the credential store's own file is where the token belongs
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_FALSE(bytes.contains(token.toUtf8())) << path.toStdString();
        EXPECT_FALSE(bytes.contains(token.toUtf8().toHex())) << path.toStdString();
        ++databaseFiles;
    }
    EXPECT_GE(databaseFiles, 2);
}

TEST_F(SecurityFaults, SqlCarriesNoServerOrUserTextOnlyPlaceholders)
{
    // Every string the server sends, ids included, carries the marker; then the user searches for it and saves it.
    proxy->setTamper([](const FakeRequest &request, FakeResponse &response) {
        if (request.path != QLatin1String("/Items") && request.path != QLatin1String("/UserViews"))
            return;
        QByteArray body = response.body;
        const QByteArray escaped = QJsonDocument(QJsonArray{Marker}).toJson(QJsonDocument::Compact).mid(2).chopped(2);
        const QByteArray nameKey = QByteArrayLiteral("\"Name\":\"");
        body.replace(nameKey, QByteArray(nameKey + escaped));
        body.replace(QByteArrayLiteral("\"Etag\":\""), QByteArrayLiteral("\"Etag\":\"changed-")); // rows are rewritten
        response.body = body;
    });
    for (const QString &scope : {QStringLiteral("libraries"), moviesScope(), showsScope()})
        EXPECT_FALSE(refresh(scope).isError()) << scope.toStdString();
    ItemReader reader(services->database().connection());
    const QString firstMovie = demo.itemIds(DemoItemKind::Movie).value(0);
    ASSERT_TRUE(reader.item(firstMovie)->name.startsWith(Marker)) << "the marker reached the cache";
    EXPECT_FALSE(reader.search(Marker, 20).isEmpty());
    SettingsRepository(services->database().connection()).setValue(QStringLiteral("ui/last-search"), Marker);
    EXPECT_TRUE(reader.item(Marker + QStringLiteral("' OR '1'='1")) == std::nullopt);

    {
        QMutexLocker locker(&sqlMutex);
        ASSERT_GT(sqlTexts.size(), 50) << "the trace saw the statements";
    }
    EXPECT_EQ(sqlContaining(QStringLiteral("Marker")), QStringList());

    // The check can fail: a statement built from the marker is seen.
    QSqlQuery built(services->database().connection());
    built.exec(QStringLiteral("SELECT count(*) FROM items WHERE name = 'x%1'").arg(QStringLiteral("Marker")));
    EXPECT_EQ(sqlContaining(QStringLiteral("Marker")).size(), 1);
}
