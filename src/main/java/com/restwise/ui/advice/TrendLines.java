package com.restwise.ui.advice;

import com.restwise.records.PainTrend;
import com.restwise.ui.common.I18n;
import javafx.scene.control.Label;

/**
 * A client's pain on waking, since the previous visit and since the first, as two sentences
 * styled by their verdict: the results of a follow-up and the client's page say it alike.
 *
 * @param showFirst whether there was a visit before the previous one, so "since the first" says more
 */
public record TrendLines(Label sincePrevious, Label sinceFirst, boolean showFirst) {

    /** @param idPrefix put before "since-previous" and "since-first" in the labels' ids */
    public static TrendLines of(I18n i18n, PainTrend trend, String idPrefix) {
        return new TrendLines(
                line(TrendWords.sincePrevious(i18n, trend), trend.sincePrevious(), idPrefix + "since-previous"),
                line(TrendWords.sinceFirst(i18n, trend), trend.sinceFirst(), idPrefix + "since-first"),
                trend.firstBeforePrevious());
    }

    private static Label line(String words, PainTrend.Change change, String id) {
        Label label = new Label(words);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("share-line");
        String verdict = TrendWords.styleClass(change);
        if (!verdict.isEmpty()) {
            label.getStyleClass().add(verdict);
        }
        return label;
    }
}
