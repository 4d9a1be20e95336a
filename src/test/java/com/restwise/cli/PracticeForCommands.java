package com.restwise.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh practice database for a command test class, made by the practice tests' own fixture
 * (one PostgreSQL per test JVM, a database and owner per class, dropped afterwards). That
 * fixture is package-private to the practice store's tests, so it is reached by reflection
 * here rather than copied.
 */
public final class PracticeForCommands implements BeforeAllCallback, AfterAllCallback {

    private static final String FIXTURE = "com.restwise.records.practice.PracticeDatabase";

    private Object database;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Constructor<?> make = Class.forName(FIXTURE).getDeclaredConstructor();
        make.setAccessible(true);
        database = make.newInstance();
        call("beforeAll", new Class<?>[] {ExtensionContext.class}, context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        call("afterAll", new Class<?>[] {ExtensionContext.class}, context);
    }

    public String ownerPassword() throws ReflectiveOperationException {
        Field f = Class.forName(FIXTURE).getDeclaredField("OWNER_PASSWORD");
        f.setAccessible(true);
        return (String) f.get(null);
    }

    public String owner() throws ReflectiveOperationException {
        return (String) call("owner", new Class<?>[0]);
    }

    /** A login name carrying the database's, so test classes never collide on one server. */
    public String login(String who) throws ReflectiveOperationException {
        return (String) call("login", new Class<?>[] {String.class}, who);
    }

    /** postgresql://LOGIN@HOST:PORT/DB?sslmode=disable (the test server is this computer). */
    public String url(String login) throws ReflectiveOperationException {
        return (String) call("url", new Class<?>[] {String.class}, login);
    }

    /**
     * Sets the practice up as the README does, through the Java API: clinic init by the owner,
     * the practice's name, and therapists (each {@code who}, then their name) with one password.
     */
    public void therapists(String practiceName, String password, String... whoAndName) throws Exception {
        com.restwise.records.practice.PracticeAddress owner =
                com.restwise.records.practice.PracticeAddress.parse(url(owner()));
        com.restwise.records.practice.PracticeSchema.init(owner, ownerPassword().toCharArray());
        try (com.restwise.records.practice.PracticeConnections db =
                com.restwise.records.practice.PracticeConnections.open(
                        owner, ownerPassword().toCharArray(), false)) {
            com.restwise.records.practice.PracticeAdmin admin = new com.restwise.records.practice.PracticeAdmin(db);
            admin.settings(practiceName, "");
            for (int i = 0; i < whoAndName.length; i += 2) {
                admin.addUser(login(whoAndName[i]), "therapist", whoAndName[i + 1], password.toCharArray());
            }
        }
    }

    /** A superuser connection to the practice's database (to end a login's sessions, as a lost network does). */
    public java.sql.Connection superConnection() throws ReflectiveOperationException {
        return (java.sql.Connection) call("superConnection", new Class<?>[0]);
    }

    private Object call(String name, Class<?>[] types, Object... args) throws ReflectiveOperationException {
        Method m = database.getClass().getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m.invoke(database, args);
    }
}
