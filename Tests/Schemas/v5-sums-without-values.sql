CREATE INDEX coding_subject ON coding(subjectID);
CREATE INDEX cue_programme ON cue(programmeID, startMs);
CREATE INDEX programme_outlet_start ON programme(outletID, startUTC);
CREATE INDEX segment_outlet_date ON segment(outletID, date);
CREATE INDEX segment_outlet_start ON segment(outletID, startUTC, endUTC);
CREATE INDEX session_account ON session(account);
CREATE TABLE account (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'monitor')),
    passwordHash TEXT NOT NULL,
    language TEXT,
    createdAt TEXT NOT NULL
);
CREATE TABLE assignment (
    account TEXT NOT NULL REFERENCES account(name) ON DELETE CASCADE,
    outletID TEXT NOT NULL REFERENCES outlet(id),
    firstDate TEXT NOT NULL,
    lastDate TEXT NOT NULL,
    assignedBy TEXT NOT NULL,
    PRIMARY KEY (account, outletID, firstDate)
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    coder TEXT NOT NULL,
    segmentID INTEGER NOT NULL,
    subjectID TEXT,
    changes TEXT NOT NULL,
    sheetImportID INTEGER REFERENCES sheetImport(id),
    line INTEGER
);
CREATE TABLE codebook (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    yaml TEXT NOT NULL,
    source TEXT NOT NULL,
    loadedAt TEXT NOT NULL
);
CREATE TABLE coding (
    id INTEGER PRIMARY KEY,
    segmentID INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
    subjectID TEXT NOT NULL REFERENCES subject(id),
    coder TEXT NOT NULL,
    amount REAL NOT NULL CHECK (amount > 0),
    direct REAL CHECK (direct IS NULL OR (direct >= 0 AND direct <= amount)),
    tone TEXT NOT NULL CHECK (tone IN ('positive', 'neutral', 'negative')),
    codedAt TEXT NOT NULL, vars TEXT CHECK (vars IS NULL OR json_valid(vars)),
    UNIQUE (segmentID, subjectID, coder)
);
CREATE TABLE codingSum (
    outletID TEXT NOT NULL,
    date TEXT NOT NULL,
    subjectID TEXT NOT NULL,
    unit TEXT NOT NULL,
    genreID TEXT NOT NULL,
    tone TEXT NOT NULL,
    codingVars TEXT NOT NULL,
    itemVars TEXT NOT NULL,
    isPrimary INTEGER NOT NULL CHECK (isPrimary IN (0, 1)),
    insideWindow INTEGER NOT NULL CHECK (insideWindow IN (0, 1)),
    amount INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    codings INTEGER NOT NULL CHECK (codings >= 0),
    PRIMARY KEY (isPrimary, outletID, date, subjectID, unit, genreID, tone, insideWindow, codingVars, itemVars)
) WITHOUT ROWID;
CREATE TABLE codingSumTotal (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    codings INTEGER NOT NULL
);
CREATE TABLE codingSumWithoutValues (
    outletID TEXT NOT NULL,
    date TEXT NOT NULL,
    subjectID TEXT NOT NULL,
    unit TEXT NOT NULL,
    genreID TEXT NOT NULL,
    tone TEXT NOT NULL,
    isPrimary INTEGER NOT NULL CHECK (isPrimary IN (0, 1)),
    insideWindow INTEGER NOT NULL CHECK (insideWindow IN (0, 1)),
    amount INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    codings INTEGER NOT NULL CHECK (codings >= 0),
    PRIMARY KEY (isPrimary, outletID, date, subjectID, unit, genreID, tone, insideWindow)
) WITHOUT ROWID;
CREATE TABLE codingSumWithoutValuesTotal (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    codings INTEGER NOT NULL
);
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
CREATE TABLE cueMention (
    cueID INTEGER NOT NULL REFERENCES cue(id) ON DELETE CASCADE,
    subjectID TEXT NOT NULL REFERENCES subject(id),
    PRIMARY KEY (cueID, subjectID)
);
CREATE TABLE doubleCoding (
    segmentID INTEGER PRIMARY KEY REFERENCES segment(id) ON DELETE CASCADE,
    percent REAL NOT NULL,
    seed TEXT NOT NULL,
    assignedAt TEXT NOT NULL,
    assignedBy TEXT NOT NULL
);
CREATE TABLE genre (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    editorial INTEGER NOT NULL
);
CREATE TABLE itemVersion (
    segmentID INTEGER NOT NULL,
    coder TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (segmentID, coder)
);
CREATE TABLE outlet (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    medium TEXT NOT NULL,
    ownership TEXT NOT NULL,
    unit TEXT NOT NULL
);
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
CREATE TABLE referenceFigure (
    id INTEGER PRIMARY KEY,
    -- Who published it, as named on import: `arcom`, `ministry-of-information`.
    source TEXT NOT NULL,
    outletID TEXT NOT NULL REFERENCES outlet(id),
    subjectID TEXT NOT NULL REFERENCES subject(id),
    fromDate TEXT NOT NULL,
    toDate TEXT NOT NULL CHECK (toDate >= fromDate),
    measure TEXT NOT NULL,
    -- Time in seconds whatever unit it was published in; cm²; or a percentage as published.
    amount REAL NOT NULL CHECK (amount >= 0),
    unit TEXT NOT NULL CHECK (unit IN ('seconds', 'cm²', 'percent')),
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    importedAt TEXT NOT NULL,
    UNIQUE (source, outletID, subjectID, fromDate, toDate, measure)
);
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
, author TEXT, section TEXT);
CREATE TABLE segmentGenre (
    segmentID INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
    coder TEXT NOT NULL,
    genreID TEXT NOT NULL REFERENCES genre(id), vars TEXT CHECK (vars IS NULL OR json_valid(vars)),
    PRIMARY KEY (segmentID, coder)
);
CREATE TABLE session (
    tokenDigest TEXT PRIMARY KEY,
    account TEXT NOT NULL REFERENCES account(name) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    createdAt TEXT NOT NULL,
    expiresAt TEXT NOT NULL
);
CREATE TABLE sheetImport (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT,
    rows INTEGER NOT NULL,
    importedAt TEXT NOT NULL
);
CREATE TABLE subject (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    affiliation TEXT
);
CREATE TABLE suggestion (
    programmeID INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    subjectID TEXT NOT NULL REFERENCES subject(id),
    seconds REAL NOT NULL,
    cues INTEGER NOT NULL,
    PRIMARY KEY (programmeID, subjectID)
);
CREATE TRIGGER codingSumWithoutValues_delete AFTER DELETE ON codingSumWithoutValues BEGIN
    UPDATE codingSumWithoutValuesTotal SET codings = codings - OLD.codings WHERE id = 1;
