// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "migrations.h"

namespace Tessera::Migrations {

namespace {

// Version 1: the whole first schema. Times are ms since the epoch (UTC); enums are the numeric
// values of model/core/types.h.
const char *const schemaV1 = R"SQL(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE labels (
    id %ID%,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL,
    hotkey TEXT,
    kinds INTEGER NOT NULL DEFAULT 7,
    sort_order INTEGER NOT NULL UNIQUE
);
CREATE TABLE label_attributes (
    id %ID%,
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type INTEGER NOT NULL,
    options TEXT,
    default_value TEXT,
    sort_order INTEGER NOT NULL,
    UNIQUE (label_id, name)
);
CREATE TABLE assets (
    id %ID%,
    kind INTEGER NOT NULL,
    path TEXT,
    name TEXT NOT NULL,
    byte_size INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    text TEXT,
    payload TEXT,
    status INTEGER NOT NULL DEFAULT 0,
    added_by TEXT NOT NULL,
    added_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX assets_sha256 ON assets(sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX assets_kind ON assets(kind, id);
CREATE INDEX assets_status ON assets(status, id);
CREATE TABLE annotations (
    id %ID%,
    asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    label_id INTEGER REFERENCES labels(id),
    kind INTEGER NOT NULL,
    geometry %BLOB%,
    source_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
    target_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
    z INTEGER NOT NULL DEFAULT 0,
    group_id INTEGER,
    data TEXT,
    origin INTEGER NOT NULL,
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    model_id TEXT,
    model_version TEXT,
    score REAL
);
CREATE INDEX annotations_asset ON annotations(asset_id);
CREATE INDEX annotations_source ON annotations(source_id) WHERE source_id IS NOT NULL;
CREATE INDEX annotations_target ON annotations(target_id) WHERE target_id IS NOT NULL;
CREATE TABLE reviews (
    id %ID%,
    asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    status INTEGER NOT NULL,
    reviewer TEXT NOT NULL,
    reason TEXT,
    at INTEGER NOT NULL
);
CREATE INDEX reviews_asset ON reviews(asset_id, id);
CREATE TABLE comments (
    id %ID%,
    asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    annotation_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    body TEXT NOT NULL,
    pin_x REAL,
    pin_y REAL,
    resolved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comments_asset ON comments(asset_id);
CREATE TABLE audit_log (
    id %ID%,
    at INTEGER NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    asset_id INTEGER,
    annotation_id INTEGER,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_asset ON audit_log(asset_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN %APPEND_ONLY%; END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN %APPEND_ONLY%; END;
)SQL";

// Version 2: keypoint templates per label, as JSON {"points": [...], "edges": [[a, b], ...]}.
const char *const schemaV2 = R"SQL(
ALTER TABLE labels ADD COLUMN skeleton TEXT;
)SQL";

// Version 3: issue threads (replies point at the comment that opened the issue; an issue pins to
// a point or region of an image, a span of text or an annotation), annotator layers for consensus
// (the same columns as annotations, kept apart so that the canvas, counts and exports see only
// the main layer), and the bookkeeping of team splits: which assets went to whom and a content
// hash of every annotation they held (by its id in the bundle, with the id it has here), the base
// of the three-way merge; issues holds the base state of their issues as JSON.
const char *const schemaV3 = R"SQL(
ALTER TABLE comments ADD COLUMN parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE;
ALTER TABLE comments ADD COLUMN pin_w REAL;
ALTER TABLE comments ADD COLUMN pin_h REAL;
ALTER TABLE comments ADD COLUMN span_start INTEGER;
ALTER TABLE comments ADD COLUMN span_end INTEGER;
CREATE INDEX comments_open ON comments(asset_id) WHERE parent_id IS NULL AND resolved = 0;
CREATE INDEX comments_parent ON comments(parent_id) WHERE parent_id IS NOT NULL;
CREATE TABLE layer_annotations (
    id %ID%,
    asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    label_id INTEGER REFERENCES labels(id),
    kind INTEGER NOT NULL,
    geometry %BLOB%,
    source_id INTEGER,
    target_id INTEGER,
    z INTEGER NOT NULL DEFAULT 0,
    group_id INTEGER,
    data TEXT,
    origin INTEGER NOT NULL,
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    model_id TEXT,
    model_version TEXT,
    score REAL
);
CREATE INDEX layer_annotations_asset ON layer_annotations(asset_id, layer);
CREATE TABLE splits (
    id TEXT PRIMARY KEY,
    annotator TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    max_annotation_id INTEGER NOT NULL,
    max_comment_id INTEGER NOT NULL,
    max_review_id INTEGER NOT NULL,
    issues TEXT,
    merged_at INTEGER
);
CREATE TABLE split_assets (
    split_id TEXT NOT NULL REFERENCES splits(id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL,
    role INTEGER NOT NULL,
    status INTEGER NOT NULL,
    PRIMARY KEY (split_id, asset_id)
) WITHOUT ROWID;
CREATE TABLE split_base (
    split_id TEXT NOT NULL REFERENCES splits(id) ON DELETE CASCADE,
    annotation_id INTEGER NOT NULL,
    asset_id INTEGER NOT NULL,
    origin_id INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (split_id, annotation_id)
) WITHOUT ROWID;
CREATE INDEX split_base_asset ON split_base(split_id, asset_id);
)SQL";

// Version 4: a 64-bit perceptual hash (DCT pHash) per image asset, for finding near-duplicates.
const char *const schemaV4 = R"SQL(
CREATE TABLE image_hashes (
    asset_id INTEGER PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
    phash INTEGER NOT NULL
);
)SQL";

// Version 5: rows `check --repair` could not read, kept (never deleted) with the reason.
const char *const schemaV5 = R"SQL(
CREATE TABLE quarantine (
    id %ID%,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    reason TEXT NOT NULL,
    row_data TEXT NOT NULL,
    moved_at INTEGER NOT NULL
);
)SQL";

// Version 6: shapes by label, in id order: the review grid pages object crops label by label
// (keyset on label_id, id) without sorting a million rows for its first page.
const char *const schemaV6 = R"SQL(
CREATE INDEX annotations_label ON annotations(label_id, id);
)SQL";

// Version 7: the order the window lists labels in, apart from sort_order (the class ids of
// exports, which never change). NULL: the label keeps its place by sort_order.
const char *const schemaV7 = R"SQL(
ALTER TABLE labels ADD COLUMN display_order INTEGER;
)SQL";

