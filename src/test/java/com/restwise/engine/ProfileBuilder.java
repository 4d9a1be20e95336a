package com.restwise.engine;

import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Partner;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Test profiles: a 75 kg back sleeper with nothing else answered, changed one answer at a time. */
public final class ProfileBuilder {
    private double weight = 75;
    private Double height;
    private Integer age;
    private Sex sex;
    private Integer pregnancyWeeks;
    private final Map<Position, Double> positions = new EnumMap<>(Map.of(Position.BACK, 1.0));
    private Double firmness;
    private MattressType type;
    private Double mattressAge;
    private Double sag;
    private Partner partner;
    private String size;
    private Double budget;
    private Boolean hot;
    private Boolean avoidLatex;
    private Integer morningPain;
    private Integer sleepQuality;
    private final Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
    private Integer stiffness;
    private Boolean eases;
    private Integer weeks;
    private NightPain nightPain;
    private Boolean daytime;
    private Boolean worseWithActivity;
    private Boolean exercise;
    private Boolean rest;
    private Boolean gradual;
    private Boolean legPain;
    private final Set<WarningSign> signs = EnumSet.noneOf(WarningSign.class);
    private Integer stress;
    private Boolean afterExertion;
    private Set<WarningSign> signsNo;
    private Boolean widespread;
    private Boolean floorIsHard;

    public static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    public ProfileBuilder weight(double kg) {
        weight = kg;
        return this;
    }

    public ProfileBuilder height(double cm) {
        height = cm;
        return this;
    }

    public ProfileBuilder age(int years) {
        age = years;
        return this;
    }

    public ProfileBuilder sex(Sex s) {
        sex = s;
        return this;
    }

    public ProfileBuilder pregnancyWeeks(int w) {
        pregnancyWeeks = w;
        return this;
    }

    public ProfileBuilder positions(double side, double back, double stomach) {
        positions.clear();
        positions.put(Position.SIDE, side);
        positions.put(Position.BACK, back);
        positions.put(Position.STOMACH, stomach);
        return this;
    }

    public ProfileBuilder only(Position p) {
        positions.clear();
        positions.put(p, 1.0);
        return this;
    }

    public ProfileBuilder mattress(Double f, Double years, Double sagCm) {
        firmness = f;
        mattressAge = years;
        sag = sagCm;
        return this;
    }

    public ProfileBuilder mattressType(MattressType t) {
        type = t;
        return this;
    }

    public ProfileBuilder partner(double kg, Position p) {
        partner = new Partner(kg, Positions.only(p));
        return this;
    }

    public ProfileBuilder size(String s) {
        size = s;
        return this;
    }

    public ProfileBuilder budget(double max) {
        budget = max;
        return this;
    }

    public ProfileBuilder hot(boolean b) {
        hot = b;
        return this;
    }

    public ProfileBuilder avoidLatex(boolean b) {
        avoidLatex = b;
        return this;
    }

    public ProfileBuilder stress(int level) {
        stress = level;
        return this;
    }

    public ProfileBuilder afterExertion(boolean b) {
        afterExertion = b;
        return this;
    }

    public ProfileBuilder morningPain(int p) {
        morningPain = p;
        return this;
    }

    public ProfileBuilder sleepQuality(int q) {
        sleepQuality = q;
        return this;
    }

    public ProfileBuilder pain(PainArea... a) {
        areas.addAll(Set.of(a));
        return this;
    }

    public ProfileBuilder stiffness(int minutes) {
        stiffness = minutes;
        return this;
    }

    public ProfileBuilder eases(boolean b) {
        eases = b;
        return this;
    }

    public ProfileBuilder weeks(int w) {
        weeks = w;
        return this;
    }

    public ProfileBuilder nightPain(NightPain n) {
        nightPain = n;
        return this;
    }

    public ProfileBuilder daytime(boolean b) {
        daytime = b;
        return this;
    }

    public ProfileBuilder worseWithActivity(boolean b) {
        worseWithActivity = b;
        return this;
    }

    public ProfileBuilder exercise(boolean b) {
        exercise = b;
        return this;
    }

    public ProfileBuilder rest(boolean b) {
        rest = b;
        return this;
    }

    public ProfileBuilder gradual(boolean b) {
        gradual = b;
        return this;
    }

    public ProfileBuilder legPain(boolean b) {
        legPain = b;
        return this;
    }

    public ProfileBuilder signs(WarningSign... s) {
        signs.addAll(Set.of(s));
        return this;
    }

    public ProfileBuilder widespread(boolean b) {
        widespread = b;
        return this;
    }

    public ProfileBuilder floorIsHard(boolean b) {
        floorIsHard = b;
        return this;
    }

    /** Signs answered "no" (2.1); calling it at all records the answers sign by sign. */
    public ProfileBuilder signsNo(WarningSign... s) {
        signsNo = signsNo == null ? EnumSet.noneOf(WarningSign.class) : signsNo;
        signsNo.addAll(Set.of(s));
        return this;
    }

    /** Every sign not ticked answered "no". */
    public ProfileBuilder allOtherSignsNo() {
        signsNo = EnumSet.complementOf(signs.isEmpty() ? EnumSet.noneOf(WarningSign.class) : EnumSet.copyOf(signs));
        return this;
    }

    public Profile build() {
        return new Profile(
                new Sleeper(weight, height, age, sex, pregnancyWeeks, floorIsHard),
                Positions.of(positions),
                new CurrentMattress(firmness, type, mattressAge, sag),
                partner,
                new Preferences(size, budget, hot, avoidLatex),
                new Symptoms(
                        morningPain,
                        sleepQuality,
                        areas,
                        stiffness,
                        eases,
                        weeks,
                        nightPain,
                        daytime,
                        worseWithActivity,
                        exercise,
                        rest,
                        gradual,
                        legPain,
                        signs,
                        stress,
                        afterExertion,
                        signsNo,
                        widespread));
    }
}
