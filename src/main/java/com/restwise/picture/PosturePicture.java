package com.restwise.picture;

import com.restwise.engine.PostureAdvisor;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which drawing in {@code assets/images} shows a posture tip, for the results page and the report
 * alike. Each tip has its own; the pillow tip is drawn in the position it speaks of, so a back
 * sleeper sees a head on a pillow face up, not a figure lying on its side.
 */
public final class PosturePicture {

    private PosturePicture() {}

    /** The picture's name, without ".svg": {@code posture-log-roll}, {@code posture-pillow-loft-back}. */
    public static String name(PostureTip tip, Profile profile) {
        return tip.code() == PostureCode.PILLOW_LOFT
                ? inPosition(PostureAdvisor.pillowPosition(profile))
                : ofCode(tip.code());
    }

    /** Every picture a tip can show, so a test can see that each one is drawn. */
    public static List<String> all() {
        List<String> names = new ArrayList<>();
        for (PostureCode code : PostureCode.values()) {
            if (code == PostureCode.PILLOW_LOFT) {
                for (Position position : Position.values()) {
                    names.add(inPosition(position));
                }
            } else {
                names.add(ofCode(code));
            }
        }
        return names;
    }

    private static String ofCode(PostureCode code) {
        return "posture-" + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String inPosition(Position position) {
        return ofCode(PostureCode.PILLOW_LOFT) + "-" + position.name().toLowerCase(Locale.ROOT);
    }
}
