package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestPostgresTest {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    @Test
    void aPostgresql15OrLaterIsUpWithTheClassesOwnDatabase() throws Exception {
        try (Connection c = DB.superConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('server_version_num')::int, current_database(), "
                        + "pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
            r.next();
            assertTrue(r.getInt(1) >= 150000, "server version " + r.getInt(1));
            assertEquals(DB.name(), r.getString(2));
            assertEquals(DB.owner(), r.getString(3));
        }
    }
}
