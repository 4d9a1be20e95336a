package com.restwise.picture;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sex;
import com.restwise.json.CatalogReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each tip shows its own picture, and the pillow tip the position it speaks of. */
class PosturePictureTest {

    private static String pillowPicture(Profile p) {
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
        PostureTip pillow = a.posture().stream()
                .filter(t -> t.code() == PostureCode.PILLOW_LOFT)
                .findFirst()
                .orElseThrow();
        return PosturePicture.name(pillow, p);
    }

    @Test
    void thePillowTipShowsTheSleeperInTheirOwnPosition() {
        assertEquals(
                "posture-pillow-loft-back",
                pillowPicture(profile().weight(110).only(Position.BACK).build()),
                "a back sleeper sees a head on its pillow face up, not a figure on its side");
        assertEquals(
                "posture-pillow-loft-side",
                pillowPicture(profile().weight(72).only(Position.SIDE).build()));
        assertEquals(
                "posture-pillow-loft-stomach",
                pillowPicture(profile().weight(80).only(Position.STOMACH).build()));
        assertEquals(
                "posture-pillow-loft-back",
                pillowPicture(profile().positions(0.3, 0.6, 0.1).build()),
                "the position slept in most");
        assertEquals(
                "posture-pillow-loft-side",
                pillowPicture(profile()
                        .sex(Sex.FEMALE)
                        .pregnancyWeeks(30)
                        .only(Position.BACK)
                        .build()),
                "late in pregnancy the tip is about lying on the side");
    }

    @Test
    void everyOtherTipShowsThePictureOfItsOwnCode() {
        Profile p = profile().only(Position.SIDE).build();
        Set<String> names = new HashSet<>();
        for (PostureCode code : PostureCode.values()) {
            String name = PosturePicture.name(new PostureTip(code, "text"), p);
            assertTrue(name.startsWith("posture-" + code.name().toLowerCase().replace('_', '-')), code + ": " + name);
            assertTrue(names.add(name), "two tips share " + name);
        }
    }

    @Test
    void everyPictureATipCanShowIsDrawn() {
        List<String> all = PosturePicture.all();
        assertEquals(PostureCode.values().length + 2, all.size(), "one per code, three for the pillow");
        for (String name : all) {
            assertTrue(
                    PosturePicture.class.getResource("/assets/images/" + name + ".svg") != null,
                    name + ".svg is missing");
        }
    }
}
