package com.restwise.ui.advice;

import com.restwise.engine.AlignmentSentence;
import com.restwise.engine.EngineTexts;
import com.restwise.engine.advice.Alignment;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.alignment.AlignmentAdvisor;
import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.alignment.SpineState;
import com.restwise.engine.profile.Profile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The what-if slider behind the spine picture: a firmness and zoning to try, and how the body
 * in its main position lies on that mattress, recomputed by the spine model on every change.
 * It starts at the advice's target.
 */
final class AlignmentViewModel {

    private final SpineModel model = new SpineModel();
    private final Profile profile;
    private final LyingBody body;
    private final FirmnessRange range;
    private final Double currentFirmness;
    private final double currentSagMm;
    private final EngineTexts texts;
    private final DoubleProperty firmness = new SimpleDoubleProperty();
    private final BooleanProperty zoned = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<SpineState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper();

    /**
     * @param alignment the advice's alignment, which names the main position and the current firmness
     */
    AlignmentViewModel(Profile profile, FirmnessRange range, Alignment alignment, String lang) {
        this.profile = profile;
        this.body = AlignmentAdvisor.body(profile.sleeper(), alignment.position());
        this.range = range;
        this.currentFirmness =
                alignment.atCurrent() == null ? null : alignment.atCurrent().firmness();
        Double sagCm = profile.currentMattress().sagCm();
        this.currentSagMm = sagCm == null ? 0 : sagCm * 10;
        this.texts = EngineTexts.of(lang);
        firmness.set(range.target());
        firmness.addListener((obs, was, now) -> {
            double clamped =
                    Math.max(MattressSurface.MIN_FIRMNESS, Math.min(MattressSurface.MAX_FIRMNESS, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                firmness.set(clamped);
            } else {
                recompute();
            }
        });
        zoned.addListener((obs, was, now) -> recompute());
        recompute();
    }

    private void recompute() {
        // At the current mattress's firmness the slider shows that mattress, dip and all, as the
        // advice's atCurrent does; anywhere else it shows a new, level mattress.
        boolean atCurrent = currentFirmness != null && firmness.get() == currentFirmness;
        SpineState s =
                model.evaluate(body, new MattressSurface(firmness.get(), zoned.get(), atCurrent ? currentSagMm : 0));
        state.set(s);
        sentence.set(AlignmentSentence.describe(AlignmentAdvisor.point(s), range, profile, texts));
    }

    /** The firmness to try, 1 to 10. */
    DoubleProperty firmnessProperty() {
        return firmness;
    }

    BooleanProperty zonedProperty() {
        return zoned;
    }

    ReadOnlyObjectProperty<SpineState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What happens at the tried firmness, in one sentence. */
    ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    String illustrationNote() {
        return AlignmentSentence.illustration(texts);
    }

    LyingBody body() {
        return body;
    }

    FirmnessRange range() {
        return range;
    }

    /** The current mattress's firmness, or null when the sleeper did not say. */
    Double currentFirmness() {
        return currentFirmness;
    }

    void tryTarget() {
        firmness.set(range.target());
    }

    void tryCurrent() {
        if (currentFirmness != null) {
            firmness.set(currentFirmness);
        }
    }
}
