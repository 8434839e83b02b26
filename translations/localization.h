#pragma once

// Puts the user's language into effect for Dutymap's own texts and for Qt's
// (standard buttons, the command line parser's help). Dutymap's catalogs are
// compiled into the program, so a binary in the build tree and an installed
// one find them alike; Qt's come from Qt's translations folder.
class Localization
{
public:
    // Installs the translators on the running QCoreApplication for the
    // system locale (LC_ALL, LC_MESSAGES, LANG). Returns false when Dutymap
    // has no catalog for that language and stays in English.
    // Then installs DocumentLanguage's translator, so that an agreement's
    // words follow the agreement's language.
    static bool install();

private:
    static bool installUserLanguage();
};
