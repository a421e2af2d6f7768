// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace Marginalia {

namespace {

// Version 1. Offsets are Unicode code points into article_texts.text, half-open.
// Texts live apart from article metadata so that listing 100,000 articles
// never reads a page of text.
constexpr char Version1[] = R"sql(
CREATE TABLE labels (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
    color       TEXT NOT NULL,
    hotkey      TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    date         TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    encoding     TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '',
    status       INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
    content_hash TEXT NOT NULL UNIQUE,
    length       INTEGER NOT NULL CHECK (length >= 0),
    imported_at  TEXT NOT NULL
);

CREATE TABLE article_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL
);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    label_id    INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL DEFAULT '',
    UNIQUE (name, label_id)
);

CREATE TABLE entity_aliases (
    id        INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL CHECK (length(alias) > 0),
    UNIQUE (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" > start),
    label_id    INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    entity_id   INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    note        TEXT NOT NULL DEFAULT '',
    annotator   TEXT NOT NULL DEFAULT '',
    status      INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX annotations_article ON annotations(article_id, start, "end");
CREATE INDEX annotations_entity ON annotations(entity_id);
CREATE INDEX annotations_label ON annotations(label_id);

CREATE TABLE quotes (
    id                    INTEGER PRIMARY KEY,
    article_id            INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start                 INTEGER NOT NULL CHECK (start >= 0),
    "end"                 INTEGER NOT NULL CHECK ("end" > start),
    speaker_entity_id     INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    speaker_annotation_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
    cue_start             INTEGER,
    cue_end               INTEGER,
    origin                INTEGER NOT NULL DEFAULT 0 CHECK (origin IN (0, 1)),
    note                  TEXT NOT NULL DEFAULT '',
    annotator             TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    modified_at           TEXT NOT NULL,
    CHECK ((cue_start IS NULL) = (cue_end IS NULL)),
    CHECK (cue_start IS NULL OR cue_end > cue_start)
);
CREATE INDEX quotes_article ON quotes(article_id, start, "end");
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity_id);
CREATE INDEX quotes_speaker_annotation ON quotes(speaker_annotation_id);

CREATE TABLE project_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Colours told apart under protanopia, deuteranopia and tritanopia, as
-- swatches and as the view's tints (tst_labelcolourvision). Data only: a
-- project made with earlier defaults keeps its colours.
INSERT INTO labels (name, color, hotkey, description, position) VALUES
    ('PER', '#0072b2', '1', 'Person', 1),
    ('LOC', '#9c755f', '2', 'Place', 2),
    ('ORG', '#d55e00', '3', 'Organisation', 3),
    ('MISC', '#d37295', '4', 'Other named entity', 4);
)sql";

// Version 2: detected speakers are often named only in the text (a
// capitalised name in the cue), with no entity or mention to point to.
constexpr char Version2[] = R"sql(
ALTER TABLE quotes ADD COLUMN speaker_name TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: entities across the project. The full-text index reads titles
// and texts through a view (external content), so texts are not stored twice.
// ProjectDatabase keeps it in step when it stores or deletes articles (not
// triggers: with trusted_schema off, SQLite refuses virtual tables in them). Rejected suggestions
// are remembered per span and entity, so they are not offered again.
constexpr char Version3[] = R"sql(
CREATE VIEW article_search_content AS
    SELECT a.id AS id, a.title AS title, t.text AS text
    FROM articles a JOIN article_texts t ON t.article_id = a.id;
CREATE VIRTUAL TABLE article_search USING fts5(
    title, text, content='article_search_content', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO article_search(article_search) VALUES ('rebuild');

CREATE TABLE rejected_suggestions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" > start),
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, start, "end", entity_id)
) WITHOUT ROWID;
CREATE INDEX rejected_suggestions_entity ON rejected_suggestions(entity_id);
-- The entities panel counts each entity's articles: the index answers alone.
DROP INDEX annotations_entity;
CREATE INDEX annotations_entity ON annotations(entity_id, article_id);
)sql";

