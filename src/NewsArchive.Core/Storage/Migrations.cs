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
    };
}
