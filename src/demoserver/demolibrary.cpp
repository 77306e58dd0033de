// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demolibrary.h"

#include "demoserver/demodigests.h"
#include "demoserver/demoformat.h"

#include <QSet>

#include <algorithm>

namespace marquee {

void DemoLibrary::clear()
{
    m_items.clear();
    m_index.clear();
    m_children.clear();
    ++m_version;
}

void DemoLibrary::reserve(qsizetype count)
{
    m_items.reserve(size_t(count));
}

void DemoLibrary::append(DemoItem item)
{
    DemoDigests::refresh(item);
    if (item.ratingKey == 0)
        item.ratingKey = ++m_lastRatingKey;
    m_items.push_back(std::move(item));
}

void DemoLibrary::rebuildIndex()
{
    m_index.clear();
    m_ratingKeyIndex.clear();
    m_children.clear();
    m_index.reserve(qsizetype(m_items.size()));
    m_ratingKeyIndex.reserve(qsizetype(m_items.size()));
    for (int i = 0; i < int(m_items.size()); ++i) {
        m_index.insert(m_items[size_t(i)].id, i);
        m_ratingKeyIndex.insert(m_items[size_t(i)].ratingKey, i);
        if (!m_items[size_t(i)].parentId.isEmpty())
            m_children[m_items[size_t(i)].parentId].append(i);
    }
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](int a, int b) {
            const DemoItem &x = m_items[size_t(a)];
            const DemoItem &y = m_items[size_t(b)];
            if (x.indexNumber != y.indexNumber)
                return x.indexNumber < y.indexNumber;
            if (x.sortName != y.sortName)
                return x.sortName < y.sortName;
            return x.id < y.id;
        });
    }
    ++m_version;
}

const DemoItem *DemoLibrary::find(QStringView id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_items[size_t(i)];
}

const DemoItem *DemoLibrary::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_items[size_t(i)];
}

int DemoLibrary::indexOf(QStringView id) const
{
    return indexOf(id.toString());
}

int DemoLibrary::indexOf(const QString &id) const
{
    auto it = m_index.constFind(id);
    if (it == m_index.cend())
        it = m_index.constFind(DemoFormat::normalizeId(id));
    return it == m_index.cend() ? -1 : it.value();
}

const DemoItem *DemoLibrary::findByRatingKey(QStringView ratingKey) const
{
    bool ok = false;
    const quint32 key = ratingKey.toUInt(&ok);
    if (!ok)
        return nullptr;
    const auto it = m_ratingKeyIndex.constFind(key);
    return it == m_ratingKeyIndex.cend() ? nullptr : &m_items[size_t(it.value())];
}

QList<int> DemoLibrary::children(const QString &id) const
{
    return m_children.value(id);
}

QList<const DemoItem *> DemoLibrary::views() const
{
    QList<const DemoItem *> out;
    for (const DemoItem &item : m_items) {
        if (item.kind == DemoItemKind::CollectionFolder)
            out.append(&item);
    }
    return out;
}

int DemoLibrary::countOf(DemoItemKind kind) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [kind](const DemoItem &i) { return i.kind == kind; }));
}

void DemoLibrary::setPeople(QList<DemoPerson> people)
{
    m_people = std::move(people);
    m_personIndex.clear();
    for (int i = 0; i < m_people.size(); ++i)
        m_personIndex.insert(m_people[i].id, i);
}

const DemoPerson *DemoLibrary::findPerson(QStringView id) const
{
    const auto it = m_personIndex.constFind(DemoFormat::normalizeId(id));
    return it == m_personIndex.cend() ? nullptr : &m_people[it.value()];
}

void DemoLibrary::add(DemoItem item)
{
    DemoDigests::refresh(item);
    if (item.ratingKey == 0)
        item.ratingKey = ++m_lastRatingKey;
    const int i = int(m_items.size());
    m_index.insert(item.id, i);
    if (!item.parentId.isEmpty()) {
        QList<int> &siblings = m_children[item.parentId];
        siblings.append(i);
    }
    m_items.push_back(std::move(item));
    rebuildIndex(); // keeps child order right; additions are rare (test controls)
}

bool DemoLibrary::rename(const QString &id, const QString &name, qint64 nowMs)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    DemoItem &item = m_items[size_t(i)];
    item.name = name;
    item.sortName = makeSortName(name);
    item.dateLastSavedMs = nowMs;
    ++item.imageVersion;
    DemoDigests::refresh(item);
    ++m_version;
    return true;
}

void DemoLibrary::touch(const QString &id, qint64 nowMs)
{
    const int i = indexOf(id);
    if (i >= 0) {
        m_items[size_t(i)].dateLastSavedMs = nowMs;
        DemoDigests::refresh(m_items[size_t(i)]);
        ++m_version;
    }
}

QStringList DemoLibrary::remove(const QString &id)
{
    const DemoItem *root = find(id);
    if (!root)
        return {};
    QStringList removed;
    QList<QString> pending{root->id};
    while (!pending.isEmpty()) {
        const QString next = pending.takeLast();
        removed.append(next);
        for (const int child : m_children.value(next))
            pending.append(m_items[size_t(child)].id);
    }
    const QSet<QString> gone(removed.cbegin(), removed.cend());
    m_items.erase(std::remove_if(m_items.begin(), m_items.end(),
                                 [&gone](const DemoItem &item) { return gone.contains(item.id); }),
                  m_items.end());
    rebuildIndex();
    return removed;
}

QString DemoLibrary::makeSortName(const QString &name)
{
    QString sort = name.trimmed().toLower();
    for (const auto article : {QLatin1String("the "), QLatin1String("a "), QLatin1String("an ")}) {
        if (sort.startsWith(article) && sort.size() > article.size()) {
            sort.remove(0, article.size());
            break;
        }
    }
    return sort;
}

} // namespace marquee
