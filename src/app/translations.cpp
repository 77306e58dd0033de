// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace marquee {

namespace {
/// Marks the translators this function installed, so a second call replaces them instead of stacking up.
const QString TranslatorName = QStringLiteral("marqueeTranslator");

/// Installs one catalogue, owned by the application; false when there is none for @p locale.
bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(TranslatorName);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
} // namespace

QStringList installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    const QList<QTranslator *> previous =
        QCoreApplication::instance()->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QStringList loaded;
    // Qt's dialogs and buttons ("Close", "Restore Defaults"); qt_xx is the meta-catalogue over qtbase_xx.
    if (install(locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        loaded << QStringLiteral("qt_") + locale.name();
    if (install(locale, QStringLiteral("marquee"), QStringLiteral(":/i18n")))
        loaded << QStringLiteral("marquee_") + locale.name();
    // No catalogue for this language (or the C locale of a bare shell): the text stays English, with English
    // plurals rather than "4 hour(s)".
    else if (install(QLocale(QLocale::English), QStringLiteral("marquee"), QStringLiteral(":/i18n")))
        loaded << QStringLiteral("marquee_en");
    qCDebug(lcUi) << "translations for" << locale.name() << ":" << loaded;
    return loaded;
}

} // namespace marquee
