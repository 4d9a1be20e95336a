package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.storage.Settings;
import com.restwise.ui.advice.MedicalPanel;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.wizard.ProfileAnswers;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardView;
import com.restwise.ui.wizard.WizardViewModel;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An urgent result names the number to call with its country, as the setting offers it ("United
 * Kingdom: 999"): in the medical panel and in the red banner above the wizard's steps, in both
 * languages. A bare "112" does not say whose number it is to a reader abroad.
 */
@ExtendWith(JavaFxToolkit.class)
class EmergencyNumberShownTest {

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
        "en, GB, Emergency number \u2013 United Kingdom: 999",
        "de, GB, Notrufnummer \u2013 Vereinigtes K\u00f6nigreich: 999",
        "de, AT, Notrufnummer \u2013 \u00d6sterreich: 112",
        "en, ZZ, Emergency number \u2013 Another country: 112"
    })
    void theMedicalPanelAndTheBannerNameTheCountryWithTheNumber(String lang, String country, String expected)
            throws Exception {
        I18n i18n = new I18n(lang);
        Profile urgent = new ProfileReader().parse(Files.readString(ContractExamples.profile("saddle-numbness")));
        Advice advice = new Advisor().assess(urgent, CatalogReader.shipped(), 3, lang);
        assertEquals(MedicalLevel.URGENT, advice.medical().level());

        String panel = JavaFxToolkit.call(() -> {
            VBox box = MedicalPanel.build(i18n, advice.medical(), country);
            return ((Label) box.lookup("#emergency-number")).getText();
        });
        assertEquals(expected, panel, "the medical panel");

        String banner = JavaFxToolkit.call(() -> {
            WizardViewModel vm = new WizardViewModel(i18n, new Advisor());
            vm.catalog().set(CatalogReader.shipped());
            ProfileAnswers.fill(vm, urgent);
            Settings settings = new Settings(
                    lang,
                    Settings.WeightUnit.KG,
                    Settings.HeightUnit.CM,
                    Settings.Theme.LIGHT,
                    Settings.TextSize.NORMAL,
                    country,
                    true);
            WizardView view = new WizardView(
                    vm,
                    PageRoles.navigation(false),
                    PageRoles.settings(settings, false),
                    PageRoles.consultations(null),
                    PageRoles.reports(),
                    PageRoles.notice());
            vm.step().set(Step.WARNING_SIGNS);
            new Scene(view.root(), 1000, 700);
            view.root().applyCss();
            Label number = (Label) view.root().lookup("#urgent-number");
            return number.getParent().isVisible() ? number.getText() : "(the banner is hidden)";
        });
        assertEquals(expected, banner, "the urgent banner");
    }
}
