package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Position;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.StepParts;
import com.restwise.ui.wizard.steps.Trauma;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/**
 * The Mornings step's four groups, one after the other within the step: Next walks them and only
 * past the last leaves the step, Back walks them back, and every way into the step opens at the
 * group a person expects. No toolkit: the view only binds to this.
 */
class MorningsPartsTest {

    private final WizardViewModel vm = new WizardViewModel(new I18n("en"), new Advisor());
    private final StepParts parts = vm.parts(Step.MORNINGS);

    private void toMornings() {
        vm.next();
        vm.you().weight().text().set("70");
        vm.next();
        vm.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
        vm.next();
        vm.next();
        assertEquals(Step.MORNINGS, vm.step().get());
    }

    /** Where the wizard is: "MORNINGS waking 1/4", say. */
    private String where() {
        return vm.step().get() == Step.MORNINGS
                ? "MORNINGS " + parts.currentName() + " " + parts.number().get() + "/"
                        + parts.count().get()
                : vm.step().get().name();
    }

    @Test
    void nextWalksTheFourGroupsAndOnlyPastTheLastLeavesTheStep() {
        toMornings();
        assertEquals("MORNINGS waking 1/4", where());
        assertTrue(vm.next());
        assertEquals("MORNINGS where 2/4", where());
        assertTrue(vm.next());
        assertEquals("MORNINGS behaves 3/4", where());
        assertTrue(vm.next());
        assertEquals("MORNINGS began 4/4", where());
        assertTrue(vm.next());
        assertEquals("WARNING_SIGNS", where());
    }

    @Test
    void backWalksTheGroupsBackAndComingBackFromTheNextStepLandsOnTheLastGroup() {
        toMornings();
        vm.next();
        vm.next();
        assertEquals("MORNINGS behaves 3/4", where());
        assertTrue(vm.back());
        assertEquals("MORNINGS where 2/4", where());
        assertTrue(vm.back());
        assertEquals("MORNINGS waking 1/4", where());
        assertTrue(vm.back());
        assertEquals("MATTRESS", where(), "Back on the first group leaves the step");

        assertTrue(vm.next());
        assertEquals("MORNINGS waking 1/4", where(), "Next from the step before opens at the first group");
        while (vm.step().get() == Step.MORNINGS) {
            vm.next();
        }
        assertEquals("WARNING_SIGNS", where());
        assertTrue(vm.back());
        assertEquals("MORNINGS began 4/4", where(), "Back from the next step lands on the last group");
    }

    @Test
    void theStepListAFollowUpAndADraftOpenTheStepAtItsFirstGroup() {
        toMornings();
        vm.next();
        vm.next();
        assertTrue(vm.goTo(Step.MORNINGS), "the step list, on the step shown");
        assertEquals("MORNINGS waking 1/4", where());

        while (vm.step().get() == Step.MORNINGS) {
            vm.next();
        }
        vm.trauma().set(Trauma.NONE);
        vm.signs().noneOfThese(true);
        vm.next();
        assertEquals("PREFERENCES", where());
        assertTrue(vm.goTo(Step.MORNINGS), "the step list, from a later step");
        assertEquals("MORNINGS waking 1/4", where());

        vm.next();
        vm.next();
        vm.next();
        vm.step().set(Step.YOU);
        vm.step().set(Step.MORNINGS); // a draft resumed there, a follow-up opened there
        assertEquals("MORNINGS waking 1/4", where());
    }

    @Test
    void aNumberTypedWrongKeepsNextInItsOwnGroupAndSaysWhy() {
        toMornings();
        vm.mornings().stiffnessMinutes().text().set("abc");
        assertFalse(vm.canGoNext().get());
        assertTrue(
                vm.nextBlockedReason().get().contains("\"abc\""),
                vm.nextBlockedReason().get());
        assertFalse(vm.next());
        assertEquals("MORNINGS waking 1/4", where());
        vm.mornings().stiffnessMinutes().text().set("20");
        assertTrue(vm.next());

        // the duration is asked in the last group: the groups before it go on, and there it is said
        vm.mornings().duration().text().set("-3");
        assertEquals("MORNINGS where 2/4", where());
        assertTrue(vm.canGoNext().get(), "the wrong duration is not on this group");
        assertEquals("", vm.nextBlockedReason().get());
        vm.next();
        vm.next();
        assertEquals("MORNINGS began 4/4", where());
        assertFalse(vm.canGoNext().get());
        assertFalse(vm.nextBlockedReason().get().isEmpty());
        assertFalse(vm.next());
        assertEquals("MORNINGS began 4/4", where());
        assertTrue(vm.back(), "Back is always open");
        assertEquals("MORNINGS behaves 3/4", where());
    }

    @Test
    void aGroupWhoseQuestionsAreNotAskedIsPassedOverNeverShownEmpty() {
        SimpleBooleanProperty asked = new SimpleBooleanProperty(false);
        StepParts three = new StepParts(List.of(
                StepParts.Part.always("a"),
                new StepParts.Part("b", asked, new SimpleBooleanProperty(true), new SimpleStringProperty("")),
                StepParts.Part.always("c")));
        assertEquals(2, three.count().get());
        assertEquals(1, three.number().get());
        assertTrue(three.next());
        assertEquals("c", three.currentName(), "b is not asked: Next passes it");
        assertEquals(2, three.number().get());
        assertTrue(three.onLast().get());
        assertFalse(three.next());
        assertTrue(three.back());
        assertEquals("a", three.currentName());

        asked.set(true);
        assertEquals(3, three.count().get());
        assertTrue(three.next());
        assertEquals("b", three.currentName());
        assertEquals(2, three.number().get());
        asked.set(false);
        assertEquals("c", three.currentName(), "a part that stops being asked while shown gives way to the next");
        three.last();
        assertEquals("c", three.currentName());
        three.first();
        assertEquals("a", three.currentName());
    }
}
