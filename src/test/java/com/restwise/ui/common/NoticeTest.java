package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

/** The notice line: closed, gone with its page or after reading time, and said in the language chosen. */
class NoticeTest {

    private final ManualDelay clock = new ManualDelay();
    private final Notice notice = new Notice(clock);

    {
        notice.translate(new I18n("en"));
    }

    @Test
    void aSwitchOfLanguageSaysTheNoticeAgainInTheNewLanguage() {
        notice.show("notice.saved", "My results");
        assertEquals("Saved to My results.", notice.get());
        notice.translate(new I18n("de"));
        assertEquals("Gespeichert bei My results.", notice.get());
        notice.show(language ->
                language.get("records.import-cancelled", "anna.restwise") + " " + language.get("notice.saved", "Anna"));
        notice.translate(new I18n("en"));
        assertEquals(
                "Nothing was imported from anna.restwise. Saved to Anna.",
                notice.get(),
                "words put together from several texts follow too");
    }

    @Test
    void finishedWordsThatCannotBeTranslatedLeaveWhenTheLanguageChanges() {
        notice.set("A file is in the way of the folder /tmp/x.");
        notice.translate(new I18n("en"));
        assertEquals("A file is in the way of the folder /tmp/x.", notice.get(), "the same language keeps them");
        notice.translate(new I18n("de"));
        assertEquals("", notice.get(), "never English words in a German window");
    }

    @Test
    void aNoticeSaidBeforeTheFirstPageWaitsForTheLanguageAndBelongsToThatPage() {
        Notice early = new Notice(clock);
        early.warn("notice.settings-damaged");
        assertEquals("", early.get(), "no language yet");
        early.translate(new I18n("de"));
        early.pageShown("welcome");
        assertTrue(early.get().startsWith("Ihre Einstellungsdatei war nicht lesbar"), early.get());
        early.pageShown("welcome");
        assertTrue(early.showing(), "the same page again keeps it");
        early.pageShown("you");
        assertEquals("", early.get(), "gone once the person moves on");
    }

    @Test
    void aNoticeLeavesWithThePageItWasSaidOn() {
        notice.pageShown("results");
        notice.warn("notice.draft-unsaved", new DiskFailure("disk.full", "/x/restwise/draft.json", ""));
        notice.pageShown("results");
        assertTrue(notice.showing());
        notice.pageShown("records");
        assertEquals("", notice.get());
        notice.show("records.import-cancelled", "anna.restwise");
        assertEquals("Nothing was imported from anna.restwise.", notice.get(), "said on the records, shown there");
    }

    @Test
    void theCloseButtonsDismissClearsItAndAKeyedDismissOnlyItsOwn() {
        notice.warn("notice.draft-unsaved", new DiskFailure("disk.full", "/data/draft.json", ""));
        notice.dismiss("notice.saved");
        assertTrue(notice.showing(), "another message is not touched");
        notice.dismiss("notice.draft-unsaved");
        assertEquals("", notice.get());
        notice.show("notice.saved", "Anna");
        notice.dismiss();
        assertEquals("", notice.get());
        clock.elapse();
        assertEquals("", notice.get(), "a closed notice's timeout changes nothing");
    }

    @Test
    void newsLeavesAfterItsReadingTimeAndProblemsStay() {
        notice.show("notice.saved", "My results");
        Duration waited = clock.elapse();
        assertEquals("", notice.get());
        assertEquals(Notice.readingTime("Saved to My results.".length()), waited);
        notice.warn("notice.draft-unsaved", new DiskFailure("disk.full", "/data/draft.json", ""));
        clock.elapse();
        assertTrue(
                notice.get().startsWith("Your answers could not be saved. The disk is full: /data/draft.json"),
                "a problem waits to be read: " + notice.get());
    }

    @Test
    void whyAFileCouldNotBeWrittenIsSaidInTheLanguageShown() {
        notice.warn("notice.settings-unsaved", new DiskFailure("disk.full", "/data/settings.json", ""));
        assertTrue(notice.get().contains("The disk is full: /data/settings.json could not be written."), notice.get());
        notice.translate(new I18n("de"));
        assertTrue(
                notice.get()
                        .startsWith("Ihre Einstellungen konnten nicht gespeichert werden. Der Datenträger ist "
                                + "voll: /data/settings.json"),
                notice.get());
    }

    @Test
    void newNewsIsNotCutShortByTheTimeoutOfTheOldOne() {
        notice.show("notice.saved", "Anna");
        ManualDelay.Wait first = clock.waits().get(0);
        notice.show("notice.saved", "Ben");
        first.action().run(); // even if the old timer were not cancelled in time
        assertEquals("Saved to Ben.", notice.get());
    }

    @Test
    void longerNewsStaysLongerWithinBounds() {
        assertEquals(Notice.LEAST, Notice.readingTime(0));
        assertTrue(Notice.readingTime(170).greaterThan(Notice.readingTime(20)));
        assertEquals(Notice.MOST, Notice.readingTime(5000));
    }
}
