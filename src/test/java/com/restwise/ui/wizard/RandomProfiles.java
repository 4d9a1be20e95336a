package com.restwise.ui.wizard;

import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Partner;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.wizard.steps.Frequency;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * Profiles the wizard can give, drawn at random: every question answered or left open, with
 * values inside the ranges it accepts and position shares its frequency choices make.
 */
final class RandomProfiles {

    private static final String[] SIZES = {"90x200", "140x200", "160x200", "180x200"};

    private final Random random;

    RandomProfiles(long seed) {
        random = new Random(seed);
    }

    Profile next() {
        Sex sex = maybe(Sex.values());
        Integer age = random.nextBoolean() ? null : 16 + random.nextInt(95);
        Integer pregnancy = sex != Sex.MALE && random.nextInt(4) == 0 ? 1 + random.nextInt(42) : null;
        Sleeper sleeper = new Sleeper(
                30 + random.nextInt(271),
                random.nextBoolean() ? null : 120.0 + random.nextInt(111),
                age,
                sex,
                pregnancy,
                bool());
        Partner partner = random.nextBoolean() ? null : new Partner(30 + random.nextInt(271), positions());
        CurrentMattress mattress = new CurrentMattress(
                random.nextBoolean() ? null : 1.0 + random.nextInt(10),
                maybe(MattressType.values()),
                random.nextBoolean() ? null : (double) random.nextInt(51),
                random.nextBoolean() ? null : (double) random.nextInt(21));
        Preferences preferences = new Preferences(
                random.nextBoolean() ? null : SIZES[random.nextInt(SIZES.length)],
                random.nextBoolean() ? null : 1.0 + random.nextInt(5000),
                bool(),
                bool());
        Set<PainArea> areas = some(PainArea.class);
        Set<WarningSign> signs = some(WarningSign.class);
        Set<WarningSign> no = EnumSet.noneOf(WarningSign.class);
        for (WarningSign s : WarningSign.values()) {
            if (!signs.contains(s) && random.nextInt(3) > 0) {
                no.add(s); // answered "no"; the rest left open
            }
        }
        if (!areas.contains(PainArea.NECK)) {
            signs.removeIf(WarningSign::neckOnly); // asked only with neck pain
            no.removeIf(WarningSign::neckOnly);
        }
        // one injury choice: none (no to both), minor (no to major), major, or not answered
        if (signs.contains(WarningSign.MAJOR_TRAUMA)) {
            signs.remove(WarningSign.RECENT_TRAUMA);
            no.removeAll(Set.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA));
        } else if (signs.contains(WarningSign.RECENT_TRAUMA)) {
            no.add(WarningSign.MAJOR_TRAUMA);
        } else if (!no.containsAll(Set.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA))) {
            no.removeAll(Set.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA));
        }
        Symptoms symptoms = new Symptoms(
                score(),
                score(),
                areas,
                random.nextBoolean() ? null : random.nextInt(601),
                bool(),
                random.nextBoolean() ? null : random.nextInt(2601),
                maybe(NightPain.values()),
                bool(),
                bool(),
                bool(),
                bool(),
                bool(),
                bool(),
                signs,
                score(),
                bool(),
                no,
                bool());
        return new Profile(sleeper, positions(), mattress, partner, preferences, symptoms);
    }

    /** Shares as three frequency choices make them (at least one position slept in). */
    private Positions positions() {
        Frequency[] all = Frequency.values();
        while (true) {
            Frequency side = all[random.nextInt(all.length)];
            Frequency back = all[random.nextInt(all.length)];
            Frequency stomach = all[random.nextInt(all.length)];
            if (side.weight() + back.weight() + stomach.weight() > 0) {
                return new Positions(side.weight(), back.weight(), stomach.weight());
            }
        }
    }

    private Integer score() {
        return random.nextBoolean() ? null : random.nextInt(11);
    }

    private Boolean bool() {
        int r = random.nextInt(3);
        return r == 0 ? null : r == 1;
    }

    private <E> E maybe(E[] values) {
        return random.nextBoolean() ? null : values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> Set<E> some(Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                set.add(e);
            }
        }
        return set;
    }
}
