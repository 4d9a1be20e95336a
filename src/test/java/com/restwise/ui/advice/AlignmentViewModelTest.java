package com.restwise.ui.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.alignment.Zone;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import org.junit.jupiter.api.Test;

class AlignmentViewModelTest {

    private static AlignmentViewModel of(Profile p, String lang) {
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 1, lang);
        return new AlignmentViewModel(p, a.firmness(), a.alignment(), lang);
    }

    @Test
    void itStartsAtTheTargetWithTheAdvicesNumbers() {
        Profile p = ProfileBuilder.profile()
                .weight(95)
                .only(Position.BACK)
                .mattress(3.0, null, null)
                .build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 1, "en");
        AlignmentViewModel vm = of(p, "en");
        assertEquals(a.firmness().target(), vm.firmnessProperty().get());
        assertEquals(
                a.alignment().atTarget().verdict(), vm.stateProperty().get().verdict());
        assertEquals(
                a.alignment().atTarget().hipSinkMm(),
                Math.round(vm.stateProperty().get().sink(Zone.HIPS)));
        vm.tryCurrent();
        assertEquals(3.0, vm.firmnessProperty().get());
        assertEquals(
                a.alignment().atCurrent().verdict(), vm.stateProperty().get().verdict());
        assertEquals(AlignmentVerdict.TOO_SOFT, vm.stateProperty().get().verdict());
    }

    @Test
    void aFirmnessOutsideOneToTenIsHeldAtTheEnd() {
        AlignmentViewModel vm =
                of(ProfileBuilder.profile().weight(70).only(Position.SIDE).build(), "en");
        vm.firmnessProperty().set(14);
        assertEquals(10, vm.firmnessProperty().get());
        vm.firmnessProperty().set(-3);
        assertEquals(1, vm.firmnessProperty().get());
        assertEquals(1, vm.stateProperty().get().firmness());
    }

    @Test
    void zoningAndFirmnessRecomputeTheStateAndTheSentenceInTheLanguage() {
        AlignmentViewModel vm =
                of(ProfileBuilder.profile().weight(70).only(Position.SIDE).build(), "de");
        String before = vm.sentenceProperty().get();
        assertTrue(before.startsWith("Bei "), before);
        vm.zonedProperty().set(true);
        assertTrue(vm.stateProperty().get().zoned());
        vm.firmnessProperty().set(10);
        assertNotEquals(before, vm.sentenceProperty().get());
        assertTrue(
                vm.sentenceProperty().get().contains("fehlt Ihrer Taille der Halt"),
                vm.sentenceProperty().get());
    }

    @Test
    void withoutACurrentFirmnessTheCurrentButtonHasNothingToShow() {
        AlignmentViewModel vm =
                of(ProfileBuilder.profile().weight(70).only(Position.SIDE).build(), "en");
        assertNull(vm.currentFirmness());
        double before = vm.firmnessProperty().get();
        vm.tryCurrent();
        assertEquals(before, vm.firmnessProperty().get());
    }

    @Test
    void atTheCurrentFirmnessTheSliderShowsTheCurrentMattressWithItsDip() {
        Profile p = ProfileBuilder.profile()
                .weight(84)
                .height(181)
                .only(Position.SIDE)
                .mattress(5.0, 11.0, 4.0)
                .build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 1, "en");
        AlignmentViewModel vm = of(p, "en");
        vm.tryCurrent();
        assertEquals(AlignmentVerdict.TOO_SOFT, a.alignment().atCurrent().verdict());
        assertEquals(
                a.alignment().atCurrent().verdict(), vm.stateProperty().get().verdict());
        assertTrue(
                vm.sentenceProperty().get().contains("hammock"),
                vm.sentenceProperty().get());
        vm.firmnessProperty().set(5.5);
        assertEquals(AlignmentVerdict.NEUTRAL, vm.stateProperty().get().verdict(), "a new, level mattress");
    }
}
