// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "teamsplit.h"

#include "bundle/projectbundle.h"
#include "store/goldstore.h"
#include "store/migrations.h"
#include "store/projectstore.h"
#include "store/teamstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <random>

namespace Tessera::TeamSplit {

namespace {

// Texts filed by lupdate under, and looked up in, the context "TeamSplit".
struct TeamSplitText
{
    Q_DECLARE_TR_FUNCTIONS(TeamSplit)
};

int share(qsizetype total, double percent)
{
    return int(std::llround(double(total) * std::clamp(percent, 0.0, 100.0) / 100.0));
}

// Keeps only the bundle's assets in a snapshot and hides what the annotator must not see.
bool prepareSnapshot(const QString &snapshot, const QString &splitId, const QString &annotator,
                     const QString &origin, const QList<qint64> &keep, const QList<qint64> &gold,
                     QString *error)
{
    QString why;
    std::unique_ptr<ProjectStore> s = ProjectStore::open(snapshot, &why);
    if (!s) {
        *error = why;
        return false;
    }
    if (!TeamStore(*s).reduceToBundle(keep, gold)) {
        *error = TeamSplitText::tr("%1: cannot prepare the bundle (%2)")
                         .arg(QDir::toNativeSeparators(snapshot), s->errorString());
        return false;
    }
    if (!s->setSetting(QStringLiteral("team/split"), splitId)
        || !s->setSetting(QStringLiteral("team/annotator"), annotator)
        || !s->setSetting(QStringLiteral("team/origin"), origin)) {
        *error = s->errorString();
        return false;
    }
    // Deleted rows stay in free pages until the file is rebuilt: rebuild it.
    if (!s->compact()) {
        *error = TeamSplitText::tr("%1: cannot compact the bundle (%2)")
                         .arg(QDir::toNativeSeparators(snapshot), s->errorString());
        return false;
    }
    return true;
}

} // namespace

QString fileSafe(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
                               || c == QLatin1Char('_')
                       ? c
                       : QLatin1Char('_');
    return out;
}

std::optional<Plan> plan(ProjectStore &store, const Options &options, QString *error)
{
    QStringList names;
    for (const QString &raw : options.annotators) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        if (names.contains(name, Qt::CaseInsensitive)) {
            *error = TeamSplitText::tr("The annotator \"%1\" is named twice").arg(name);
            return std::nullopt;
        }
        names.append(name);
    }
    if (names.isEmpty()) {
        *error = TeamSplitText::tr("Name at least one annotator to hand the work to");
        return std::nullopt;
    }
    QList<qint64> work;
    const QList<qint64> gold = GoldStore(store).assets(); // ascending
    const QSet<qint64> goldIds(gold.cbegin(), gold.cend());
    AssetFilter filter = options.filter;
    const QList<ReviewStatus> statuses
            = options.filter.status
                      ? QList<ReviewStatus>{*options.filter.status}
                      : QList<ReviewStatus>{ReviewStatus::New, ReviewStatus::InProgress,
                                            ReviewStatus::Submitted, ReviewStatus::Rejected,
                                            ReviewStatus::Reopened};
    for (const ReviewStatus status : statuses) {
        filter.status = status;
        for (qint64 id : store.assetIds(filter))
            if (!goldIds.contains(id) && !options.exclude.contains(id))
                work.append(id);
    }
    std::sort(work.begin(), work.end());
    if (work.isEmpty()) {
        *error = options.filter == AssetFilter() && options.exclude.isEmpty()
                         ? TeamSplitText::tr("Nothing to hand out: every asset is accepted or gold")
                         : TeamSplitText::tr("Nothing to hand out: no asset that is not accepted, "
                                             "not gold and not handed out already matches");
        return std::nullopt;
    }
    Plan p;
    std::mt19937_64 random(options.seed);
    std::shuffle(work.begin(), work.end(), random);
    int overlap = share(work.size(), options.overlapPercent);
    if (options.perAnnotator > 0) {
        // So many each, and the overlap share of those on top (for everyone).
        const qsizetype own = qsizetype(options.perAnnotator) * names.size();
        overlap = share(own, options.overlapPercent);
        if (own + overlap > work.size()) {
            p.warnings.append(TeamSplitText::tr("Only %n asset(s) to hand out: fewer than asked",
                                                nullptr, int(work.size())));
            overlap = share(work.size(), options.overlapPercent);
        } else {
            work.resize(own + overlap);
        }
    }
    p.overlap = work.mid(0, overlap);
    std::sort(p.overlap.begin(), p.overlap.end());
    for (qsizetype i = overlap; i < work.size(); ++i)
        p.own[names[(i - overlap) % names.size()]].append(work[i]);
    if (options.goldPercent > 0 && gold.isEmpty()) {
        *error = TeamSplitText::tr(
                "No gold assets to mix in: mark some first (tessera-cli gold PROJECT --mark ID)");
        return std::nullopt;
    }
    for (const QString &name : std::as_const(names)) {
        QList<qint64> &own = p.own[name];
        std::sort(own.begin(), own.end());
        if (options.goldPercent <= 0)
            continue;
        const int wanted = std::max(1, share(own.size() + p.overlap.size(), options.goldPercent));
        QList<qint64> pool = gold;
        std::shuffle(pool.begin(), pool.end(), random);
        if (wanted > pool.size())
            p.warnings.append(
                    TeamSplitText::tr(
                            "%1 gets %2 gold assets instead of %3: the project has no more")
                            .arg(name)
                            .arg(pool.size())
                            .arg(wanted));
        QList<qint64> chosen = pool.mid(0, wanted);
        std::sort(chosen.begin(), chosen.end());
        p.gold.insert(name, chosen);
    }
    return p;
}

