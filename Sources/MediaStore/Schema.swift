import GRDB

/// The monitoring database's schema, as named migrations.
///
/// A migration that has been released is never edited, only followed by a new one: a mission's
/// database outlives the version of mediamon that created it.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // The codebook as loaded, kept so reports stay reproducible if the YAML file changes.
            try db.execute(sql: """
                CREATE TABLE codebook (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    yaml TEXT NOT NULL,
                    source TEXT NOT NULL,
                    loadedAt TEXT NOT NULL
                );
                CREATE TABLE outlet (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    medium TEXT NOT NULL,
                    ownership TEXT NOT NULL,
                    unit TEXT NOT NULL
                );
                CREATE TABLE subject (
                    id TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    affiliation TEXT
                );
                CREATE TABLE genre (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    editorial INTEGER NOT NULL
                );
                -- What a broadcast log says was on air. Times in UTC, ISO 8601.
                CREATE TABLE programme (
                    id INTEGER PRIMARY KEY,
                    outletID TEXT NOT NULL REFERENCES outlet(id),
                    startUTC TEXT NOT NULL,
                    endUTC TEXT NOT NULL,
                    title TEXT NOT NULL,
                    category TEXT,
                    description TEXT,
                    source TEXT,
                    contentKey TEXT NOT NULL UNIQUE
                );
                CREATE INDEX programme_outlet_start ON programme(outletID, startUTC);
                -- The unit of analysis: one story, programme part, spot or article.
                -- `extent` is its size in `unit`: seconds on air, cm² in print, characters online.
                CREATE TABLE segment (
                    id INTEGER PRIMARY KEY,
                    outletID TEXT NOT NULL REFERENCES outlet(id),
                    programmeID INTEGER REFERENCES programme(id),
                    date TEXT NOT NULL,
                    startUTC TEXT,
                    endUTC TEXT,
                    page INTEGER,
                    url TEXT,
                    unit TEXT NOT NULL,
                    extent REAL NOT NULL CHECK (extent > 0),
                    title TEXT NOT NULL,
                    genreID TEXT REFERENCES genre(id),
                    language TEXT,
                    text TEXT,
                    itemKey TEXT NOT NULL UNIQUE,
                    -- The coder whose codings reports count: the first one, until reconciled.
                    primaryCoder TEXT,
                    createdAt TEXT NOT NULL
                );
                CREATE INDEX segment_outlet_date ON segment(outletID, date);
                CREATE TABLE coding (
                    id INTEGER PRIMARY KEY,
                    segmentID INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
                    subjectID TEXT NOT NULL REFERENCES subject(id),
                    coder TEXT NOT NULL,
                    amount REAL NOT NULL CHECK (amount > 0),
                    direct REAL CHECK (direct IS NULL OR (direct >= 0 AND direct <= amount)),
                    tone TEXT NOT NULL CHECK (tone IN ('positive', 'neutral', 'negative')),
                    codedAt TEXT NOT NULL,
                    UNIQUE (segmentID, subjectID, coder)
                );
                CREATE INDEX coding_subject ON coding(subjectID);
                -- Each coder also codes the item's genre.
                CREATE TABLE segmentGenre (
                    segmentID INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
                    coder TEXT NOT NULL,
                    genreID TEXT NOT NULL REFERENCES genre(id),
                    PRIMARY KEY (segmentID, coder)
                );
                -- Every insert, change and removal of a coding: who, when, old → new.
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    coder TEXT NOT NULL,
                    segmentID INTEGER NOT NULL,
                    subjectID TEXT,
                    field TEXT NOT NULL,
                    old TEXT,
                    new TEXT
                );
                CREATE INDEX audit_at ON audit(at);
                """)
        }
        migrator.registerMigration("v2-imports") { db in
            // Timed transcript text, attached to the programme that encloses it. Times in UTC:
            // text to the second for people and joins, milliseconds for exact durations.
            try db.execute(sql: """
                CREATE TABLE cue (
                    id INTEGER PRIMARY KEY,
                    outletID TEXT NOT NULL REFERENCES outlet(id),
                    programmeID INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
                    startUTC TEXT NOT NULL,
                    endUTC TEXT NOT NULL,
                    startMs INTEGER NOT NULL,
                    endMs INTEGER NOT NULL CHECK (endMs >= startMs),
                    text TEXT NOT NULL,
                    -- The text layer's normalized, folded form: what search and mention matching see.
                    normalized TEXT NOT NULL,
                    source TEXT,
                    UNIQUE (outletID, startMs, endMs, text)
                );
                CREATE INDEX cue_programme ON cue(programmeID, startMs);
                -- Subjects a cue mentions, found by the mention matcher.
                CREATE TABLE cueMention (
                    cueID INTEGER NOT NULL REFERENCES cue(id) ON DELETE CASCADE,
                    subjectID TEXT NOT NULL REFERENCES subject(id),
                    PRIMARY KEY (cueID, subjectID)
                );
                -- Pre-filled coding suggestions: per programme and subject, the seconds of the cues
                -- that mention the subject. Recomputed from cueMention on every transcript import.
                CREATE TABLE suggestion (
                    programmeID INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
                    subjectID TEXT NOT NULL REFERENCES subject(id),
                    seconds REAL NOT NULL,
                    cues INTEGER NOT NULL,
                    PRIMARY KEY (programmeID, subjectID)
                );
                -- An article's byline and section, as its page or header gives them.
                ALTER TABLE segment ADD COLUMN author TEXT;
                ALTER TABLE segment ADD COLUMN section TEXT;
                """)
        }
        migrator.registerMigration("v2-reliability") { db in
            // Items picked for a second coder (`mediamon assign --double N% --seed S`), with the
            // share and seed that picked them, so the sample can be drawn again and checked.
            try db.execute(sql: """
                CREATE TABLE doubleCoding (
                    segmentID INTEGER PRIMARY KEY REFERENCES segment(id) ON DELETE CASCADE,
                    percent REAL NOT NULL,
                    seed TEXT NOT NULL,
                    assignedAt TEXT NOT NULL,
                    assignedBy TEXT NOT NULL
                );
                """)
        }
        registerVariables(&migrator)
        registerReferenceFigures(&migrator)
        registerUsers(&migrator)
        registerAudit(&migrator)
        registerSums(&migrator)
        registerSumsWithoutValues(&migrator)
        return migrator
    }
}
