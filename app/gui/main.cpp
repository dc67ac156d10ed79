// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Tessera;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationName(QStringLiteral("tessera"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tessera"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    Logging::initialize(QStringLiteral("tessera"), Logging::Console::Off);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Tessera: label images, text and model comparisons.\nPATH is a project "
                    "(.tessera), a folder of images or an image; a folder or image gets a project "
                    "beside it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main", "What to open."),
                                 QStringLiteral("[PATH]"));
    parser.addOption({QStringLiteral("asset"),
                      QApplication::translate("main", "Show this asset first (id, file name or "
                                                      "path)."),
                      QStringLiteral("ID_OR_FILE")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Save a screenshot of the window once the "
                                                      "asset is painted, then exit."),
                      QStringLiteral("OUT.png")});
    parser.addOption({QStringLiteral("reviewer"),
                      QApplication::translate("main", "Start in reviewer mode: assets are "
                                                      "read-only until you choose to fix one.")});
    parser.process(app);

    MainWindow window;
    const QString path = parser.positionalArguments().value(0);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "tessera: %s\n", message.toUtf8().constData());
        return 1;
    };
    window.setUnattended(!screenshot.isEmpty()); // nobody there to answer questions
    if (!path.isEmpty()) {
        QString error;
        if (!window.openPath(path, &error)) {
            if (!screenshot.isEmpty())
                return fail(error);
            window.show();
            QMetaObject::invokeMethod(&window, [&window, error]() {
                QMessageLogger().warning("%s", error.toUtf8().constData());
            });
        }
    }
    if (parser.isSet(QStringLiteral("reviewer")))
        window.setReviewerMode(true);
    const QString asset = parser.value(QStringLiteral("asset"));
    // A new folder is scanned (and its annotations imported) in the background: the asset asked
    // for, or the screenshot, may need what is still coming.
    if (window.isOpeningFolder()
        && ((!asset.isEmpty() && !window.showAsset(asset)) || !screenshot.isEmpty())) {
        if (screenshot.isEmpty())
            window.show();
        QEventLoop opening;
        QObject::connect(&window, &MainWindow::folderOpened, &opening, &QEventLoop::quit);
        opening.exec();
    }
    if (!asset.isEmpty() && !window.showAsset(asset)) {
        if (!screenshot.isEmpty())
            return fail(QApplication::translate("main", "no asset \"%1\" in %2").arg(asset, path));
    }
    window.show();
    if (!screenshot.isEmpty()) {
        int status = 0;
        window.screenshotWhenShown(screenshot, [&status](bool ok, const QString &message) {
            if (!ok)
                std::fprintf(stderr, "tessera: %s\n", message.toUtf8().constData());
            status = ok ? 0 : 1;
            QApplication::exit(status);
        });
        app.exec();
        return status;
    }
    return app.exec();
}