// Version 4: an article import commits in batches, so that edits made
// meanwhile in the window are not held up; the run and the articles it has
// stored are recorded until it ends, so that a run whose process died
// midway is undone at the next open (its owner names that process).
constexpr char Version4[] = R"sql(
CREATE TABLE import_runs (
    id         INTEGER PRIMARY KEY,
    owner      TEXT NOT NULL,
    started_at TEXT NOT NULL
);
CREATE TABLE import_run_articles (
    run_id     INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (run_id, article_id)
) WITHOUT ROWID;
-- Deleting an article looks up its rows here.
CREATE INDEX import_run_articles_article ON import_run_articles(article_id);
)sql";

// Version 5: counts kept up to date as mentions come and go, instead of
// recounted from every mention: the wordings each entity's mentions use
// (suggestions are read from them; the recount joined every mention to its
// article's text, 98 s at 2 million mentions), each article's mentions (the
// article list) and each entity's mentions and articles (the entities
// panel). Triggers keep them, so every writer (window, CLI, imports,
// merges) agrees. An article's mentions are deleted before its text, while
// their wording can still be read.
constexpr char Version5[] = R"sql(
CREATE TABLE entity_forms (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    form      TEXT NOT NULL,
    mentions  INTEGER NOT NULL CHECK (mentions > 0),
    PRIMARY KEY (entity_id, form)
) WITHOUT ROWID;
CREATE TABLE article_counts (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    annotations INTEGER NOT NULL CHECK (annotations >= 0)
);
CREATE TABLE entity_counts (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    mentions  INTEGER NOT NULL CHECK (mentions >= 0),
    articles  INTEGER NOT NULL CHECK (articles >= 0)
);

CREATE TRIGGER annotation_counts_after_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO article_counts (article_id, annotations) VALUES (NEW.article_id, 1)
        ON CONFLICT (article_id) DO UPDATE SET annotations = annotations + 1;
    INSERT INTO entity_counts (entity_id, mentions, articles)
        SELECT NEW.entity_id, 1, 1 WHERE NEW.entity_id IS NOT NULL
        ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1,
            articles = articles + (SELECT count(*) = 1 FROM annotations
                                   WHERE entity_id = NEW.entity_id
                                   AND article_id = NEW.article_id);
    INSERT INTO entity_forms (entity_id, form, mentions)
        SELECT NEW.entity_id, substr(text, NEW.start + 1, NEW."end" - NEW.start), 1
        FROM article_texts WHERE article_id = NEW.article_id AND NEW.entity_id IS NOT NULL
        ON CONFLICT (entity_id, form) DO UPDATE SET mentions = mentions + 1;
END;

CREATE TRIGGER annotation_counts_after_delete AFTER DELETE ON annotations BEGIN
    UPDATE article_counts SET annotations = annotations - 1 WHERE article_id = OLD.article_id;
    UPDATE entity_counts SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM annotations
                                          WHERE entity_id = OLD.entity_id
                                          AND article_id = OLD.article_id)
        WHERE entity_id = OLD.entity_id;
    DELETE FROM entity_forms WHERE entity_id = OLD.entity_id AND mentions = 1
        AND form = (SELECT substr(text, OLD.start + 1, OLD."end" - OLD.start)
                    FROM article_texts WHERE article_id = OLD.article_id);
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = OLD.entity_id
        AND form = (SELECT substr(text, OLD.start + 1, OLD."end" - OLD.start)
                    FROM article_texts WHERE article_id = OLD.article_id);
END;

-- A moved span changes the wording only; another entity or article moves
-- the counts too.
CREATE TRIGGER annotation_counts_after_update
AFTER UPDATE OF article_id, start, "end", entity_id ON annotations
WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.article_id <> NEW.article_id
     OR OLD.start <> NEW.start OR OLD."end" <> NEW."end" BEGIN
    UPDATE article_counts SET annotations = annotations - 1
        WHERE article_id = OLD.article_id AND OLD.article_id <> NEW.article_id;
    INSERT INTO article_counts (article_id, annotations)
        SELECT NEW.article_id, 1 WHERE OLD.article_id <> NEW.article_id
        ON CONFLICT (article_id) DO UPDATE SET annotations = annotations + 1;
    UPDATE entity_counts SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM annotations
                                          WHERE entity_id = OLD.entity_id
                                          AND article_id = OLD.article_id)
        WHERE entity_id = OLD.entity_id
        AND (OLD.entity_id IS NOT NEW.entity_id OR OLD.article_id <> NEW.article_id);
    INSERT INTO entity_counts (entity_id, mentions, articles)
        SELECT NEW.entity_id, 1, 1 WHERE NEW.entity_id IS NOT NULL
        AND (OLD.entity_id IS NOT NEW.entity_id OR OLD.article_id <> NEW.article_id)
        ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1,
            articles = articles + (SELECT count(*) = 1 FROM annotations
                                   WHERE entity_id = NEW.entity_id
                                   AND article_id = NEW.article_id);
    DELETE FROM entity_forms WHERE entity_id = OLD.entity_id AND mentions = 1
        AND form = (SELECT substr(text, OLD.start + 1, OLD."end" - OLD.start)
                    FROM article_texts WHERE article_id = OLD.article_id);
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = OLD.entity_id
        AND form = (SELECT substr(text, OLD.start + 1, OLD."end" - OLD.start)
                    FROM article_texts WHERE article_id = OLD.article_id);
    INSERT INTO entity_forms (entity_id, form, mentions)
        SELECT NEW.entity_id, substr(text, NEW.start + 1, NEW."end" - NEW.start), 1
        FROM article_texts WHERE article_id = NEW.article_id AND NEW.entity_id IS NOT NULL
        ON CONFLICT (entity_id, form) DO UPDATE SET mentions = mentions + 1;
