package com.restwise.ui.wizard.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.PageRoles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Saving the results, without a window: what is saved, and what the page offers after. */
class SaveResultModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final Client anna = new Client(3, "Anna Berg", "");

    /** The app's side: records each save asked for and lets the test say how it went. */
    private final class Saves implements Consultations {
        final ClientVisit visit;
        final List<String> asked = new ArrayList<>();
        final List<Client> shown = new ArrayList<>();
        CompletableFuture<Boolean> result = new CompletableFuture<>();

        Saves(ClientVisit visit) {
            this.visit = visit;
        }

        @Override
        public void startConsultation(Client client) {}

        @Override
        public Client consultationClient() {
            return visit == null ? null : visit.client();
        }

        @Override
        public ClientVisit clientVisit() {
            return visit;
        }

        @Override
        public CompletableFuture<Boolean> saveResult(String notes, LocalDate date) {
            asked.add(notes + " @ " + date);
            return result;
        }

        @Override
        public void showClient(Client client) {
            shown.add(client);
        }

        @Override
        public void correctAnswers(Client client, Consultation saved) {}
    }

    @Test
    void aClientsConsultationIsSavedWithTheNotesAndDayThenLeadsBackToTheClient() {
        Saves app = new Saves(ClientVisit.newConsultation(anna));
        SaveResultModel model = new SaveResultModel(app, PageRoles.reports(), () -> TODAY);
        assertTrue(model.forClient());
        model.notes().set("Pillow between the knees.");
        model.save(LocalDate.of(2026, 12, 1));
        assertEquals(List.of("Pillow between the knees. @ 2026-12-01"), app.asked);
        assertTrue(model.saving().get(), "the notes are kept as they are while it saves");
        assertFalse(model.savedToClient().get());

        app.result.complete(true);
        assertTrue(model.savedToClient().get(), "the way back to the client is offered");
        model.backToClient();
        assertEquals(List.of(anna), app.shown);
    }

    @Test
    void aFailedSaveLeavesEverythingAsTypedToTryAgain() {
        Saves app = new Saves(ClientVisit.newConsultation(anna));
        SaveResultModel model = new SaveResultModel(app, PageRoles.reports(), () -> TODAY);
        model.notes().set("typed");
        model.save(TODAY);
        app.result.complete(false);
        assertFalse(model.saving().get(), "the notes can be changed and the save tried again");
        assertFalse(model.savedToClient().get());
        assertEquals("typed", model.notes().get());
    }

    @Test
    void aShoppersResultsAreSavedOnTodayWithoutNotes() {
        Saves app = new Saves(null);
        SaveResultModel model = new SaveResultModel(app, PageRoles.reports(), () -> TODAY);
        assertFalse(model.forClient());
        model.save(null);
        app.result.complete(true);
        assertEquals(List.of(" @ 2026-12-07"), app.asked);
        assertFalse(model.savedToClient().get(), "a shopper has no client to go back to");
        assertTrue(model.saving().get(), "saved once");
    }

    @Test
    void aCorrectionStartsFromTheNotesSavedWithIt() {
        Consultation saved =
                new Consultation(9, anna.id(), LocalDate.of(2026, 11, 2), null, null, "2.0", "first notes", null);
        SaveResultModel model =
                new SaveResultModel(new Saves(ClientVisit.correcting(anna, saved)), PageRoles.reports(), () -> TODAY);
        assertEquals("first notes", model.notes().get());
    }
}
