using System.Collections.Generic;

namespace NewsArchive.Core.Storage;

/// <summary>The schema, as numbered steps. <c>PRAGMA user_version</c> records the last step applied; a database is brought
/// up to date when it is opened. Never edit a step that has shipped: add the next one.</summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> Steps = new[]
    {
        // 1: pages keep their original text and hash, so they can be re-analysed without their files; articles, bylines
        // and people hang off pages with cascading deletes, so removing a page removes everything cut from it.
        """
        CREATE TABLE pages (
            id             INTEGER PRIMARY KEY,
            newspaper      TEXT    NOT NULL,
            issue_date     TEXT    NOT NULL,
            page           INTEGER NOT NULL,
            source_path    TEXT,
            sha256         TEXT    NOT NULL,
            encoding       TEXT    NOT NULL,
            text           TEXT    NOT NULL,
            parser_version INTEGER NOT NULL,
            imported_at    TEXT    NOT NULL,
            UNIQUE (newspaper, issue_date, page)
        );
        CREATE INDEX pages_by_date ON pages (issue_date);

        CREATE TABLE articles (
            id              INTEGER PRIMARY KEY,
            page_id         INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
            sequence        INTEGER NOT NULL,
            kicker          TEXT,
            title           TEXT,
            subtitle        TEXT,
            dateline        TEXT,
            event_date      TEXT,
            body            TEXT    NOT NULL,
            paragraph_count INTEGER NOT NULL,
            characters      INTEGER NOT NULL,
            UNIQUE (page_id, sequence)
        );

        CREATE TABLE bylines (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            role       TEXT    NOT NULL,
            name       TEXT    NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX bylines_by_name ON bylines (name);

        CREATE TABLE people (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );

        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            person_id  INTEGER NOT NULL REFERENCES people (id),
            position   INTEGER NOT NULL,
            role       TEXT    NOT NULL CHECK (role IN ('official', 'other')),
            PRIMARY KEY (article_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_by_person ON mentions (person_id);

        CREATE TABLE mention_titles (
            article_id INTEGER NOT NULL,
            person_id  INTEGER NOT NULL,
            position   INTEGER NOT NULL,
            title      TEXT    NOT NULL,
            PRIMARY KEY (article_id, person_id, position),
            FOREIGN KEY (article_id, person_id) REFERENCES mentions (article_id, person_id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX mention_titles_by_title ON mention_titles (title);
        """,

        // 2: full-text search. article_search holds the titles and bodies as tokens made in C# (SearchTokenizer: Han
        // bigrams plus each run's last character), contentless so the text is not stored twice; contentless_delete
        // lets the delete trigger remove an article by rowid, so every way of deleting articles (a page removed, a page
        // replaced, re-analysis) keeps the index right without knowing about it. New and changed articles are queued in
        // article_search_pending by trigger and indexed in batches (SearchIndex.CatchUp), which builds the index far
        // faster than one small FTS5 segment per page; the queue survives a crash and is caught up on the next open.
        """
        CREATE VIRTUAL TABLE article_search USING fts5 (
            title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
        );

        CREATE TABLE article_search_pending (
            article_id INTEGER PRIMARY KEY
        );

        CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
            INSERT OR IGNORE INTO article_search_pending (article_id) VALUES (new.id);
        END;

        CREATE TRIGGER articles_search_update AFTER UPDATE OF title, body ON articles BEGIN
            DELETE FROM article_search WHERE rowid = old.id;
            INSERT OR IGNORE INTO article_search_pending (article_id) VALUES (new.id);
        END;

        CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
            DELETE FROM article_search WHERE rowid = old.id;
            DELETE FROM article_search_pending WHERE article_id = old.id;
        END;

        -- Measured on a generated year (bench/): a 32 MB in-memory term hash (default 1 MB) and merging 8 segments at a
        -- time (default 4) index a batch in about half the time, at the same index size.
        INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 33554432);
        INSERT INTO article_search (article_search, rank) VALUES ('automerge', 8);

        INSERT INTO article_search_pending (article_id) SELECT id FROM articles;
        """,

        // 3: a layout any SQLite 3.37+ reads, with a far smaller index (issue 11). The full-text index keeps only which
        // articles hold each token (detail = none: 7.1 MB against step 2's 40.6 MB for a generated year's 28.9 MB of
        // text) and no contentless_delete (SQLite 3.43+: Debian 12's sqlite3 and Python's could not read the file). It
        // finds candidates; every search then checks them against the stored title and body, so results stay exactly the
        // articles holding each term. Without contentless_delete, FTS5 removes a row only when given the tokens it
        // indexed: the triggers queue the old title and body of an indexed article in article_search_removed, and
        // SearchIndex.CatchUp removes them (before indexing anything, so a reused id never mixes two texts). The index is
        // rebuilt from the articles by the next open.
        // article_totals (kept by triggers) gives the article count and mean length that ranking needs without a scan;
        // articles_by_page lets statistics count articles and characters page by page from the index alone, without
        // reading the bodies.
        """
        DROP TRIGGER articles_search_update;
        DROP TRIGGER articles_search_delete;
        DROP TABLE article_search;

        CREATE VIRTUAL TABLE article_search USING fts5 (
            title, body, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 0'
        );

        CREATE TABLE article_search_removed (
            article_id INTEGER PRIMARY KEY,
            title      TEXT,
            body       TEXT NOT NULL
        );

        -- An article still queued in article_search_pending is not in the index: nothing to remove.
        CREATE TRIGGER articles_search_update AFTER UPDATE OF title, body ON articles BEGIN
            INSERT OR IGNORE INTO article_search_removed (article_id, title, body)
                SELECT old.id, old.title, old.body WHERE NOT EXISTS (SELECT 1 FROM article_search_pending WHERE article_id = old.id);
            INSERT OR IGNORE INTO article_search_pending (article_id) VALUES (new.id);
        END;

        CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
            INSERT OR IGNORE INTO article_search_removed (article_id, title, body)
                SELECT old.id, old.title, old.body WHERE NOT EXISTS (SELECT 1 FROM article_search_pending WHERE article_id = old.id);
            DELETE FROM article_search_pending WHERE article_id = old.id;
        END;

        INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 33554432);
        INSERT INTO article_search (article_search, rank) VALUES ('automerge', 8);
        INSERT OR IGNORE INTO article_search_pending (article_id) SELECT id FROM articles;

        CREATE TABLE article_totals (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            articles   INTEGER NOT NULL,
            characters INTEGER NOT NULL
        );
        INSERT INTO article_totals (id, articles, characters) SELECT 1, count(*), coalesce(sum(characters), 0) FROM articles;

        CREATE TRIGGER articles_totals_insert AFTER INSERT ON articles BEGIN
            UPDATE article_totals SET articles = articles + 1, characters = characters + new.characters;
        END;

        CREATE TRIGGER articles_totals_delete AFTER DELETE ON articles BEGIN
            UPDATE article_totals SET articles = articles - 1, characters = characters - old.characters;
        END;

        CREATE TRIGGER articles_totals_update AFTER UPDATE OF characters ON articles BEGIN
            UPDATE article_totals SET characters = characters - old.characters + new.characters;
        END;

        CREATE INDEX articles_by_page ON articles (page_id, characters);
        """,

        // 4: what the parser (version 6) keeps apart from an article's paragraphs: its intertitles (which also stand
        // among the paragraphs), picture captions, and the pages a story goes on to or comes from. A table of its own,
        // keyed by article and deleted with it, one row only for articles that have any of these, so the articles table
        // and its readers stay as they are. Lists are newline-separated (no item holds a newline).
        """
        CREATE TABLE article_layout (
            article_id     INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            intertitles    TEXT,
            captions       TEXT,
            continued_on   INTEGER,
            continued_from INTEGER
        );
        """,

        // 5: the full-text index's in-memory term hash from 32 MiB down to 4 MiB (issue 11: the import's peak memory). Step 2
        // chose 32 MiB when the index kept positions (detail = full); with step 3's detail = none an index batch holds far
        // less per token. Real text x10 imported into a new archive (bench/, load average 13-20): peak 204 and 199 MiB
        // with 32 MiB, 189 and 179 MiB with 4 MiB (178 with FTS5's default 1 MiB), process CPU 18.4-19.4 s in all five.
        // FTS5 keeps the setting in the archive, so existing archives take it on their next open.
        """
        INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 4194304);
        """,

        // 6: summary tables for the statistics (issue 11: the HTML report of bench's decade joined 155k articles with their
        // 225k official mentions, 183k bylines and 342k titles for each of its tables, 5-6 s of CPU). stats_by_page holds
        // per page what its articles add up to (kind 0) and what those of each official (1, by person id), reporter (2) and
        // title (3) on it add up to, so statistics under any page filter sum it; stats_pairs counts archive-wide the
        // articles each official, reporter or title shares with each official and reporter, so the distinct officials and
        // reporters of a name's articles are a count of its rows. A page's rows are written with it, its pairs in batches
        // of pages (stats_pairs_pending, see StatsSummaries); here both are counted from the stored articles over every
        // page at once (through a temporary table). Bench's decade: 6 s of CPU once, 19 MB more (664 -> 683 MB).
        // The items query repeats StatsSummaries.Items on purpose: a step, once shipped, must migrate the same way whatever
        // the code later counts.
        """
        CREATE TABLE stats_by_page (
            page_id    INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
            kind       INTEGER NOT NULL,
            item       NOT NULL,
            articles   INTEGER NOT NULL,
            characters INTEGER NOT NULL,
            mentions   INTEGER NOT NULL,
            PRIMARY KEY (page_id, kind, item)
        ) WITHOUT ROWID;

        CREATE TABLE stats_pairs (
            kind       INTEGER NOT NULL,
            item       NOT NULL,
            other_kind INTEGER NOT NULL,
            other_item NOT NULL,
            articles   INTEGER NOT NULL,
            PRIMARY KEY (kind, item, other_kind, other_item)
        ) WITHOUT ROWID;
        -- The pairs whose last shared article was removed, found without a scan and deleted.
        CREATE INDEX stats_pairs_unshared ON stats_pairs (kind) WHERE articles = 0;

        -- Pages counted in stats_by_page whose pairs are not yet in stats_pairs: added in batches (StatsSummaries).
        CREATE TABLE stats_pairs_pending (
            page_id INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE
        );

        -- The items of every article, as StatsSummaries reads them for new pages; written out here, not shared, so this
        -- step stays what it was when archives took it, whatever later changes StatsSummaries makes.
        CREATE TEMP TABLE stats_items AS
        WITH art AS MATERIALIZED (
            SELECT a.id, a.page_id, a.characters,
                   (SELECT COUNT(*) FROM mentions mc WHERE mc.article_id = a.id AND mc.role = 'official') AS mentions
            FROM articles a
        )
        SELECT 0 AS kind, art.id AS article_id, '' AS item, art.page_id, art.characters, art.mentions FROM art
        UNION ALL
        SELECT 1, art.id, m.person_id, art.page_id, art.characters, art.mentions
        FROM art CROSS JOIN mentions m ON m.article_id = art.id AND m.role = 'official'
        UNION ALL
        SELECT DISTINCT 2, art.id, b.name, art.page_id, art.characters, art.mentions
        FROM art CROSS JOIN bylines b ON b.article_id = art.id
        UNION ALL
        SELECT DISTINCT 3, art.id, t.title, art.page_id, art.characters, art.mentions
        FROM art CROSS JOIN mention_titles t ON t.article_id = art.id
        CROSS JOIN mentions tm ON tm.article_id = t.article_id AND tm.person_id = t.person_id AND tm.role = 'official';
        CREATE INDEX temp.stats_items_by_article ON stats_items (article_id);

        INSERT INTO stats_by_page (page_id, kind, item, articles, characters, mentions)
        SELECT page_id, kind, item, COUNT(*), SUM(characters), SUM(mentions) FROM stats_items GROUP BY page_id, kind, item;

        INSERT INTO stats_pairs (kind, item, other_kind, other_item, articles)
        SELECT f.kind, f.item, g.kind, g.item, COUNT(*)
        FROM stats_items f CROSS JOIN stats_items g ON g.article_id = f.article_id
        WHERE f.kind <> 0 AND g.kind IN (1, 2)
        GROUP BY f.kind, f.item, g.kind, g.item;

        DROP TABLE temp.stats_items;
        """,
    };
}
