package com.restwise.records.practice;

import java.util.HashMap;
import java.util.Map;

/**
 * A practice set up in a test's database as the README has one set up: {@code clinic init} by
 * the owner, then logins added by the owner with their roles and passwords.
 */
public final class Practice {

    static final String PASSWORD = "correct horse 42";

    final PracticeDatabase db;
    private final Map<String, String> logins = new HashMap<>();

    Practice(PracticeDatabase db) {
        this.db = db;
    }

    public static Practice initialised(PracticeDatabase db) throws PracticeException {
        PracticeSchema.init(db.ownerAddress(), PracticeDatabase.OWNER_PASSWORD.toCharArray());
        return new Practice(db);
    }

    /** Adds a login (its name carrying the database's) with a role, as the owner. */
    public Practice with(String who, String role, String displayName) throws PracticeException {
        try (PracticeConnections owner = owner()) {
            new PracticeAdmin(owner).addUser(db.login(who), role, displayName, PASSWORD.toCharArray());
        }
        logins.put(who, db.login(who));
        return this;
    }

    public String login(String who) {
        return db.login(who);
    }

    PracticeConnections owner() throws PracticeException {
        return PracticeConnections.open(db.ownerAddress(), PracticeDatabase.OWNER_PASSWORD.toCharArray(), false);
    }

    PracticeConnections connect(String who) throws PracticeException {
        return PracticeConnections.open(db.address(db.login(who)), PASSWORD.toCharArray(), false);
    }

    public PracticeStore store(String who) throws PracticeException {
        return new PracticeStore(connect(who));
    }
}
