package com.restwise.records;

import java.util.List;

/**
 * The database schema, one entry per version: entry N brings a database from version N to
 * N + 1. Never edit a released entry; add the next one. {@code PRAGMA user_version} records
 * the version a database is at.
 */
final class Migrations {

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
                    "CREATE INDEX consultation_by_client ON consultation (client_id, taken_on, id)"));

    static int latest() {
        return STEPS.size();
    }

    private Migrations() {
    }
}
