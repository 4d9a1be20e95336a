package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFileNameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void theClientsNameAndTheDay() {
        assertEquals("Restwise - Anna Berg - 2026-12-01.pdf", ReportFileName.of("Anna Berg", DAY));
        assertEquals(
                "Restwise - Σοφία Петрова-Müller - 2026-12-01.pdf",
                ReportFileName.of("Σοφία Петрова-Müller", DAY),
                "letters of any script stay");
    }

    @Test
    void aShopperOrANameWithNothingLeftGetsTheDayAlone() {
        assertEquals("Restwise - 2026-12-01.pdf", ReportFileName.of(null, DAY));
        assertEquals("Restwise - 2026-12-01.pdf", ReportFileName.of("  ", DAY));
        assertEquals("Restwise - 2026-12-01.pdf", ReportFileName.of("../..", DAY), "no way out of the folder");
    }

    @Test
    void charactersNoFileSystemTakesAreLeftOut() {
        assertEquals("Restwise - A B C D E F G H I - 2026-12-01.pdf", ReportFileName.of("A/B\\C:D*E?F\"G<H>I|", DAY));
        assertEquals(
                "Restwise - Anna Berg - 2026-12-01.pdf",
                ReportFileName.of(" Anna\tBerg\n\u0000\u202e. ", DAY),
                "control characters, text-direction marks and a trailing dot");
    }

    @Test
    void aLongNameIsCutSoTheFileNameFitsEveryFileSystem() {
        String name = ReportFileName.of("日本語".repeat(40), DAY);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        assertTrue(name.startsWith("Restwise - 日本語") && name.endsWith(" - 2026-12-01.pdf"), name);
    }

    @Test
    void anExportIsNamedForItsClientOrForAllOfThemAndForHowItIsSealed() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals("restwise-clients-2026-12-01.json", ReportFileName.export(null, day, false));
        assertEquals("restwise-Anna-Berg-2026-12-01.restwise", ReportFileName.export("Anna Berg", day, true));
        assertEquals("restwise-Jos-Müller-2-2026-12-01.json", ReportFileName.export("Jos/ Müller (2)", day, false));
        assertEquals("restwise-client-2026-12-01.json", ReportFileName.export("???", day, false));
        String longName = ReportFileName.export("A".repeat(300), day, false);
        assertEquals("restwise-" + "A".repeat(ReportFileName.MAX_NAME) + "-2026-12-01.json", longName);
    }
}
