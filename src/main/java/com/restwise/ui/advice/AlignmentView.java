package com.restwise.ui.advice;

import com.restwise.engine.alignment.SpineState;
import com.restwise.picture.SpinePicture;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * The spine picture with its what-if slider: the body in its main position on a cut-through
 * mattress, redrawn as the firmness moves, with the recommended range and the current mattress
 * marked on the slider and a sentence saying what happens at the chosen firmness.
 */
final class AlignmentView {

    static final double PICTURE_WIDTH = 600;
    /** The slider moves half a step per arrow key: fine enough to watch the spine change. */
    static final double KEY_STEP = 0.5;

    private static final double MARKS_HEIGHT = 44;
    private static final Color CURRENT_COLOUR = Color.web("#c0392b");

    private final AlignmentViewModel vm;
    private final I18n i18n;
    private final Canvas canvas;
    private final Slider slider = new Slider(1, 10, 1);
    private final Pane marks = new Pane();
    private final Region theme;

    AlignmentView(AlignmentViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.canvas = new Canvas(PICTURE_WIDTH, Math.round(PICTURE_WIDTH / SpinePicture.aspect(vm.body())));
        this.theme = FxSketch.themeProbe(() -> redraw(vm.stateProperty().get()));
    }

    Node node() {
        Label heading = new Label(i18n.get("results.alignment.title"));
        heading.getStyleClass().add("title-3");
        Label intro = new Label(i18n.get(
                "results.alignment.intro",
                i18n.get("results.alignment.position." + vm.body().position().name())));
        intro.setWrapText(true);

        canvas.setId("alignment-picture");
        canvas.setAccessibleText(i18n.get("results.alignment.title"));

        slider.setId("alignment-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(1);
        slider.setBlockIncrement(KEY_STEP);
        slider.setAccessibleText(i18n.get("results.alignment.slider"));
        slider.valueProperty().bindBidirectional(vm.firmnessProperty());
        // Home and End set the slider and stop there: left to bubble, they also scrolled the page
        // to its top or bottom, away from the picture.
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case HOME -> slider.setValue(slider.getMin());
                case END -> slider.setValue(slider.getMax());
                default -> {
                    return;
                }
            }
            e.consume();
        });
        slider.setMaxWidth(PICTURE_WIDTH);
        marks.setMouseTransparent(true);
        marks.setMinHeight(MARKS_HEIGHT);
        marks.setMaxWidth(PICTURE_WIDTH);
        StackPane sliderBox = new StackPane(marks, slider);
        sliderBox.setAlignment(Pos.TOP_LEFT);
        sliderBox.setMaxWidth(PICTURE_WIDTH);
        slider.widthProperty().addListener((obs, was, now) -> placeMarks());
        slider.skinProperty().addListener((obs, was, now) -> Platform.runLater(this::placeMarks));
        Label sliderLabel = new Label(i18n.get("results.alignment.slider"));
        sliderLabel.setLabelFor(slider);
        sliderLabel.setWrapText(true);

        Button toTarget = new Button(
                i18n.get("results.alignment.to-target", i18n.number(vm.range().target())));
        toTarget.setId("alignment-to-target");
        toTarget.setOnAction(e -> vm.tryTarget());
        // a flow, so the buttons and the switch take a second line rather than cut their words
        FlowPane buttons = new FlowPane(10, 8, toTarget);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (vm.currentFirmness() != null) {
            Button toCurrent = new Button(i18n.get("results.alignment.to-current", i18n.number(vm.currentFirmness())));
            toCurrent.setId("alignment-to-current");
            toCurrent.setOnAction(e -> vm.tryCurrent());
            buttons.getChildren().add(toCurrent);
        }
        CheckBox zoned = new CheckBox(i18n.get("results.alignment.zoned"));
        zoned.setId("alignment-zoned");
        wrapWithinPicture(zoned);
        zoned.selectedProperty().bindBidirectional(vm.zonedProperty());
        buttons.getChildren().add(zoned);
        com.restwise.ui.common.Flows.withinWidth(buttons, PICTURE_WIDTH);

        Label sentence = new Label();
        sentence.setId("alignment-sentence");
        sentence.getStyleClass().add("alignment-sentence");
        sentence.setWrapText(true);
        sentence.textProperty().bind(vm.sentenceProperty());
        Label note = QuestionControls.hint(vm.illustrationNote());
        note.setId("alignment-note");

        vm.stateProperty().addListener((obs, was, now) -> redraw(now));
        redraw(vm.stateProperty().get());

        VBox card =
                new VBox(10, heading, intro, narrowing(), legend(), sliderLabel, sliderBox, buttons, sentence, note);
        card.getChildren().add(theme);
        card.getStyleClass().add("result-card");
        card.setId("alignment");
        // Tabbing onto the slider scrolls just far enough to show the slider, hiding the picture
        // it moves; show the whole card instead.
        slider.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> revealWhole(card));
            }
        });
        return card;
    }

    /**
     * The picture at its full width where there is room, narrower (redrawn, not squeezed) where
     * there is not: the records' consultation view at 150 % leaves less than its width.
     */
    private Node narrowing() {
        Pane holder = new Pane(canvas);
        holder.setMinWidth(0);
        holder.setPrefWidth(PICTURE_WIDTH);
        holder.setMaxWidth(PICTURE_WIDTH);
        holder.setPrefHeight(canvas.getHeight());
        holder.setMinHeight(Pane.USE_PREF_SIZE);
        double aspect = canvas.getWidth() / canvas.getHeight();
        holder.widthProperty().addListener((obs, was, now) -> {
            double width = Math.min(PICTURE_WIDTH, Math.floor(now.doubleValue()));
            if (width > 0 && width != canvas.getWidth()) {
                canvas.setWidth(width);
                canvas.setHeight(Math.round(width / aspect));
                holder.setPrefHeight(canvas.getHeight());
                redraw(vm.stateProperty().get());
            }
        });
        return holder;
    }

    /** Scrolls the enclosing scroll pane so the card's top is in view, if the card is not wholly in view. */
    private static void revealWhole(Node card) {
        Parent p = card.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        if (!(p instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds box = content.sceneToLocal(card.localToScene(card.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        double top = scroll.getVvalue() * extra;
        if (extra <= 0 || (box.getMinY() >= top && box.getMaxY() <= top + viewport)) {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, (box.getMinY() - 8) / extra)));
    }

    private void redraw(SpineState state) {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        SpinePicture.draw(
                new FxSketch(canvas.getGraphicsContext2D()),
                canvas.getWidth(),
                canvas.getHeight(),
                vm.body(),
                state,
                FxSketch.palette(theme));
    }

    private Node legend() {
        // an entry no wider than the picture, nor than the flow where that is narrower (the records at 150 %)
        FlowPane legend = new FlowPane(14, 6);
        legend.getChildren()
                .addAll(
                        swatch(SpinePicture.PRESSURE_LOW, i18n.get("results.alignment.legend.pressure-low")),
                        swatch(SpinePicture.PRESSURE_MID, i18n.get("results.alignment.legend.pressure-mid")),
                        swatch(SpinePicture.PRESSURE_HIGH, i18n.get("results.alignment.legend.pressure-high")),
                        swatch(SpinePicture.SPINE_NEUTRAL, i18n.get("results.alignment.legend.spine")),
                        swatch(FirmnessGauge.RANGE_COLOUR, i18n.get("results.alignment.legend.range")));
        if (vm.currentFirmness() != null) {
            legend.getChildren().add(swatch(CURRENT_COLOUR, i18n.get("results.alignment.legend.current")));
        }
        return com.restwise.ui.common.Flows.withinWidth(legend, PICTURE_WIDTH);
    }

    private static Node swatch(int argb, String text) {
        return swatch(FxSketch.colour(argb), text);
    }

    private static Node swatch(Color colour, String text) {
        Rectangle r = new Rectangle(14, 14, colour);
        r.setArcWidth(4);
        r.setArcHeight(4);
        Label l = new Label(text, r);
        l.getStyleClass().add("legend");
        wrapWithinPicture(l);
        return l;
    }

    /**
     * In a flow an entry is as wide as its words on one line; a long one (German at 150 %) would
     * widen the whole page. No wider than the picture or its flow ({@link #legend()}), it takes a
     * second line instead.
     */
    private static void wrapWithinPicture(Labeled entry) {
        entry.setWrapText(true);
    }

    /** The recommended range as a band behind the track, the current mattress as a marker above it. */
    private void placeMarks() {
        marks.getChildren().clear();
        Node thumb = slider.lookup(".thumb");
        double thumb2 = thumb == null ? 8 : thumb.getLayoutBounds().getWidth() / 2;
        double length = slider.getWidth() - 2 * thumb2;
        if (length <= 0) {
            return;
        }
        Node track = slider.lookup(".track");
        double trackY = track == null ? 8 : track.getBoundsInParent().getCenterY();
        double from = x(vm.range().min(), thumb2, length);
        double to = x(vm.range().max(), thumb2, length);
        Rectangle band = new Rectangle(from, trackY - 7, to - from, 14);
        band.setArcWidth(8);
        band.setArcHeight(8);
        band.setFill(FirmnessGauge.RANGE_COLOUR.deriveColor(0, 1, 1, 0.35));
        band.setStroke(FirmnessGauge.RANGE_COLOUR);
        band.setId("alignment-range");
        marks.getChildren().add(band);
        if (vm.currentFirmness() != null) {
            double cx = x(vm.currentFirmness(), thumb2, length);
            Polygon current = new Polygon(cx - 6, trackY - 15, cx + 6, trackY - 15, cx, trackY - 7);
            current.setFill(CURRENT_COLOUR);
            current.setId("alignment-current");
            Line stem = new Line(cx, trackY - 7, cx, trackY + 7);
            stem.setStroke(CURRENT_COLOUR);
            stem.setStrokeWidth(2);
            marks.getChildren().addAll(current, stem);
        }
    }

    private static double x(double firmness, double inset, double length) {
        return inset + (firmness - 1) / 9 * length;
    }
}
