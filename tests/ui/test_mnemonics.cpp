#include "exchange/sampleagreement.h"
#include "mainwindow.h"
#include "portfolio/foldersource.h"
#include "portfoliowindow.h"
#include "scriptedprompter.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMultiMap>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

namespace {

// The letter after a single '&' in a text, lower case; empty when none.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter the window answers while `tab` is shown: the menu bar,
// the tab bar, and the visible labels (with a buddy), buttons and group boxes.
QMultiMap<QString, QString> visibleMnemonics(MainWindow &window)
{
    QMultiMap<QString, QString> out;
    const auto add = [&out](const QString &text) {
        const QString letter = mnemonicOf(text);
        if (!letter.isEmpty())
            out.insert(letter, text);
    };
    for (QAction *menu : window.menuBar()->actions())
        add(menu->text());
    for (int i = 0; i < window.tabs()->count(); ++i)
        add(window.tabs()->tabText(i));
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || qobject_cast<QTabBar *>(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
    }
    return out;
}

void checkEveryTab()
{
    ScriptedPrompter prompter;
    MainWindow window(&prompter);
    window.resize(1400, 900);
    window.show();
    const Result<Agreement> sample = SampleAgreement::load();
    REQUIRE(sample.ok());
    window.showAgreement(sample.value());
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        // The Duty panel in front, where it is shown at all.
        if (auto *duty = window.findChild<QDockWidget *>(QStringLiteral("inspector")))
            duty->raise();
        QApplication::processEvents();
        const QMultiMap<QString, QString> letters = visibleMnemonics(window);
        for (const QString &letter : letters.uniqueKeys()) {
            INFO(window.tabs()->tabText(tab).toStdString()
                 << ": Alt+" << letter.toStdString() << " on "
                 << QStringList(letters.values(letter)).join(QStringLiteral(" | ")).toStdString());
            CHECK(letters.count(letter) == 1);
        }
    }
}

} // namespace

TEST_CASE("Every Alt+letter means one thing on each tab", "[ui][mnemonics]")
{
    SECTION("English")
    {
        checkEveryTab();
    }
    SECTION("German")
    {
        QTranslator german;
        REQUIRE(german.load(QStringLiteral(":/i18n/dutymap_de.qm")));
        QCoreApplication::installTranslator(&german);
        checkEveryTab();
        QCoreApplication::removeTranslator(&german);
    }
}

TEST_CASE("Every Alt+letter means one thing in the portfolio window", "[ui][mnemonics]")
{
    QTemporaryDir folder;
    ScriptedPrompter prompter;
    PortfolioWindow window(std::make_unique<FolderSource>(folder.path()), &prompter);
    window.show();
    QMultiMap<QString, QString> letters;
    const auto add = [&letters](const QString &text) {
        if (const QString letter = mnemonicOf(text); !letter.isEmpty())
            letters.insert(letter, text);
    };
    for (QAction *menu : window.menuBar()->actions())
        add(menu->text());
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
    }
    CHECK(letters.size() >= 6);
    for (const QString &letter : letters.uniqueKeys()) {
        INFO("Alt+"
             << letter.toStdString() << " on "
             << QStringList(letters.values(letter)).join(QStringLiteral(" | ")).toStdString());
        CHECK(letters.count(letter) == 1);
    }
    // And within the menu, each item its own letter.
    QMultiMap<QString, QString> items;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (const QString letter = mnemonicOf(action->text()); !letter.isEmpty())
            items.insert(letter, action->text());
    }
    for (const QString &letter : items.uniqueKeys())
        CHECK(items.count(letter) == 1);
}
