// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Tessera::Language {

namespace {

constexpr char settingKey[] = "language";

// The translators of the running program, replaced by apply(); owned by the application.
QTranslator *g_ours = nullptr;
QTranslator *g_qt = nullptr;

} // namespace

QStringList available()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                      .entryList({QStringLiteral("tessera_*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes.append(file.mid(8, file.size() - 8 - 3));
    codes.sort();
    return codes;
}

QString chosen()
{
    return QSettings().value(QLatin1String(settingKey)).toString();
}

void setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(settingKey));
    else
        settings.setValue(QLatin1String(settingKey), code);
}

QString effective()
{
    const QStringList shipped = available();
    const QString choice = chosen();
    if (choice == QLatin1String("en") || shipped.contains(choice))
        return choice;
    // The first of the user's preferred languages that is shipped (LANGUAGE=fr:de, LANG=fr_FR).
    for (const QString &name : QLocale().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (code == QLatin1String("en"))
            return code;
        if (shipped.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

void apply()
{
    auto *app = QCoreApplication::instance();
    for (QTranslator **translator : {&g_ours, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QString code = effective();
    if (code == QLatin1String("en"))
        return;
    g_ours = new QTranslator(app);
    if (g_ours->load(QStringLiteral("tessera_") + code, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(g_ours);
    // Qt's catalogue (Debian: qt6-translations-l10n) names the standard buttons and dialogs.
    g_qt = new QTranslator(app);
    if (g_qt->load(QStringLiteral("qtbase_") + code,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
}

} // namespace Tessera::Language
