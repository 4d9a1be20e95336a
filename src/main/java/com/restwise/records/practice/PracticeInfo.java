package com.restwise.records.practice;

/**
 * What a desktop learns when it connects: the schema's version and the oldest Restwise that may
 * use it, who the login is in this practice, and the practice's settings.
 *
 * @param role therapist, reception, admin, or owner (the login that owns the database)
 */
public record PracticeInfo(
        int schemaVersion,
        String oldestApp,
        String login,
        String role,
        String displayName,
        String practiceName,
        String practiceAddress,
        boolean ownClientsOnly) {

    /** What the header says: "Physio am Park: Jana Meier". */
    public String where() {
        String who = displayName.isEmpty() ? login : displayName;
        return practiceName.isEmpty() ? who : practiceName + ": " + who;
    }

    public boolean therapist() {
        return role.equals("therapist");
    }
}
