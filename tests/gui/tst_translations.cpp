// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// Every shipped language is complete where a user looks first: switched to it, the window's menus,
// the welcome page and the dialogs ask for no string the catalogue lacks, and plurals follow %n.
#include "mainwindow.h"

#include "dialogs/dashboarddialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/labelmanagerdialog.h"
#include "dialogs/prelabeldialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/taskdialog.h"
#include "store/projectstore.h"
#include "util/language.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Tessera;

namespace {

// Installed before the language's catalogue, so asked last: it sees exactly the strings that
// the catalogue did not translate.
class MissRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        // Qt's own classes (QDialogButtonBox, QShortcut, …) are Qt's catalogue's business.
        const QByteArray name(context);
        const bool qtOwn
                = name.size() > 1 && name[0] == 'Q' && QChar(QLatin1Char(name[1])).isUpper();
        if (!qtOwn)
            misses.insert(name + " / " + QByteArray(source));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QByteArray> misses;
};

QStringList texts(QMenu *menu)
{
    QStringList all{menu->title()};
    for (QAction *action : menu->actions()) {
        if (action->menu())
            all += texts(action->menu());
        else if (!action->isSeparator() && !action->text().isEmpty())
            all += action->text();
    }
    return all;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void languagesAreShipped();
    void everyStringOfTheWindowIsTranslated_data();
    void everyStringOfTheWindowIsTranslated();
    void pluralsFollowTheCount();
    void settingsOfferTheLanguages();

private:
    void useLanguage(const QString &code);
};

void TestTranslations::useLanguage(const QString &code)
{
    Language::setChosen(code);
    Language::apply();
}

void TestTranslations::languagesAreShipped()
{
    const QStringList codes = Language::available();
    QVERIFY2(codes.contains(QLatin1String("de")), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QLatin1String("fr")), qPrintable(codes.join(u',')));
    QCOMPARE(Language::nativeName(QStringLiteral("fr")), QStringLiteral("français"));
}

void TestTranslations::everyStringOfTheWindowIsTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("fr") << "fr"
                        << "&Fichier";
}

void TestTranslations::everyStringOfTheWindowIsTranslated()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    MissRecorder recorder;
    QCoreApplication::installTranslator(&recorder);
    useLanguage(code);

    QTemporaryDir dir;
    QString error;
    const QString projectPath = dir.filePath(QStringLiteral("p.tessera"));
    QStringList seen;
    {
        MainWindow window; // the welcome page and every menu
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
        QVERIFY(!menus.isEmpty());
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu())
                seen += texts(action->menu());
        }
        QVERIFY2(seen.contains(fileMenu), qPrintable(seen.join(u'|')));
        // With a project open: the docks, the status bar, the project's menus.
        QVERIFY2(window.openPath(projectPath, &error), qPrintable(error));
        QTest::qWait(50);
    }
    // The dialogs a user meets first.
    auto store = ProjectStore::open(projectPath, &error);
    QVERIFY2(store, qPrintable(error));
    QList<QDialog *> dialogs{new SettingsDialog,
                             new DashboardDialog({}),
                             new PrelabelDialog(true),
                             new HistoryDialog({}),
                             new LabelManagerDialog(store.get(), {}),
                             new TaskDialog({}, {}, {})};
    for (QDialog *dialog : std::as_const(dialogs)) {
        seen += dialog->windowTitle();
        QVERIFY2(!dialog->windowTitle().isEmpty(), dialog->metaObject()->className());
        delete dialog;
    }
    QCoreApplication::removeTranslator(&recorder);
    useLanguage(QString());

    QStringList misses;
    for (const QByteArray &miss : std::as_const(recorder.misses))
        misses.append(QString::fromUtf8(miss));
    misses.sort();
    for (const QString &miss : std::as_const(misses))
        qWarning("untranslated in %s: %s", qPrintable(code), qPrintable(miss));
    QVERIFY2(misses.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated string(s) in %2 (listed above)")
                                .arg(misses.size())
                                .arg(code)));
}

void TestTranslations::pluralsFollowTheCount()
{
    useLanguage(QStringLiteral("fr"));
    const QString one
            = QCoreApplication::translate("Tessera::MainWindow", "Added %n image(s)", nullptr, 1);
    const QString three
            = QCoreApplication::translate("Tessera::MainWindow", "Added %n image(s)", nullptr, 3);
    useLanguage(QString());
    QCOMPARE(one, QStringLiteral("1 image ajoutée"));
    QCOMPARE(three, QStringLiteral("3 images ajoutées"));
}

void TestTranslations::settingsOfferTheLanguages()
{
    SettingsDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QStringList names;
    for (int i = 0; i < combo->count(); ++i)
        names.append(combo->itemText(i));
    QVERIFY2(names.contains(QString::fromUtf8("français")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QLatin1String("Deutsch")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QLatin1String("English")), qPrintable(names.join(u',')));
    // Choosing one is stored, and is what the next start uses.
    combo->setCurrentIndex(names.indexOf(QString::fromUtf8("français")));
    dialog.accept();
    QCOMPARE(Language::chosen(), QStringLiteral("fr"));
    QCOMPARE(Language::effective(), QStringLiteral("fr"));
    Language::setChosen(QString());
}

int main(int argc, char *argv[])
{
    // Settings of a throwaway user, never the real one's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("LANGUAGE", "en");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera-test"));
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
