package com.restwise.ui.common;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people type it in the app's language: ISO (2026-11-02) everywhere; in German
 * 2.11.2026, 02.11.26 and 2. Nov. 2026; in English 2 Nov 2026, Nov 2, 2026 and 2/11/2026, where
 * the numeric order follows the computer's region (month first in the United States and a few
 * other countries, day first elsewhere) and {@link #hint()} says which. Two-digit years are this
 * century. A date that does not exist, or lies after today, is named as such instead of being
 * dropped, so the caller can keep the text and say what is wrong.
 */
final class TypedDate {

    /** Either a date or, when the text is not one, what is wrong with it. */
    record Reading(LocalDate date, String problem) {
        boolean ok() {
            return date != null;
        }
    }

    /** Where dates are written month first (11/2/2026): the United States and its neighbours in habit. */
    private static final Set<String> MONTH_FIRST =
            Set.of("US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI");

    private static final Pattern TOKEN = Pattern.compile("\\d+|\\p{L}+");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final I18n i18n;
    private final Locale locale;
    private final boolean monthFirst;
    private final Supplier<LocalDate> today;

    /**
     * @param region the computer's locale: only its country counts, and only for English, to
     *               tell 2/11 (2 November) from 11/2 (November 2)
     */
    TypedDate(I18n i18n, Locale region, Supplier<LocalDate> today) {
        this.i18n = i18n;
        this.today = today;
        boolean german = "de".equals(i18n.lang());
        this.monthFirst = !german && MONTH_FIRST.contains(region.getCountry());
        this.locale = german ? Locale.GERMANY : monthFirst ? Locale.US : Locale.UK;
    }

    /** True when numbers are read month first (11/2/2026 is 2 November). */
    boolean monthFirst() {
        return monthFirst;
    }

    /** How the field shows a date: as the whole app writes it, which this reader reads back. */
    String format(LocalDate date) {
        return i18n.date(date);
    }

    /** The forms accepted, with the numeric order spelled out, for under the field. */
    String hint() {
        LocalDate example = LocalDate.of(today.get().getYear(), 11, 2);
        String numeric = "de".equals(i18n.lang())
                ? "2.11." + example.getYear()
                : monthFirst ? "11/2/" + example.getYear() : "2/11/" + example.getYear();
        String key = monthFirst ? "date.hint.month-first" : "date.hint.day-first";
        return i18n.get(key, numeric, format(example), example.toString());
    }

    Reading read(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return problem(i18n.get("date.missing"));
        }
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return check(
                    Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            tokens.add(m.group());
        }
        // only separators between the parts: spaces, dots, slashes, dashes, commas
        if (tokens.size() != 3 || !t.replaceAll("\\d+|\\p{L}+", "").matches("[\\s./,-]*")) {
            return unreadable();
        }
        int word = -1;
        for (int i = 0; i < 3; i++) {
            if (!tokens.get(i).matches("\\d+")) {
                if (word >= 0) {
                    return unreadable();
                }
                word = i;
            }
        }
        if (word == 2) {
            return unreadable();
        }
        // year first with other separators, as some people write ISO: 2026/11/02, 2026.11.2
        if (word < 0
                && tokens.get(0).length() == 4
                && tokens.get(1).length() <= 2
                && tokens.get(2).length() <= 2) {
            return check(
                    Integer.parseInt(tokens.get(0)), Integer.parseInt(tokens.get(1)), Integer.parseInt(tokens.get(2)));
        }
        String yearText = tokens.get(2);
        if (yearText.length() != 2 && yearText.length() != 4) {
            return unreadable();
        }
        int year = yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
        if (word >= 0) {
            Month month = month(tokens.get(word));
            String dayText = tokens.get(word == 0 ? 1 : 0);
            if (month == null) {
                return problem(i18n.get("date.no-such-month-name", tokens.get(word)));
            }
            if (dayText.length() > 2) {
                return unreadable();
            }
            return check(year, month.getValue(), Integer.parseInt(dayText));
        }
        String first = tokens.get(0);
        String second = tokens.get(1);
        if (first.length() > 2 || second.length() > 2) {
            return unreadable();
        }
        return monthFirst
                ? check(year, Integer.parseInt(first), Integer.parseInt(second))
                : check(year, Integer.parseInt(second), Integer.parseInt(first));
    }

    /** A month by its full name or by at least its first three letters ("Nov", "Sept", "März"). */
    private Month month(String word) {
        String w = word.toLowerCase(locale);
        if (w.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale);
            if (full.startsWith(w)
                    || ("de".equals(i18n.lang()) && full.replace("ä", "a").startsWith(w))) {
                return month;
            }
        }
        return null;
    }

    private Reading check(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return problem(i18n.get("date.no-such-month", month));
        }
        if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return problem(i18n.get("date.no-such-day", spelled(year, Month.of(month), day)));
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (date.isAfter(today.get())) {
            return problem(i18n.get("date.future", format(date)));
        }
        return new Reading(date, null);
    }

    /** A day that may not exist, written out as the language writes dates ("31 February 2026"). */
    private String spelled(int year, Month month, int day) {
        String name = month.getDisplayName(TextStyle.FULL, locale);
        if ("de".equals(i18n.lang())) {
            return day + ". " + name + " " + year;
        }
        return day + " " + name + " " + year;
    }

    private Reading unreadable() {
        return problem(
                i18n.get("date.unreadable", format(today.get()), today.get().toString()));
    }

    private static Reading problem(String text) {
        return new Reading(null, text);
    }
}
