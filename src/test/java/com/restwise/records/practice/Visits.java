package com.restwise.records.practice;

import static com.restwise.engine.ProfileBuilder.profile;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;

/** Profiles and the advice the engine gives for them, to save as consultations in tests. */
public final class Visits {

    private Visits() {}

    public static Profile withPain(int morningPain) {
        return profile().weight(70 + morningPain).morningPain(morningPain).build();
    }

    public static Advice advise(Profile p) {
        return new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
    }
}
