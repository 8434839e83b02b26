#include "documentlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <map>
#include <memory>

namespace {

// The scope's language on this thread; null outside any scope.
thread_local QString t_language;

// Answers tr() inside a scope from the catalog of its language, and with
// the source text where that catalog has no translation, so that the
// user's catalog, asked next, never fills in. Outside a scope it answers
// nothing and the user's catalogs speak.
class ScopedTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (t_language.isNull())
            return {};
        const QString text = catalog(t_language).translate(context, sourceText, disambiguation, n);
        return text.isNull() ? QString::fromUtf8(sourceText) : text;
    }

    bool isEmpty() const override { return false; }

private:
    // The catalog of a language, loaded on first use; an empty one for a
    // language Dutymap has no catalog of. English has one too: its plural
    // forms.
    const QTranslator &catalog(const QString &language) const
    {
        const QMutexLocker lock(&m_mutex);
        std::unique_ptr<QTranslator> &found = m_catalogs[language];
        if (!found) {
            found = std::make_unique<QTranslator>();
            const QString folder = QStringLiteral(":/i18n");
            if (!found->load(QLocale(language), QStringLiteral("dutymap"), QStringLiteral("_"),
                             folder))
                static_cast<void>(found->load(QStringLiteral("dutymap_en"), folder));
        }
        return *found;
    }

    mutable QMutex m_mutex;
    mutable std::map<QString, std::unique_ptr<QTranslator>> m_catalogs;
};

} // namespace

DocumentLanguage::Scope::Scope(const QString &language)
    : m_previous(t_language)
{
    // Not null: a scope of the source language answers in English too.
    t_language = language.isEmpty() ? QStringLiteral("en") : language;
}

DocumentLanguage::Scope::~Scope()
{
    t_language = m_previous;
}

void DocumentLanguage::install()
{
    static ScopedTranslator *installed = nullptr;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    if (!installed) {
        installed = new ScopedTranslator;
        installed->setParent(app);
    } else {
        QCoreApplication::removeTranslator(installed);
    }
    QCoreApplication::installTranslator(installed);
}
