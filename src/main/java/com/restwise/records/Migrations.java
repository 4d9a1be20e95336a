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
            Stream.concat(Stream.of(
                    """
                    CREATE TABLE saved_result (
                        id             INTEGER PRIMARY KEY,
                        saved_at       TEXT NOT NULL,
                        profile        TEXT NOT NULL,
                        advice         TEXT NOT NULL,
                        engine_version TEXT NOT NULL,
                        morning_pain   INTEGER
                    )"""), MOVE_MY_RESULTS.stream()).toList());

    static int latest() {
        return STEPS.size();
    }

    private Migrations() {
    }
}
