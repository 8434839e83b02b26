#pragma once

#include <QString>

// The language of the words Dutymap writes into an agreement and its
// documents: a new agreement's title, the rules and duties tailoring adds,
// a report's headings and captions. They follow the agreement
// (AgreementDetails::language), not the window: a German agreement exported
// from an English window is German throughout, and an English one stays
// English in a German window.
//
// Those words are tr() texts like any other. While a Scope lives on a
// thread, tr() on that thread answers in the scope's language from Dutymap's
// compiled-in catalogs; other threads, and this one outside the scope, keep
// the user's language.
class DocumentLanguage
{
public:
    class Scope
    {
    public:
        // language: a code such as "de"; empty for the source language,
        // English.
        explicit Scope(const QString &language);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QString m_previous;
    };

    // Installs the translator that answers inside scopes. It must be asked
    // before the user's own, so it is installed after them
    // (Localization::install() does so); installing again puts it in front
    // of translators installed since.
    static void install();
};
