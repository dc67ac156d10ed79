// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "benchdriver.h"
#include "gridactions.h"
#include "imagecanvas/imagecanvas.h"
#include "mainwindow.h"
#include "projectpresence.h"
#include "reviewgrid/reviewgridwidget.h"
#include "timemarks.h"

#include "jobs/projectlocator.h"
#include "util/crashreport.h"
#include "util/language.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Tessera;

namespace {

// --help and --version print and exit: they need no screen (the package's man page is made from
// --help on a build machine without one).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// What `tessera PATH [--asset X]` names, read from argv before any application object exists;
// false when the command line holds anything else that matters here (a screenshot, help, or a
// Qt option such as -platform whose value could be taken for the path).
bool plainOpen(int argc, char *argv[], QString *path, QString *asset)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--asset") && i + 1 < argc) {
            *asset = QString::fromLocal8Bit(argv[++i]);
        } else if (arg.startsWith(QLatin1String("--asset="))) {
            *asset = arg.mid(8);
        } else if (arg.startsWith(QLatin1String("--screenshot")) || arg.startsWith(u'-')) {
            if (arg != QLatin1String("--reviewer") && arg != QLatin1String("--review-grid")
                && arg != QLatin1String("--object-crops"))
                return false;
        } else if (path->isEmpty()) {
            *path = arg;
        }
    }
    return !path->isEmpty();
}

// The project is open in another window of this user: bring that one forward rather than a
// second window writing the same project. True when it was handed over.
bool handedOver(const QString &path, const QString &asset)
{
    const ProjectLocator::Location location = ProjectLocator::locate(path);
    if (!location.error.isEmpty() || !location.bundle.isEmpty() || !location.exists
        || !ProjectPresence::forward(location.projectPath,
                                     asset.isEmpty() ? location.sourceFile : asset))
        return false;
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "%1 is open in another "
                                                                       "window: brought it to "
                                                                       "the front")
                                           .arg(location.projectPath)));
    return true;
}

// The reports the last crash left: said once, on the next start, and opened only if asked.
void offerCrashReports(QWidget *window, const QStringList &reports)
{
    QMessageBox box(QMessageBox::Information,
                    QApplication::translate("main", "Tessera quit unexpectedly"),
                    QApplication::translate("main", "Tessera quit unexpectedly last time. Every "
                                                    "edit it had saved is in the project.\n\nA "
                                                    "report (the program's stack and its last log "
                                                    "lines, nothing of your data) was saved on "
                                                    "this computer; nothing was sent anywhere:\n%1")
                            .arg(QDir::toNativeSeparators(reports.constFirst())),
                    QMessageBox::Close, window);
    QPushButton *open = box.addButton(QApplication::translate("main", "Open Report"),
                                      QMessageBox::AcceptRole);
    QPushButton *folder = box.addButton(QApplication::translate("main", "Open Folder"),
                                        QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(reports.constFirst()));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(reports.constFirst()).path()));
}

} // namespace

int main(int argc, char *argv[])
{
    TimeMarks::mark("main");
    // Asked before the GUI is set up (connecting to the display, fonts: about a third of a
    // second), so that the hand-over to the open window is near-instant.
    QString earlyPath, earlyAsset;
    bool checkedEarly = false;
    if (!onlyPrints(argc, argv) && plainOpen(argc, argv, &earlyPath, &earlyAsset)) {
        QCoreApplication probe(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera"));
        Language::apply();
        if (handedOver(earlyPath, earlyAsset))
            return 0;
        checkedEarly = true;
    }
    std::unique_ptr<QCoreApplication> application;
    if (onlyPrints(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    TimeMarks::mark("application");
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    if (qobject_cast<QApplication *>(&app))
        QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    Language::apply();
    // The last run's crash reports take that run's log lines: before this run logs.
    const QString component = QStringLiteral("tessera");
    const QStringList crashes = CrashReport::finishPending(CrashReport::folder());
    CrashReport::install(CrashReport::folder(), component, QStringLiteral(TESSERA_VERSION),
                         Logging::logPath(component));
    Logging::initialize(component, Logging::Console::Off);

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
    parser.addOption({QStringLiteral("review-grid"),
                      QApplication::translate("main", "Open the review grid on the project's "
                                                      "submitted assets.")});
    parser.addOption({QStringLiteral("object-crops"),
                      QApplication::translate("main", "Open the review grid on object crops, "
                                                      "grouped by label.")});
    parser.process(app);

    const QString path = parser.positionalArguments().value(0);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const QString asset = parser.value(QStringLiteral("asset"));
    if (!checkedEarly && !path.isEmpty() && screenshot.isEmpty() && handedOver(path, asset))
        return 0;

    MainWindow window;
    TimeMarks::mark("window");
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "tessera: %s\n", message.toUtf8().constData());
        return 1;
    };
    window.setUnattended(!screenshot.isEmpty()); // nobody there to answer questions
    // The first frame with the asset painted, for tessera-bench gui (TESSERA_TIMES).
    QObject::connect(
            window.canvas(), &ImageCanvas::imageShown, &window,
            []() { TimeMarks::mark("first_paint"); }, Qt::SingleShotConnection);
    QObject::connect(
            window.canvas(), &ImageCanvas::imageShownWhole, &window,
            []() { TimeMarks::mark("whole_paint"); }, Qt::SingleShotConnection);
    if (!path.isEmpty()) {
        QString error;
        if (!window.openPath(path, &error)) {
            if (!screenshot.isEmpty())
                return fail(error);
            // Said in the window, not only in the log: a start screen without a word would
            // leave the user guessing why their project did not open.
            window.show();
            QMetaObject::invokeMethod(
                    &window, [&window, error]() { window.showError(error); }, Qt::QueuedConnection);
        }
    }
    TimeMarks::mark("opened");
    if (parser.isSet(QStringLiteral("reviewer")))
        window.setReviewerMode(true);
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
    const bool objects = parser.isSet(QStringLiteral("object-crops"));
    if (parser.isSet(QStringLiteral("review-grid")) || objects) {
        ReviewGridWidget *grid = window.gridActions()->showGrid(
                objects ? ReviewGridModel::Mode::Objects : ReviewGridModel::Mode::Assets);
        if (!grid)
            return fail(QApplication::translate("main", "the review grid needs a project"));
        if (!screenshot.isEmpty()) {
            // The grid's picture once its visible tiles are drawn (or after 20 s of waiting).
            int status = 1;
            QElapsedTimer waited;
            waited.start();
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, grid, [&]() {
                if (!grid->visibleTilesReady() && waited.elapsed() < 20000)
                    return;
                poll.stop();
                status = grid->grab().save(screenshot) ? 0 : 1;
                if (status)
                    fail(QApplication::translate("main", "%1: cannot write the screenshot")
                                 .arg(screenshot));
                QApplication::exit(status);
            });
            poll.start(50);
            app.exec();
            return status;
        }
    }
    if (!screenshot.isEmpty()) {
        int status = 0;
        window.screenshotWhenShown(screenshot, [&window, &status](bool ok, const QString &message) {
            TimeMarks::mark("screenshot");
            if (!ok)
                std::fprintf(stderr, "tessera: %s\n", message.toUtf8().constData());
            status = ok ? 0 : 1;
            // tessera-bench gui may step on through the assets from here.
            if (!ok || !BenchDriver::start(window)) {
                TimeMarks::markPeakMemory();
                QApplication::exit(status);
            }
        });
        app.exec();
        return status;
    }
    if (!crashes.isEmpty())
        QTimer::singleShot(0, &window,
                           [&window, crashes]() { offerCrashReports(&window, crashes); });
    return app.exec();
}