END;
CREATE TRIGGER codingSumWithoutValues_insert AFTER INSERT ON codingSumWithoutValues BEGIN
    UPDATE codingSumWithoutValuesTotal SET codings = codings + NEW.codings WHERE id = 1;
END;
CREATE TRIGGER codingSumWithoutValues_update AFTER UPDATE OF codings ON codingSumWithoutValues BEGIN
    UPDATE codingSumWithoutValuesTotal SET codings = codings + NEW.codings - OLD.codings WHERE id = 1;
END;
CREATE TRIGGER codingSum_delete AFTER DELETE ON codingSum BEGIN
    UPDATE codingSumTotal SET codings = codings - OLD.codings WHERE id = 1;
END;
CREATE TRIGGER codingSum_insert AFTER INSERT ON codingSum BEGIN
    UPDATE codingSumTotal SET codings = codings + NEW.codings WHERE id = 1;
END;
CREATE TRIGGER codingSum_update AFTER UPDATE OF codings ON codingSum BEGIN
    UPDATE codingSumTotal SET codings = codings + NEW.codings - OLD.codings WHERE id = 1;
END;
CREATE TRIGGER coding_delete_version AFTER DELETE ON coding BEGIN
    INSERT INTO itemVersion (segmentID, coder, version) VALUES (OLD.segmentID, OLD.coder, 1)
        ON CONFLICT (segmentID, coder) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER coding_insert_version AFTER INSERT ON coding BEGIN
    INSERT INTO itemVersion (segmentID, coder, version) VALUES (NEW.segmentID, NEW.coder, 1)
        ON CONFLICT (segmentID, coder) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER coding_update_version AFTER UPDATE ON coding BEGIN
    INSERT INTO itemVersion (segmentID, coder, version) VALUES (NEW.segmentID, NEW.coder, 1)
        ON CONFLICT (segmentID, coder) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER segmentGenre_delete_version AFTER DELETE ON segmentGenre BEGIN
    INSERT INTO itemVersion (segmentID, coder, version) VALUES (OLD.segmentID, OLD.coder, 1)
        ON CONFLICT (segmentID, coder) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER segmentGenre_insert_version AFTER INSERT ON segmentGenre BEGIN
    INSERT INTO itemVersion (segmentID, coder, version) VALUES (NEW.segmentID, NEW.coder, 1)
        ON CONFLICT (segmentID, coder) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER segmentGenre_update_version AFTER UPDATE ON segmentGenre BEGIN
    INSERT INTO itemVersion (segmentID, coder, version) VALUES (NEW.segmentID, NEW.coder, 1)
        ON CONFLICT (segmentID, coder) DO UPDATE SET version = version + 1;
END;
