package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Position;
import com.restwise.storage.Settings.HeightUnit;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.wizard.steps.AboutYouModel;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.SleepModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Switching units never changes the quantity that was typed: any sequence of kg / lb (and
 * cm / in) switches, repeated clicks on the selected unit included, keeps the weight within
 * rounding of what was typed. Seeded random sequences (plain JUnit: a fixed seed per case makes
 * a failure reproducible, which is all we need from a property-testing library here).
 */
class UnitSwitchTest {

    private static final WeightUnit[] WEIGHT_UNITS = WeightUnit.values();

    @Test
    void anySequenceOfWeightUnitClicksKeepsTheTypedWeight() {
        Random random = new Random(20261201L);
        for (int trial = 0; trial < 500; trial++) {
            AboutYouModel you = new AboutYouModel(new I18n("en"));
            SleepModel sleep = new SleepModel(new I18n("en"), you.weightUnit());
            sleep.sharesBed().set(true);
            sleep.partners().frequency(Position.SIDE).set(Frequency.MOST);
            WeightUnit typedIn = WEIGHT_UNITS[random.nextInt(WEIGHT_UNITS.length)];
            you.weightUnit().set(typedIn);
            double typed = Math.round(
                            (typedIn == WeightUnit.KG ? 30 + random.nextDouble() * 270 : 67 + random.nextDouble() * 590)
                                    * 10)
                    / 10.0;
            String typedText = typedIn == WeightUnit.KG && random.nextBoolean()
                    ? Double.toString(typed).replace('.', ',')
                    : Double.toString(typed);
            you.weight().text().set(typedText);
            sleep.partnerWeight().text().set(typedText);
            double typedKg = typedIn == WeightUnit.LB ? typed * AboutYouModel.KG_PER_LB : typed;

            int clicks = 1 + random.nextInt(12);
            StringBuilder sequence = new StringBuilder(typedText + " " + typedIn);
            for (int c = 0; c < clicks; c++) {
                WeightUnit clicked = WEIGHT_UNITS[random.nextInt(WEIGHT_UNITS.length)];
                sequence.append(" -> ").append(clicked);
                you.weightUnit().set(clicked);
                String shown = you.weight().text().get().replace(',', '.');
                double shownKg = clicked == WeightUnit.LB
                        ? Double.parseDouble(shown) * AboutYouModel.KG_PER_LB
                        : Double.parseDouble(shown);
                // the text is rounded to 0.1 of the unit shown
                assertEquals(typedKg, shownKg, 0.05 + 1e-9, sequence.toString());
                assertEquals(typedKg, you.weightKg(), 1e-9, sequence.toString());
                assertEquals(
                        you.weight().text().get(), sleep.partnerWeight().text().get(), sequence.toString());
                assertEquals(Math.round(typedKg * 10) / 10.0, sleep.toPartner().weightKg(), 1e-9, sequence.toString());
            }
            you.weightUnit().set(typedIn);
            double back = Double.parseDouble(you.weight().text().get().replace(',', '.'));
            assertEquals(typed, back, 1e-9, "back in the typed unit: " + sequence);
        }
    }

    @Test
    void anySequenceOfHeightUnitClicksKeepsTheTypedHeight() {
        Random random = new Random(7L);
        HeightUnit[] units = HeightUnit.values();
        for (int trial = 0; trial < 300; trial++) {
            AboutYouModel you = new AboutYouModel(new I18n("en"));
            int typedCm = 120 + random.nextInt(100);
            you.height().text().set(Integer.toString(typedCm));
            StringBuilder sequence = new StringBuilder(typedCm + " cm");
            for (int c = 0, n = 1 + random.nextInt(10); c < n; c++) {
                HeightUnit clicked = units[random.nextInt(units.length)];
                sequence.append(" -> ").append(clicked);
                you.heightUnit().set(clicked);
                assertEquals(typedCm, you.heightCm(), 1e-9, sequence.toString());
            }
            you.heightUnit().set(HeightUnit.CM);
            assertEquals(Integer.toString(typedCm), you.height().text().get(), sequence.toString());
        }
    }

    @Test
    void aUnitCannotBeEmptied() {
        AboutYouModel you = new AboutYouModel(new I18n("en"));
        you.weight().text().set("95");
        you.weightUnit().set(WeightUnit.LB);
        you.weightUnit().set(null);
        you.heightUnit().set(null);
        assertEquals(WeightUnit.LB, you.weightUnit().get());
        assertEquals(HeightUnit.CM, you.heightUnit().get());
        assertEquals("209.4", you.weight().text().get());
        assertEquals(95, you.weightKg(), 1e-9);
    }

    @Test
    void aNewlyTypedNumberIsTakenAsTypedInTheShownUnit() {
        AboutYouModel you = new AboutYouModel(new I18n("en"));
        you.weight().text().set("95");
        you.weightUnit().set(WeightUnit.LB);
        you.weight().text().set("180");
        assertEquals(180 * AboutYouModel.KG_PER_LB, you.weightKg(), 1e-9);
        you.weightUnit().set(WeightUnit.KG);
        assertEquals("81.6", you.weight().text().get());
    }

    @Test
    void textThatIsNotANumberIsKeptAcrossSwitches() {
        AboutYouModel you = new AboutYouModel(new I18n("en"));
        you.weight().text().set("9o");
        you.weightUnit().set(WeightUnit.LB);
        you.weightUnit().set(WeightUnit.KG);
        assertEquals("9o", you.weight().text().get());
        assertNull(you.weightKg());
        assertTrue(!you.weight().error().get().isEmpty());
    }
}
