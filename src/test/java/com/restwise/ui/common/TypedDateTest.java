package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way of typing a date that the app accepts, and what it says about each one it does not. */
class TypedDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static TypedDate reader(String lang, Locale region) {
        return new TypedDate(new I18n(lang), region, () -> TODAY);
    }

    private static LocalDate date(String lang, Locale region, String text) {
        TypedDate.Reading r = reader(lang, region).read(text);
        assertTrue(r.ok(), () -> "'" + text + "' in " + lang + "/" + region + ": " + r.problem());
        assertNull(r.problem());
        return r.date();
    }

    @ParameterizedTest(name = "de: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-02|2026-11-02",
                "02.11.2026|2026-11-02",
                "2.11.2026|2026-11-02",
                "2.11.26|2026-11-02",
                "02.11.26|2026-11-02",
                "2. Nov. 2026|2026-11-02",
                "2. November 2026|2026-11-02",
                "2 nov 26|2026-11-02",
                "29.02.2024|2024-02-29",
                "1. März 2026|2026-03-01",
                "2026.11.02|2026-11-02",
                "1. Marz 2026|2026-03-01",
                "  3.4.2026 |2026-04-03"
            })
    void germanForms(String typed, LocalDate expected) {
        assertEquals(expected, date("de", Locale.GERMANY, typed));
        // the computer's region does not change how German is read
        assertEquals(expected, date("de", Locale.US, typed));
    }

    @ParameterizedTest(name = "en-GB: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-02|2026-11-02", "2/11/2026|2026-11-02", "02/11/26|2026-11-02", "2 Nov 2026|2026-11-02",
                "2 November 2026|2026-11-02", "Nov 2, 2026|2026-11-02", "2-11-2026|2026-11-02", "2.11.2026|2026-11-02",
                "13/1/2026|2026-01-13", "2 sept 2026|2026-09-02", "2026/11/2|2026-11-02"
            })
    void dayFirstEnglish(String typed, LocalDate expected) {
        assertEquals(expected, date("en", Locale.UK, typed));
        assertEquals(expected, date("en", Locale.GERMANY, typed));
    }

    @ParameterizedTest(name = "en-US: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-02|2026-11-02",
                "11/2/2026|2026-11-02",
                "11/02/26|2026-11-02",
                "Nov 2, 2026|2026-11-02",
                "November 2 2026|2026-11-02",
                "2 Nov 2026|2026-11-02",
                "1/13/2026|2026-01-13"
            })
    void monthFirstEnglish(String typed, LocalDate expected) {
        assertEquals(expected, date("en", Locale.US, typed));
    }

    @Test
    void theFieldShowsTheMonthByNameInEnglishAndNumbersInGerman() {
        LocalDate d = LocalDate.of(2026, 11, 2);
        assertEquals("2 Nov 2026", reader("en", Locale.UK).format(d));
        assertEquals("2 Nov 2026", reader("en", Locale.US).format(d));
        assertEquals("02.11.2026", reader("de", Locale.GERMANY).format(d));
        // and what it shows, it reads back
        for (TypedDate r :
                new TypedDate[] {reader("en", Locale.UK), reader("en", Locale.US), reader("de", Locale.GERMANY)}) {
            assertEquals(d, r.read(r.format(d)).date());
        }
    }

    @Test
    void theHintSaysWhichComesFirst() {
        assertEquals(
                "Day first, for example 2/11/2026, 2 Nov 2026 or 2026-11-02.",
                reader("en", Locale.UK).hint());
        assertEquals(
                "Month first, as in the US, for example 11/2/2026, 2 Nov 2026 or 2026-11-02.",
                reader("en", Locale.US).hint());
        assertEquals(
                "Zum Beispiel 2.11.2026, 02.11.2026 oder 2026-11-02.",
                reader("de", Locale.GERMANY).hint());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|UK|31/02/2026|There is no 31 February 2026.",
                "en|US|2/31/2026|There is no 31 February 2026.",
                "en|UK|29 Feb 2027|There is no 29 February 2027.",
                "en|UK|2026-04-31|There is no 31 April 2026.",
                "en|UK|1/13/2026|There is no month 13: months run from 1 to 12.",
                "en|UK|2 Novembre 2026|\"Novembre\" is not a month.",
                "en|UK|3/1/2027|3 Jan 2027 is in the future: the consultation date cannot be later than today.",
                "en|US|1/3/2027|3 Jan 2027 is in the future: the consultation date cannot be later than today.",
                "en|UK|yesterday|This is not a date Restwise can read. Type it like 1 Dec 2026 or 2026-12-01.",
                "en|UK|2/11|This is not a date Restwise can read. Type it like 1 Dec 2026 or 2026-12-01.",
                "en|UK|2/11/202|This is not a date Restwise can read. Type it like 1 Dec 2026 or 2026-12-01.",
                "en|UK|' '|Enter the date of the consultation.",
                "de|DE|31.02.2026|Einen 31. Februar 2026 gibt es nicht.",
                "de|DE|29.02.27|Einen 29. Februar 2027 gibt es nicht.",
                "de|DE|1.13.2026|Einen Monat 13 gibt es nicht: Die Monate gehen von 1 bis 12.",
                "de|DE|2. Movember 2026|„Movember“ ist kein Monat.",
                "de|DE|3.1.2027|Der 03.01.2027 liegt in der Zukunft – die Beratung kann nicht nach heute stattgefunden haben.",
                "de|DE|gestern|Dieses Datum kann Restwise nicht lesen. Schreiben Sie es etwa als 01.12.2026 oder 2026-12-01.",
                "de|DE|''|Bitte geben Sie das Datum der Beratung ein."
            })
    void eachProblemIsNamed(String lang, String country, String typed, String message) {
        TypedDate.Reading r = reader(lang, new Locale(lang, country)).read(typed);
        assertNull(r.date());
        assertEquals(message, r.problem());
    }
}