QList<qint64> Plan::assetsOf(const QString &annotator) const
{
    QList<qint64> all = own.value(annotator) + overlap + gold.value(annotator);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

bool write(ProjectStore &store, const Options &options, const QString &folder,
           QList<Bundle> *bundles, QString *error, QStringList *warnings, const JobControl &control)
{
    const std::optional<Plan> p = plan(store, options, error);
    if (!p)
        return false;
    if (warnings)
        *warnings += p->warnings;
    if (!QDir().mkpath(folder)) {
        *error = TeamSplitText::tr("%1: cannot create the folder")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString project = store.location().name();
    QList<Bundle> written;
    auto undo = [&] {
        for (const Bundle &b : std::as_const(written))
            QFile::remove(b.path);
    };
    TeamStore team(store);
    QList<std::pair<SplitRecord, QHash<qint64, SplitAsset>>> records;
    int index = 0;
    for (auto it = p->own.cbegin(); it != p->own.cend(); ++it, ++index) {
        const QString &annotator = it.key();
        const QList<qint64> gold = p->gold.value(annotator);
        QList<qint64> keep = it.value() + p->overlap + gold;
        std::sort(keep.begin(), keep.end());
        QHash<qint64, SplitAsset> assets;
        for (qint64 id : it.value())
            assets.insert(id, {SplitRole::Own, store.asset(id)->status});
        for (qint64 id : p->overlap)
            assets.insert(id, {SplitRole::Overlap, store.asset(id)->status});
        for (qint64 id : gold)
            assets.insert(id, {SplitRole::Gold, store.asset(id)->status});
        SplitRecord record{.id = QUuid::createUuid().toString(QUuid::WithoutBraces),
                           .annotator = annotator};
        const QString path = QDir(folder).filePath(
                QStringLiteral("%1-%2.tessera.zip").arg(project, fileSafe(annotator)));
        if (QFileInfo::exists(path)) {
            undo();
            *error = TeamSplitText::tr("%1 exists already: choose an empty folder")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
        ProjectBundle::Options bundleOptions;
        bundleOptions.includeMedia = options.includeMedia;
        bundleOptions.prepare = [&](const QString &snapshot, QString *why) {
            return prepareSnapshot(snapshot, record.id, annotator, project, keep, gold, why);
        };
        // Progress of this bundle as a part of all of them.
        JobControl perBundle{.cancel = control.cancel};
        if (control.progress)
            perBundle.progress = [&control, index, count = p->own.size()](qint64 done,
                                                                          qint64 total) {
                control.report(index * 1000 + (total ? done * 1000 / total : 0), count * 1000);
            };
        if (!ProjectBundle::create(store, path, bundleOptions, perBundle, error, warnings)) {
            undo();
            return false;
        }
        written.append({annotator, path, int(keep.size())});
        records.append({record, assets});
    }
    // Recorded last, in one transaction: a split either happened with all its bundles or not.
    ProjectStore::Transaction t(store);
    bool ok = t.ok();
    for (auto &[record, assets] : records)
        ok = ok && team.recordSplit(record, assets);
    if (!ok || !t.commit()) {
        undo();
        *error = store.errorString();
        return false;
    }
    if (bundles)
        *bundles = written;
    return true;
}

} // namespace Tessera::TeamSplit
