package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A database set up by the first release (schema 1) is upgraded by clinic init, its records kept. */
class PracticeUpgradeTest {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    @Test
    void aFirstReleaseDatabaseIsUpgradedWithItsRecords() throws Exception {
        Profile p = Visits.withPain(4);
        Properties owner = new Properties();
        owner.setProperty("user", DB.owner());
        owner.setProperty("password", PracticeDatabase.OWNER_PASSWORD);
        owner.setProperty("sslmode", "disable");
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://" + DB.server().host + ":" + DB.server().port + "/" + DB.name(), owner);
                Statement s = c.createStatement()) {
            s.execute(PracticeSchema.resource("V1.sql"));
            s.execute("INSERT INTO restwise.schema_info (version, oldest_app) VALUES (1, '2.0.0')");
            s.execute("INSERT INTO restwise.client (name, notes) VALUES ('Old Olga', 'from the first release')");
            try (PreparedStatement k = c.prepareStatement("INSERT INTO restwise.consultation (client_id, taken_on, "
                    + "morning_pain, profile, advice, engine_version, notes, content_hash) "
                    + "SELECT id, DATE '2026-05-01', 4, ?, ?, ?, 'first visit', 'x' FROM restwise.client")) {
                k.setString(1, StoredConsultation.profileJson(p));
                k.setString(2, StoredConsultation.adviceJson(Visits.advise(p)));
                k.setString(3, Visits.advise(p).engineVersion());
                k.execute();
            }
        }
        PracticeSchema.InitResult upgrade =
                PracticeSchema.init(DB.ownerAddress(), PracticeDatabase.OWNER_PASSWORD.toCharArray());
        assertEquals(1, upgrade.fromVersion());
        assertEquals(PracticeSchema.LATEST, upgrade.toVersion());
        Practice practice = new Practice(DB).with("anna", "therapist", "Anna Adler");
        try (PracticeStore anna = practice.store("anna")) {
            assertEquals(
                    List.of("Old Olga"),
                    anna.searchClients("").stream().map(c -> c.name()).toList());
            long olga = anna.searchClients("").get(0).id();
            assertEquals("first visit", anna.consultations(olga).get(0).notes());
            assertEquals(p, anna.consultations(olga).get(0).profile());
            anna.updateConsultation(
                    anna.consultations(olga).get(0).id(),
                    anna.consultations(olga).get(0).date(),
                    "corrected after the upgrade");
            assertEquals(2, anna.read(olga).get(0).version());
        }
        assertTrue(PracticeSchema.init(DB.ownerAddress(), PracticeDatabase.OWNER_PASSWORD.toCharArray())
                .changedNothing());
    }
}
