package com.restwise.records;

import java.util.List;
import java.util.stream.Stream;

/**
 * The database schema, one entry per version: entry N brings a database from version N to
 * N + 1. Never edit a released entry; add the next one. {@code PRAGMA user_version} records
 * the version a database is at.
 */
final class Migrations {

    /**
     * Moves the consultations of the old "My results" client to the shopper's saved results,
     * oldest first, and removes that client. Part of step 1 -> 2, and run again after importing
     * a file exported before then, which may still hold that client.
     */
    static final List<String> MOVE_MY_RESULTS = List.of(
            "INSERT INTO saved_result (saved_at, profile, advice, engine_version, morning_pain) "
                    + "SELECT k.taken_on, k.profile, k.advice, k.engine_version, k.morning_pain "
                    + "FROM consultation k JOIN client c ON c.id = k.client_id "
                    + "WHERE c.name = 'My results' ORDER BY k.taken_on, k.id",
            "DELETE FROM consultation WHERE client_id IN (SELECT id FROM client WHERE name = 'My results')",
            "DELETE FROM client WHERE name = 'My results'");

    static final List<List<String>> STEPS = List.of(
            // 0 -> 1: clients and their consultations
            List.of(
                    """
                    CREATE TABLE client (
                        id      INTEGER PRIMARY KEY,
                        name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
                        notes   TEXT NOT NULL DEFAULT '',
                        created TEXT NOT NULL
                    )""",
                    "CREATE INDEX client_by_name ON client (name COLLATE NOCASE)",
                    """
                    CREATE TABLE consultation (
                        id             INTEGER PRIMARY KEY,
                        client_id      INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
                        taken_on       TEXT NOT NULL,
                        profile        TEXT NOT NULL,
                        advice         TEXT NOT NULL,
                        engine_version TEXT NOT NULL,
                        notes          TEXT NOT NULL DEFAULT '',
                        morning_pain   INTEGER
                    )""",
                    "CREATE INDEX consultation_by_client ON consultation (client_id, taken_on, id)"),
            // 1 -> 2: a shopper's own saved results get a table of their own. Until now they were
            // the consultations of a client called "My results", who showed up in the therapist's
            // client list; they move here, oldest first, and that client goes.
            Stream.concat(
                            Stream.of(
                                    """
                    CREATE TABLE saved_result (
                        id             INTEGER PRIMARY KEY,
                        saved_at       TEXT NOT NULL,
                        profile        TEXT NOT NULL,
                        advice         TEXT NOT NULL,
                        engine_version TEXT NOT NULL,
                        morning_pain   INTEGER
                    )"""),
                            MOVE_MY_RESULTS.stream())
                    .toList(),
            // 2 -> 3: ids are never used twice (AUTOINCREMENT), so a window still showing a client
            // that was deleted or replaced elsewhere can never save onto a newcomer who got its
            // number. A consultation also keeps what today's medical screen says when an import
            // brought advice that screen finds too mild. Run with foreign keys off: the tables are
            // rebuilt, keeping every id, and the old ones dropped without cascading.
            List.of(
                    """
                    CREATE TABLE client_v3 (
                        id      INTEGER PRIMARY KEY AUTOINCREMENT,
                        name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
                        notes   TEXT NOT NULL DEFAULT '',
                        created TEXT NOT NULL
                    )""",
                    "INSERT INTO client_v3 (id, name, notes, created) SELECT id, name, notes, created FROM client",
                    "DROP TABLE client",
                    "ALTER TABLE client_v3 RENAME TO client",
                    "CREATE INDEX client_by_name ON client (name COLLATE NOCASE)",
                    """
                    CREATE TABLE consultation_v3 (
                        id             INTEGER PRIMARY KEY AUTOINCREMENT,
                        client_id      INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
                        taken_on       TEXT NOT NULL,
                        profile        TEXT NOT NULL,
                        advice         TEXT NOT NULL,
                        engine_version TEXT NOT NULL,
                        notes          TEXT NOT NULL DEFAULT '',
                        morning_pain   INTEGER,
                        todays_screen  TEXT
                    )""",
                    "INSERT INTO consultation_v3 (id, client_id, taken_on, profile, advice, engine_version, notes, "
                            + "morning_pain) SELECT id, client_id, taken_on, profile, advice, engine_version, notes, "
                            + "morning_pain FROM consultation",
                    "DROP TABLE consultation",
                    "ALTER TABLE consultation_v3 RENAME TO consultation",
                    "CREATE INDEX consultation_by_client ON consultation (client_id, taken_on, id)",
                    """
                    CREATE TABLE saved_result_v3 (
                        id             INTEGER PRIMARY KEY AUTOINCREMENT,
                        saved_at       TEXT NOT NULL,
                        profile        TEXT NOT NULL,
                        advice         TEXT NOT NULL,
                        engine_version TEXT NOT NULL,
                        morning_pain   INTEGER
                    )""",
                    "INSERT INTO saved_result_v3 SELECT id, saved_at, profile, advice, engine_version, morning_pain "
                            + "FROM saved_result",
                    "DROP TABLE saved_result",
                    "ALTER TABLE saved_result_v3 RENAME TO saved_result",
                    // the lines of a `records add --batch` file already saved, so a rerun skips them
                    """
                    CREATE TABLE batch_line (
                        client_id       INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
                        line_id         TEXT NOT NULL,
                        consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
                        PRIMARY KEY (client_id, line_id)
                    )""",
                    "CREATE INDEX batch_line_by_consultation ON batch_line (consultation_id)"));

    static int latest() {
        return STEPS.size();
    }

    private Migrations() {}
}
