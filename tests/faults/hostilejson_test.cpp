// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile or broken JSON from a server that answers 200: every body ends the refresh with a typed error and a
// cache exactly as before; markup in text fields is stored as the text it is.
#include "faultfixture.h"
#include "storage/itemreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace marquee;
using namespace marquee::test;

namespace {

class HostileJson : public FaultFixture
{
protected:
    // Hostile bodies run to tens of megabytes, made by the proxy on this thread: on a loaded machine one can take
    // longer than fastHttp()'s deadline, which is for trickling servers. What is checked here is how a body is
    // refused, not how fast it arrives.
    HostileJson() { http.timeoutMs = 30'000; }

    /// Serves @p rewrite(upstream body) for every /Items request and returns the error of a full movies refresh.
    Error refreshWithBody(std::function<QByteArray(const QByteArray &)> rewrite)
    {
        proxy->setTamper([rewrite](const FakeRequest &request, FakeResponse &response) {
            if (request.path == QLatin1String("/Items"))
                response.body = rewrite(response.body);
        });
        return refresh(moviesScope());
    }

    void expectRefusedAndUnchanged(const Error &error, ErrorKind kind = ErrorKind::BadResponse)
    {
        EXPECT_EQ(error.kind, kind) << error.toString().toStdString();
        EXPECT_FALSE(error.message.isEmpty());
        EXPECT_EQ(digest(), before);
    }
};

QJsonObject rootOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Every value of every item, and the page's own fields, replaced by null.
QJsonValue nulled(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = it.value().isArray() || it.value().isObject() ? nulled(it.value()) : QJsonValue();
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = nulled(array[i]);
        return array;
    }
    return QJsonValue();
}

/// Every string but ids, types, dates and image tags wrapped in markup and script (the Etag too, so that the
/// cache takes the rows as changed).
QJsonValue withMarkup(const QJsonValue &value, const QString &key = {})
{
    static const QStringList keep = {QStringLiteral("Id"), QStringLiteral("Type"), QStringLiteral("ParentId"),
                                     QStringLiteral("SeriesId"), QStringLiteral("SeasonId"),
                                     QStringLiteral("PremiereDate"), QStringLiteral("DateCreated"),
                                     QStringLiteral("Primary"), QStringLiteral("LastPlayedDate")};
    if (value.isString() && !keep.contains(key))
        return QStringLiteral("<script>alert(1)</script><b>%1</b><img src=x onerror=alert(2)>").arg(value.toString());
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withMarkup(it.value(), it.key());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withMarkup(array[i], key);
        return array;
    }
    return value;
}

} // namespace

TEST_F(HostileJson, ATruncatedBody)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray { return body.left(body.size() / 2); }));
}

TEST_F(HostileJson, WrongTypesForThePageAndForIds)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray {
        return QByteArrayLiteral(R"({"Items":{"Id":"x"},"TotalRecordCount":"many","StartIndex":[]})");
    }));
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject root = rootOf(body);
        QJsonArray items = root.value(QStringLiteral("Items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            item[QStringLiteral("Id")] = i % 2 ? QJsonValue(12345) : QJsonValue(QJsonArray{true});
            items[i] = item;
        }
        root[QStringLiteral("Items")] = items;
        return compact(root);
    }));
}

TEST_F(HostileJson, NullsEverywhere)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        return QJsonDocument(nulled(rootOf(body)).toObject()).toJson(QJsonDocument::Compact);
    }));
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject root = nulled(rootOf(body)).toObject();
        root[QStringLiteral("Items")] = QJsonValue();
        return compact(root);
    }));
}

TEST_F(HostileJson, InvalidUtf8)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QByteArray broken = body;
        const qsizetype name = broken.indexOf("\"Name\":\"");
        broken.insert(name + 8, "\xff\xfe\xc3\x28\xed\xa0\x80");
        return broken;
    }));
}

TEST_F(HostileJson, AFiftyMegabyteField)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        // Into the Name, the one key an item has once; the body stays under the 64 MiB cap.
        QByteArray huge = body;
        huge.insert(huge.indexOf("\"Name\":\"") + 8, QByteArray(50'000'000, 'a'));
        return huge;
    }));
}

TEST_F(HostileJson, NestingTenThousandDeep)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray {
        return "{\"Items\":[{\"Id\":\"deep\",\"Name\":" + QByteArray(10'000, '[') + QByteArray(10'000, ']')
               + "}],\"TotalRecordCount\":1}";
    }));
}

TEST_F(HostileJson, AMillionItemsInOnePage)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray {
        QByteArray body = "{\"Items\":[";
        body.reserve(20'000'000);
        for (int i = 0; i < 1'000'000; ++i)
            body += "{\"Id\":\"m" + QByteArray::number(i) + "\",\"Type\":\"Movie\"},";
        body.chop(1);
        return body + "],\"TotalRecordCount\":1000000}";
    }));
}

TEST_F(HostileJson, DuplicatedIds)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject root = rootOf(body);
        QJsonArray items = root.value(QStringLiteral("Items")).toArray();
        QJsonObject impostor = items.at(0).toObject();
        impostor[QStringLiteral("Name")] = QStringLiteral("Someone else");
        items.append(impostor);
        root[QStringLiteral("Items")] = items;
        return compact(root);
    }));
}

TEST_F(HostileJson, ATotalRecordCountThatLiesLowOrHighLosesNothing)
{
    // The listing contradicts its own count: it proves nothing, removes nothing, and the run says so (issue #19).
    for (const int claimed : {1, 0, 10'000'000}) {
        const Error error = refreshWithBody([claimed](const QByteArray &body) -> QByteArray {
            QJsonObject root = rootOf(body);
            root[QStringLiteral("TotalRecordCount")] = claimed;
            return compact(root);
        });
        EXPECT_EQ(error.kind, ErrorKind::Contradictory) << claimed << ": " << error.toString().toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("contradicted itself"))) << error.message.toStdString();
        EXPECT_EQ(digest(), before) << "TotalRecordCount " << claimed;
    }
}

TEST_F(HostileJson, MarkupAndScriptInEveryTextFieldAreStoredAsText)
{
    const Error error = refreshWithBody([](const QByteArray &body) -> QByteArray {
        return QJsonDocument(withMarkup(rootOf(body)).toObject()).toJson(QJsonDocument::Compact);
    });
    EXPECT_FALSE(error.isError()) << error.toString().toStdString();
    const QString firstMovie = demo.itemIds(DemoItemKind::Movie).value(0);
    const std::optional<MediaItem> stored = ItemReader(services->database().connection()).item(firstMovie);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->name.startsWith(QStringLiteral("<script>alert(1)</script><b>"))) << stored->name.toStdString();
    EXPECT_TRUE(stored->name.endsWith(QStringLiteral("</b><img src=x onerror=alert(2)>")));
    ASSERT_FALSE(stored->genres.isEmpty());
    EXPECT_TRUE(stored->genres.first().startsWith(QStringLiteral("<script>")));
    EXPECT_EQ(digest().items, before.items) << "no item was lost or added";
}
