package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import com.restwise.records.Client;
import com.restwise.records.ConsultationStore;
import com.restwise.ui.records.RecordsView;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** A client seen for years: the newest consultations at once, the rest when asked for. */
class ManyConsultationsTest extends AppWindowTest {

    @Test
    void theNewestCardsComeFirstAndTheRestOnRequest() throws Exception {
        Profile profile = new ProfileReader()
                .read(StrictJson.parse("{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1},"
                        + "\"symptoms\":{\"morningPain\":5}}"));
        Advice advice = new Advisor().assess(profile, CatalogReader.shipped(), 5, "en");
        int total = RecordsView.CARDS_AT_FIRST + 15;
        try (ConsultationStore store = ConsultationStore.open(dataDir)) {
            Client anna = store.createClient("Anna Berger", "");
            for (int i = 0; i < total; i++) {
                store.saveConsultation(anna.id(), LocalDate.of(2024, 1, 1).plusWeeks(i), profile, advice, "week " + i);
            }
        }
        d = WizardDriver.start(dataDir);
        d.click("#records");
        d.type("#client-search", "Anna");
        d.robot.interact(
                () -> d.find("#client-list", ListView.class).getSelectionModel().select(0));
        d.settle();
        VBox list = d.find("#consultations", VBox.class);
        assertEquals(RecordsView.CARDS_AT_FIRST, cards(list));
        assertEquals("week " + (total - 1), firstNotes(list), "the newest first");
        assertEquals("Show all " + total + " consultations", d.text("#show-all-consultations"));
        Button more = d.find("#show-all-consultations", Button.class);
        d.robot.interact(more::fire); // below the fold; scrolling is not what is tested here
        d.settle();
        assertEquals(total, cards(list));
        assertEquals("week " + (total - 1), firstNotes(list));
        assertEquals(false, d.exists("#show-all-consultations"));
    }

    private static long cards(VBox list) {
        return list.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("option-card"))
                .count();
    }

    private static String firstNotes(VBox list) {
        VBox card = (VBox) list.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("option-card"))
                .findFirst()
                .orElseThrow();
        return ((Label) card.getChildren().get(2)).getText();
    }
}
