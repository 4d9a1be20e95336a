package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A number the app puts into a field (a unit switched, a draft resumed) is written as the person would type it. */
class NumberAnswerTest {

    @Test
    void aNumberPutBackIsInThePagesLanguage() {
        NumberAnswer de = new NumberAnswer(new I18n("de"), "field.weight", 20, 300, false, true);
        de.set(72.5);
        assertEquals("72,5", de.text().get(), "not 72.5, which a German reader takes for 725");
        assertEquals(72.5, de.value(), 1e-9, "and it reads back as typed");
        NumberAnswer en = new NumberAnswer(new I18n("en"), "field.weight", 20, 300, false, true);
        en.set(72.0);
        assertEquals("72", en.text().get());
        en.set(209.44);
        assertEquals("209.4", en.text().get());
    }
}
