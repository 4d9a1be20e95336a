package com.restwise.records.practice;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceReader;
import com.restwise.json.AdviceWriter;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileReader;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import java.sql.SQLException;

/**
 * A consultation's answers and advice as the practice database keeps them: the JSON the
 * engine's writers make, read back with the same strict readers as an import, so a damaged row
 * is reported rather than shown wrong.
 */
final class StoredConsultation {

    private StoredConsultation() {}

    static String profileJson(Profile profile) {
        return JsonFormat.compact(ProfileWriter.toJsonTree(profile));
    }

    static String adviceJson(Advice advice) {
        return AdviceWriter.toJson(advice, false);
    }

    static Profile profile(String json, long id) throws SQLException {
        try {
            return new ProfileReader().read(StrictJson.parse(json));
        } catch (InvalidInputException e) {
            throw new SQLException("consultation " + id + " is damaged: " + e.getMessage(), e);
        }
    }

    static Advice advice(String json, long id) throws SQLException {
        try {
            return new AdviceReader().read(StrictJson.parse(json));
        } catch (InvalidInputException e) {
            throw new SQLException("consultation " + id + " is damaged: " + e.getMessage(), e);
        }
    }
}
