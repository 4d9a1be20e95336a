package com.restwise.ui.saved;

import com.restwise.records.RecordsService;
import com.restwise.records.SavedResult;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "My saved results" without its controls: the shopper's saved results, newest first; one opened;
 * two chosen and compared side by side; deleting one. Every call to the records goes through
 * {@link RecordsService}, off the JavaFX thread; results are applied on it. Used on the JavaFX
 * thread only.
 */
public final class SavedResultsViewModel {

    /** What the screen shows: the list, one result, or two side by side. */
    public sealed interface Page permits Listing, One, Compared {}

    record Listing() implements Page {}

    record One(SavedResult result) implements Page {}

    record Compared(ResultComparison comparison) implements Page {}

    private final I18n i18n;
    private final RecordsService records;
    private final Notice notice;
    private final ObservableList<SavedResult> results = FXCollections.observableArrayList();
    private final ObservableList<SavedResult> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(new Listing());
    private final UiWork work;
    private final BooleanBinding canCompare = Bindings.size(chosen).isEqualTo(2);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /** @param work the screen\'s own work on the records, counted apart from other screens\' */
    public SavedResultsViewModel(I18n i18n, RecordsService records, Notice notice, UiWork work) {
        this.work = work;
        this.i18n = i18n;
        this.records = records;
        this.notice = notice;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The saved results, newest first. */
    public ObservableList<SavedResult> results() {
        return results;
    }

    /** Whether the first reading of the list has come back (until then "none saved" would be wrong). */
    public boolean loaded() {
        return loaded.get();
    }

    /** Observable, because an empty list read back changes no list: the page still has to say "none saved". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The results chosen for comparing, at most two, in the order they were chosen. */
    public ObservableList<SavedResult> chosen() {
        return chosen;
    }

    public BooleanBinding canCompare() {
        return canCompare;
    }

    public ObjectProperty<Page> page() {
        return page;
    }

    /** Whether no work on the records is running or waiting. */
    public boolean settled() {
        return work.settled();
    }

    /** Reads the list again. */
    public CompletableFuture<Boolean> load() {
        return track(records.savedResults(), list -> {
            results.setAll(list);
            loaded.set(true);
            chosen.removeIf(c -> list.stream().noneMatch(r -> r.id() == c.id()));
        });
    }

    /**
     * Chooses a result for comparing, or unchooses it. A third choice lets go of the first one
     * chosen, so the two last chosen are compared.
     */
    public void choose(SavedResult result, boolean choose) {
        boolean there = chosen.stream().anyMatch(c -> c.id() == result.id());
        if (choose && !there) {
            if (chosen.size() == 2) {
                chosen.remove(0);
            }
            chosen.add(result);
        } else if (!choose && there) {
            chosen.removeIf(c -> c.id() == result.id());
        }
    }

    public boolean isChosen(SavedResult result) {
        return chosen.stream().anyMatch(c -> c.id() == result.id());
    }

    public void open(SavedResult result) {
        page.set(new One(result));
    }

    /** The two chosen results side by side; nothing happens unless exactly two are chosen. */
    public void compare() {
        if (chosen.size() == 2) {
            page.set(new Compared(new ResultComparison(i18n, chosen.get(0), chosen.get(1))));
        }
    }

    public void backToList() {
        page.set(new Listing());
    }

    /** Deletes a result (after the person confirmed) and shows the list without it. */
    public CompletableFuture<Boolean> delete(SavedResult result) {
        return track(records.deleteSavedResult(result.id()), gone -> {
            chosen.removeIf(c -> c.id() == result.id());
            results.removeIf(r -> r.id() == result.id());
            notice.show("saved.deleted", new SavedResultFacts(i18n).when(result));
            page.set(new Listing());
        });
    }

    private <T> CompletableFuture<Boolean> track(CompletableFuture<T> running, Consumer<T> apply) {
        return work.follow(running, apply, notice, () -> i18n);
    }

    /** For the list's cards: the same words the comparison uses. */
    public SavedResultFacts facts() {
        return new SavedResultFacts(i18n);
    }
}
