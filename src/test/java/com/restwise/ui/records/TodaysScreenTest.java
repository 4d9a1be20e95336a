package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.AdviceWriter;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import com.restwise.records.ConsultationLine;
import com.restwise.records.RecordsService;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.UiWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported consultation whose stored advice was milder than today's medical screen: the
 * import's summary and the consultation's page say "Today's screen: Urgent", in its colour.
 */
@ExtendWith(JavaFxToolkit.class)
class TodaysScreenTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private final Notice notice = PageRoles.notice();
    private RecordsService records;

    @AfterEach
    void close() {
        if (records != null) {
            records.close();
        }
    }

    private static String visit(Profile p, MedicalLevel claimed) throws Exception {
        JsonObject advice = StrictJson.parse(
                        AdviceWriter.toJson(new Advisor().assess(p, CatalogReader.shipped(), 3, "en"), false))
                .getAsJsonObject();
        advice.addProperty("engineVersion", "1.4.0");
        if (claimed != null) {
            advice.getAsJsonObject("medical").addProperty("level", claimed.name());
            advice.getAsJsonObject("medical").add("flags", new com.google.gson.JsonArray());
        }
        return "{\"date\":\"2026-01-02\",\"profile\":" + ProfileWriter.toJsonTree(p) + ",\"advice\":" + advice
                + ",\"notes\":\"\"}";
    }

    /** Carol: a calm visit, then saddle numbness stored at SOON by an older Restwise. */
    private Path oldExport() throws Exception {
        Profile numb = ProfileBuilder.profile()
                .weight(70)
                .signs(WarningSign.SADDLE_NUMBNESS)
                .build();
        Profile calm = ProfileBuilder.profile().weight(70).build();
        return Files.writeString(
                files.resolve("old.json"),
                "{\"restwiseExport\":1,\"clients\":[{\"name\":\"Carol\"," + "\"consultations\":[" + visit(calm, null)
                        + "," + visit(numb, MedicalLevel.SOON) + "]}]}");
    }

    private RecordsViewModel imported(String lang) throws Exception {
        notice.translate(new I18n(lang));
        records = RecordsService.in(dataDir);
        RecordsViewModel vm = JavaFxToolkit.call(
                () -> new RecordsViewModel(new I18n(lang), records, notice, UiWork.onFx(Runnable::run)));
        Path file = oldExport();
        boolean done = JavaFxToolkit.call(() -> vm.importFile(file, new RecordsViewModel.ImportQuestions() {
                    @Override
                    public Optional<char[]> passphrase(String fileName, boolean wrongBefore) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<com.restwise.records.ClientTransfer.OnConflict> onConflict(
                            java.util.Set<String> names) {
                        return Optional.empty();
                    }
                }))
                .get(60, TimeUnit.SECONDS);
        assertTrue(done, notice.get());
        return vm;
    }

    @Test
    void theImportSaysTodaysScreenIsMorePressingThanTheAdviceItBrought() throws Exception {
        imported("en");
        assertTrue(
                notice.get()
                        .contains(
                                "For one of the imported consultations, today's screen is more pressing than the advice it came with"),
                notice.get());
    }

    @Test
    void theConsultationsPageSaysTodaysScreenInItsLevelsColour() throws Exception {
        RecordsViewModel vm = imported("de");
        RecordsView view = JavaFxToolkit.call(() -> new RecordsView(
                vm,
                PageRoles.navigation(false),
                PageRoles.settings(Settings.defaults(Locale.GERMANY), false),
                PageRoles.consultations(null),
                PageRoles.reports(),
                notice));
        JavaFxToolkit.waitUntil(
                "Carol in the list", () -> vm.settled() && !vm.clients().isEmpty());
        JavaFxToolkit.run(() -> vm.open(vm.clients().get(0)));
        JavaFxToolkit.waitUntil("Carol's page", () -> vm.settled() && vm.page().get() != null);
        List<ConsultationLine> shown = JavaFxToolkit.call(() -> vm.page().get().consultations());
        ConsultationLine calm = shown.get(0);
        ConsultationLine numb = shown.get(1);
        assertEquals(MedicalLevel.URGENT, numb.todaysScreen());
        // skins (the scroll panes' content) are made once the page is in a scene and styled
        JavaFxToolkit.run(() -> {
            new javafx.scene.Scene(view.root(), 900, 700);
            view.root().applyCss();
        });

        assertNull(
                JavaFxToolkit.call(() -> view.root().lookup("#todays-screen-" + calm.id())),
                "the calm visit says nothing");
        JavaFxToolkit.run(() -> ((Button) view.root().lookup("#open-consultation-" + numb.id())).fire());
        // the consultation is read whole when it is opened (the page lists only its line)
        JavaFxToolkit.waitUntil(
                "the consultation's page", () -> vm.settled() && vm.opened().get() != null);
        JavaFxToolkit.run(() -> view.root().applyCss());
        Label said = JavaFxToolkit.call(
                () -> (Label) view.root().lookup("#stored-consultation #todays-screen-" + numb.id()));
        assertNotNull(said, "the consultation's page says it");
        assertTrue(said.getText().startsWith("Heutige Prüfung: Dringend."), said.getText());
        assertTrue(said.getText().contains("„Bald ärztlich abklären lassen“"), said.getText());
        Node panel = said.getParent();
        assertTrue(panel.getStyleClass().contains("medical-urgent"), "in the urgent colour: " + panel.getStyleClass());
    }
}
