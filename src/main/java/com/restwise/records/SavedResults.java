package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceReader;
import com.restwise.json.AdviceWriter;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileReader;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A shopper's own saved results, in the records database beside the clients but apart from
 * them: no name, no notes, never in the client list or an export. Each save and delete is one
 * transaction of the {@link ConsultationStore}.
 */
public final class SavedResults {

    static final StoreException.Action SAVE = new StoreException.Action("save-result");
    static final StoreException.Action DELETE = new StoreException.Action("delete-result");

    private final ConsultationStore store;

    public SavedResults(ConsultationStore store) {
        this.store = store;
    }

    /** Keeps a result, saved at {@code when} (to the second). */
    public SavedResult save(LocalDateTime when, Profile profile, Advice advice) throws StoreException {
        LocalDateTime at = when.truncatedTo(ChronoUnit.SECONDS);
        long id = store.inTransaction(SAVE, () -> {
            try (PreparedStatement p = store.connection()
                    .prepareStatement(
                            "INSERT INTO saved_result "
                                    + "(saved_at, profile, advice, engine_version, morning_pain) VALUES (?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, at.toString());
                p.setString(2, JsonFormat.compact(ProfileWriter.toJsonTree(profile)));
                p.setString(3, AdviceWriter.toJson(advice, false));
                p.setString(4, advice.engineVersion());
                if (profile.symptoms().morningPain() == null) {
                    p.setNull(5, Types.INTEGER);
                } else {
                    p.setInt(5, profile.symptoms().morningPain());
                }
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new SavedResult(
                id,
                at.toLocalDate(),
                at.toLocalTime(),
                profile,
                advice,
                advice.engineVersion(),
                profile.symptoms().morningPain());
    }

    /** Every saved result, newest first. */
    public List<SavedResult> all() throws StoreException {
        return store.query(() -> {
            try (Statement s = store.connection().createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT id, saved_at, profile, advice, engine_version, morning_pain FROM saved_result "
                                    + "ORDER BY saved_at DESC, id DESC")) {
                List<SavedResult> list = new ArrayList<>();
                while (r.next()) {
                    list.add(result(r));
                }
                return list;
            }
        });
    }

    /** Deletes one saved result, leaving no copy in the write-ahead log; true when it was there. */
    public boolean delete(long id) throws StoreException {
        boolean deleted = store.inTransaction(DELETE, () -> {
            try (PreparedStatement p = store.connection().prepareStatement("DELETE FROM saved_result WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() > 0;
            }
        });
        store.emptyLog();
        return deleted;
    }

    /**
     * Moves what a file exported before saved results had their own place brought in under the
     * old "My results" client to the saved results, inside the caller's transaction.
     */
    static void adoptOldMyResults(ConsultationStore store) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            for (String sql : Migrations.MOVE_MY_RESULTS) {
                s.execute(sql);
            }
        }
    }

    /**
     * Results moved from the old "My results" client kept only the day ("2026-11-02"); those
     * saved here have the time too ("2026-11-02T18:40:12").
     */
    private static SavedResult result(ResultSet r) throws SQLException {
        String at = r.getString(2);
        LocalDate date;
        LocalTime time;
        if (at.length() > 10) {
            LocalDateTime when = LocalDateTime.parse(at);
            date = when.toLocalDate();
            time = when.toLocalTime();
        } else {
            date = LocalDate.parse(at);
            time = null;
        }
        try {
            Profile profile = new ProfileReader().read(StrictJson.parse(r.getString(3)));
            Advice advice = new AdviceReader().read(StrictJson.parse(r.getString(4)));
            int pain = r.getInt(6);
            Integer morningPain = r.wasNull() ? null : pain;
            return new SavedResult(r.getLong(1), date, time, profile, advice, r.getString(5), morningPain);
        } catch (InvalidInputException e) {
            throw new SQLException("saved result " + r.getLong(1) + " is damaged: " + e.getMessage(), e);
        }
    }
}