END;

CREATE TRIGGER annotations_before_article_delete BEFORE DELETE ON articles BEGIN
    DELETE FROM annotations WHERE article_id = OLD.id;
END;

-- Existing mentions. Wordings in article order: each text is read while
-- it is hot, and the counts add up in the small table rather than in a sort.
INSERT INTO article_counts (article_id, annotations)
    SELECT article_id, count(*) FROM annotations GROUP BY article_id;
INSERT INTO entity_counts (entity_id, mentions, articles)
    SELECT entity_id, count(*), count(DISTINCT article_id) FROM annotations
    WHERE entity_id IS NOT NULL GROUP BY entity_id;
INSERT INTO entity_forms (entity_id, form, mentions)
    SELECT n.entity_id, substr(t.text, n.start + 1, n."end" - n.start), 1
    FROM article_texts t JOIN annotations n ON n.article_id = t.article_id
    WHERE n.entity_id IS NOT NULL
    ON CONFLICT (entity_id, form) DO UPDATE SET mentions = mentions + 1;
)sql";

// Version 6: quotes counted per article beside the mentions (the list shows
// both), and the project's totals in one row, so the status bar reads two
// numbers instead of summing 100,000 rows when a project opens. Quotes of a
// deleted article go before it, so that their counts follow as mentions'
// do.
constexpr char Version6[] = R"sql(
ALTER TABLE article_counts ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0 CHECK (quotes >= 0);
CREATE TABLE project_counts (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    annotations INTEGER NOT NULL CHECK (annotations >= 0),
    quotes      INTEGER NOT NULL CHECK (quotes >= 0)
);

CREATE TRIGGER project_annotations_after_insert AFTER INSERT ON annotations BEGIN
    UPDATE project_counts SET annotations = annotations + 1;
END;
CREATE TRIGGER project_annotations_after_delete AFTER DELETE ON annotations BEGIN
    UPDATE project_counts SET annotations = annotations - 1;
END;

CREATE TRIGGER quote_counts_after_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO article_counts (article_id, annotations, quotes) VALUES (NEW.article_id, 0, 1)
        ON CONFLICT (article_id) DO UPDATE SET quotes = quotes + 1;
    UPDATE project_counts SET quotes = quotes + 1;
END;
CREATE TRIGGER quote_counts_after_delete AFTER DELETE ON quotes BEGIN
    UPDATE article_counts SET quotes = quotes - 1 WHERE article_id = OLD.article_id;
    UPDATE project_counts SET quotes = quotes - 1;
END;
CREATE TRIGGER quote_counts_after_update AFTER UPDATE OF article_id ON quotes
WHEN OLD.article_id <> NEW.article_id BEGIN
    UPDATE article_counts SET quotes = quotes - 1 WHERE article_id = OLD.article_id;
    INSERT INTO article_counts (article_id, annotations, quotes) VALUES (NEW.article_id, 0, 1)
        ON CONFLICT (article_id) DO UPDATE SET quotes = quotes + 1;
END;
CREATE TRIGGER quotes_before_article_delete BEFORE DELETE ON articles BEGIN
    DELETE FROM quotes WHERE article_id = OLD.id;
END;

