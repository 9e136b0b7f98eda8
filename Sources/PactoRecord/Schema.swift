import GRDB

/// The record's tables, created and upgraded by one migrator. Migrations
/// name tables and columns as strings and never refer to Swift types, so
/// they stay valid as the model changes.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, events, members, people, awards, pacts, search") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    sha256 TEXT NOT NULL,
                    language TEXT NOT NULL,
                    title TEXT,
                    published TEXT,
                    url TEXT,
                    encoding TEXT NOT NULL,
                    authors TEXT NOT NULL,      -- JSON array
                    body TEXT NOT NULL,         -- Article.body: evidence offsets point into it
                    blocks TEXT NOT NULL,       -- JSON array of {kind, text}
                    warnings TEXT NOT NULL,     -- JSON array
                    importedAt TEXT NOT NULL
                );
                CREATE INDEX document_sha256 ON document(sha256);

                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    activities TEXT NOT NULL,   -- space-separated activity names
                    date TEXT,                  -- YYYY-MM-DD
                    sortDate TEXT NOT NULL,     -- date, else the document's stamp, else ''
                    dayPart TEXT,
                    locationText TEXT,
                    locationProvince TEXT,
                    locationProvinceToday TEXT,
                    organizerKind TEXT,
                    organizerNumber INTEGER,
                    organizerLabel TEXT,
                    organizerParent TEXT,
                    organizerParentKey TEXT,    -- folded parent, for --ministry
                    organizerKey TEXT,          -- folded kind|number|parent|label: one timeline per key
                    year INTEGER,
                    memberCount INTEGER,
                    headText TEXT,
                    headProvince TEXT,
                    deputyText TEXT,
                    deputyProvince TEXT,
                    theme TEXT,
                    criteriaCount INTEGER,
                    json TEXT NOT NULL          -- the event as in `pacto extract --json`
                );
                CREATE INDEX event_document ON event(documentId);
                CREATE INDEX event_organizer ON event(organizerKind, organizerNumber);
                CREATE INDEX event_year ON event(year, organizerNumber);
                CREATE INDEX event_sortDate ON event(sortDate);
                CREATE INDEX event_key ON event(organizerKey, year);

                CREATE TABLE member (
                    eventId INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    province TEXT,
                    provinceToday TEXT
                );
                CREATE INDEX member_event ON member(eventId);
                CREATE INDEX member_province ON member(province);
                CREATE INDEX member_province_today ON member(provinceToday);

                CREATE TABLE person (
                    eventId INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    title TEXT,
                    role TEXT
                );
                CREATE INDEX person_event ON person(eventId);

                CREATE TABLE award (
                    eventId INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    issuer TEXT,
                    recipients TEXT NOT NULL    -- JSON array
                );
                CREATE INDEX award_event ON award(eventId);

                -- Every place an event is tied to (venue, members, head, deputy),
                -- by its name at the article's date and by today's name.
                CREATE TABLE eventPlace (
                    eventId INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    province TEXT NOT NULL,
                    provinceToday TEXT NOT NULL
                );
                CREATE INDEX eventPlace_province ON eventPlace(province, eventId);
                CREATE INDEX eventPlace_today ON eventPlace(provinceToday, eventId);
                CREATE INDEX eventPlace_event ON eventPlace(eventId);

                -- A pact: one organizer's year, from the events that report it.
                CREATE VIEW pact AS
                    SELECT organizerKey, organizerKind, organizerNumber, organizerLabel, organizerParent, year,
                           theme, headText, headProvince, deputyText, deputyProvince, memberCount,
                           event.id AS eventId, document.path AS path, document.title AS title, event.sortDate AS sortDate,
                           document.language AS language
                    FROM event JOIN document ON document.id = event.documentId
                    WHERE organizerKey IS NOT NULL AND year IS NOT NULL;

                -- Full-text search over folded text (accents and đ folded by Pacto before
                -- indexing, so the tokenizer needs no diacritic rules). Rowid = event id.
                -- `head` holds the short fields (title, theme, organizer, people, places),
                -- `body` the article text; ranking weighs `head` higher.
                CREATE VIRTUAL TABLE search USING fts5(
                    head, body,
                    tokenize = 'unicode61 remove_diacritics 0'
                );
                CREATE VIRTUAL TABLE searchVocabulary USING fts5vocab(search, 'row');
                """)
        }
        return migrator
    }
}