// Version 8: the ids of all assets in order without reading their rows (paths, texts, payloads):
// the asset list reads them when a project opens, 18–26 ms for 100,000 assets through the
// table, 3–4 ms through this index.
const char *const schemaV8 = R"SQL(
CREATE INDEX assets_id ON assets(id);
)SQL";

// Version 9: content digests of media files by path and stamp (size, modification time, inode,
// device), so that a rescan or an annotation import never hashes a file the project has seen
// unchanged (DigestStore). A cache: rows may be dropped at any time. Without a rowid and with the
// digest's 32 bytes, a row takes half the space (the path is stored once, not in an index too).
const char *const schemaV9 = R"SQL(
CREATE TABLE file_digests (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    device INTEGER NOT NULL,
    sha256 %BLOB% NOT NULL
) WITHOUT ROWID;
)SQL";

// Version 10: gold references in a table of their own instead of the asset's payload (where
// every reader of the asset saw them): a server project lets annotators read assets but not
// this table. References already marked move over; `by` says who marked them, the time is
// unknown (0).
const char *const schemaV10 = R"SQL(
CREATE TABLE gold_references (
    asset_id INTEGER PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
    annotations TEXT NOT NULL,
    marked_by TEXT NOT NULL,
    marked_at INTEGER NOT NULL
);
INSERT INTO gold_references (asset_id, annotations, marked_by, marked_at)
    SELECT id, json_extract(payload, '$.gold.annotations'),
           coalesce(json_extract(payload, '$.gold.by'), ''), 0
    FROM assets WHERE payload LIKE '%"gold"%'
                  AND json_extract(payload, '$.gold.annotations') IS NOT NULL;
UPDATE assets SET payload = json_remove(payload, '$.gold')
    WHERE id IN (SELECT asset_id FROM gold_references);
)SQL";

// Version 11: assets get a version, as annotations have modified_at: each update of an asset's
// row adds one, so that a review move made on a stale view is refused.
const char *const schemaV11 = R"SQL(
ALTER TABLE assets ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
)SQL";

} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> migrations{{1, schemaV1},   {2, schemaV2},  {3, schemaV3},
                                             {4, schemaV4},   {5, schemaV5},  {6, schemaV6},
                                             {7, schemaV7},   {8, schemaV8},  {9, schemaV9},
                                             {10, schemaV10}, {11, schemaV11}};
    return migrations;
}

int latestVersion()
{
    return all().constLast().version;
}

} // namespace Tessera::Migrations