-- Existing quotes and totals.
INSERT INTO article_counts (article_id, annotations, quotes)
    SELECT article_id, 0, count(*) FROM quotes GROUP BY article_id
    ON CONFLICT (article_id) DO UPDATE SET quotes = excluded.quotes;
INSERT INTO project_counts (id, annotations, quotes)
    VALUES (1, (SELECT count(*) FROM annotations), (SELECT count(*) FROM quotes));
)sql";

// Version 7: which articles hold mentions of each label and by each
// annotator, kept as mentions change, so that the article list's filters
// ("with PER", "without ORG", "by alice") read one index range instead of
// 2 million mentions. No foreign keys: an article's or a label's mentions
// are deleted before it (a trigger, a cascade), and their triggers empty
// these rows; a key would make every article deletion scan the table.
constexpr char Version7[] = R"sql(
CREATE TABLE article_labels (
    label_id   INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    mentions   INTEGER NOT NULL CHECK (mentions > 0),
    PRIMARY KEY (label_id, article_id)
) WITHOUT ROWID;
CREATE TABLE article_annotators (
    annotator  TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    mentions   INTEGER NOT NULL CHECK (mentions > 0),
    PRIMARY KEY (annotator, article_id)
) WITHOUT ROWID;

CREATE TRIGGER article_filters_after_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO article_labels (label_id, article_id, mentions)
        VALUES (NEW.label_id, NEW.article_id, 1)
        ON CONFLICT (label_id, article_id) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO article_annotators (annotator, article_id, mentions)
        VALUES (NEW.annotator, NEW.article_id, 1)
        ON CONFLICT (annotator, article_id) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER article_filters_after_delete AFTER DELETE ON annotations BEGIN
    DELETE FROM article_labels
        WHERE label_id = OLD.label_id AND article_id = OLD.article_id AND mentions = 1;
    UPDATE article_labels SET mentions = mentions - 1
        WHERE label_id = OLD.label_id AND article_id = OLD.article_id;
    DELETE FROM article_annotators
        WHERE annotator = OLD.annotator AND article_id = OLD.article_id AND mentions = 1;
    UPDATE article_annotators SET mentions = mentions - 1
        WHERE annotator = OLD.annotator AND article_id = OLD.article_id;
END;
CREATE TRIGGER article_filters_after_update
AFTER UPDATE OF article_id, label_id, annotator ON annotations
WHEN OLD.article_id <> NEW.article_id OR OLD.label_id <> NEW.label_id
     OR OLD.annotator <> NEW.annotator BEGIN
    DELETE FROM article_labels
        WHERE label_id = OLD.label_id AND article_id = OLD.article_id AND mentions = 1;
    UPDATE article_labels SET mentions = mentions - 1
        WHERE label_id = OLD.label_id AND article_id = OLD.article_id;
    DELETE FROM article_annotators
        WHERE annotator = OLD.annotator AND article_id = OLD.article_id AND mentions = 1;
    UPDATE article_annotators SET mentions = mentions - 1
        WHERE annotator = OLD.annotator AND article_id = OLD.article_id;
    INSERT INTO article_labels (label_id, article_id, mentions)
        VALUES (NEW.label_id, NEW.article_id, 1)
        ON CONFLICT (label_id, article_id) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO article_annotators (annotator, article_id, mentions)
        VALUES (NEW.annotator, NEW.article_id, 1)
        ON CONFLICT (annotator, article_id) DO UPDATE SET mentions = mentions + 1;
END;

-- Existing mentions.
INSERT INTO article_labels (label_id, article_id, mentions)
    SELECT label_id, article_id, count(*) FROM annotations GROUP BY label_id, article_id;
INSERT INTO article_annotators (annotator, article_id, mentions)
    SELECT annotator, article_id, count(*) FROM annotations GROUP BY annotator, article_id;
)sql";

} // namespace

const Schema &Schema::current()
{
    static const Schema schema { 7,
                                 { { 0, "Create the version 1 schema", Version1 },
                                   { 1, "Speaker names on quotes", Version2 },
                                   { 2, "Full-text index and rejected suggestions", Version3 },
                                   { 3, "Import runs undone when their process dies", Version4 },
                                   { 4, "Counts kept as mentions change", Version5 },
                                   { 5, "Quotes counted per article, project totals", Version6 },
                                   { 6, "Articles by label and annotator", Version7 } } };
    return schema;
}

} // namespace Marginalia
