#include "localization.h"

#include "model/documentlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool Localization::install()
{
    const bool found = installUserLanguage();
    // Asked first: an agreement's own words in the agreement's language.
    DocumentLanguage::install();
    return found;
}

bool Localization::installUserLanguage()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QLocale locale;
    const QString folder = QStringLiteral(":/i18n");

    // A language without a catalog (or the C locale of a bare system) shows
    // the English source texts, which still need English plural forms.
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("dutymap"), QStringLiteral("_"), folder);
    if (found || own->load(QStringLiteral("dutymap_en"), folder))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (!found)
        return false; // Qt's texts stay in English too, so one window speaks one language.

    // A missing Qt catalog (qt6-translations-l10n not installed) only leaves
    // Qt's own few texts, such as standard buttons, in English.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
