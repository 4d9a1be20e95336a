package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PracticeSchemaTest {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    @Test
    @Order(1)
    void initSetsUpTheSchemaTheGroupRolesAndTheFunctionsAndASecondRunChangesNothing() throws Exception {
        PracticeSchema.InitResult first =
                PracticeSchema.init(DB.ownerAddress(), PracticeDatabase.OWNER_PASSWORD.toCharArray());
        assertEquals(0, first.fromVersion());
        assertEquals(PracticeSchema.LATEST, first.toVersion());
        assertTrue(first.functionsLaid());
        assertEquals(
                List.of(DB.name() + "_therapist", DB.name() + "_reception", DB.name() + "_admin"),
                first.rolesCreated());
        PracticeSchema.InitResult second =
                PracticeSchema.init(DB.ownerAddress(), PracticeDatabase.OWNER_PASSWORD.toCharArray());
        assertTrue(second.changedNothing(), second.toString());
    }

    @Test
    @Order(2)
    void onlyTheOwnerWithCreateroleMayRunInit() throws Exception {
        new Practice(DB).with("jana", "admin", "Jana Meier");
        PracticeException e = assertThrows(
                PracticeException.class,
                () -> PracticeSchema.init(DB.address(DB.login("jana")), Practice.PASSWORD.toCharArray()));
        assertEquals("practice.not-owner", e.key());
    }

    @Test
    @Order(3)
    void aDesktopOfAnOlderRestwiseIsRefusedAndSoIsInitOfANewerSchema() throws Exception {
        try (Connection c = DB.superConnection();
                Statement s = c.createStatement()) {
            s.execute("UPDATE restwise.schema_info SET oldest_app = '99.0'");
        }
        PracticeException old = assertThrows(PracticeException.class, () -> new Practice(DB).connect("jana"));
        assertEquals("practice.app-too-old", old.key());
        assertTrue(old.getMessage().contains("Restwise 99.0 or later"), old.getMessage());

        try (Connection c = DB.superConnection();
                Statement s = c.createStatement()) {
            s.execute("UPDATE restwise.schema_info SET oldest_app = '2.0.0', version = 99");
        }
        PracticeException newer = assertThrows(
                PracticeException.class,
                () -> PracticeSchema.init(DB.ownerAddress(), PracticeDatabase.OWNER_PASSWORD.toCharArray()));
        assertEquals("practice.schema-newer", newer.key());
        try (Connection c = DB.superConnection();
                Statement s = c.createStatement()) {
            assertTrue(
                    s.executeQuery("SELECT version = 99 FROM restwise.schema_info")
                            .next(),
                    "left untouched");
            s.execute("UPDATE restwise.schema_info SET version = " + PracticeSchema.LATEST);
        }
        assertFalse(PracticeSchema.compareVersions("2.10.0", "2.9.1") < 0);
    }
}
