package com.restwise.ui.common;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.PainTrend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A consultation the wizard runs for a client: a new one, or one saved before whose answers are
 * being corrected. It knows the client's earlier consultations once they are read, so the header
 * can say whose consultation it is and the results can show the change since the last visit,
 * judged by {@link PainTrend} as on the records screen.
 */
public final class ClientVisit {

    private final Client client;
    private final Consultation correcting;
    /** The client's consultations before this one, oldest first; null until read. */
    private final ObjectProperty<List<Consultation>> earlier = new SimpleObjectProperty<>();

    private ClientVisit(Client client, Consultation correcting) {
        this.client = client;
        this.correcting = correcting;
    }

    /** A new consultation for the client. */
    public static ClientVisit newConsultation(Client client) {
        return new ClientVisit(client, null);
    }

    /** The answers of a saved consultation, opened again to correct them. */
    public static ClientVisit correcting(Client client, Consultation saved) {
        return new ClientVisit(client, saved);
    }

    public Client client() {
        return client;
    }

    /** The saved consultation being corrected; empty for a new one. */
    public Optional<Consultation> correcting() {
        return Optional.ofNullable(correcting);
    }

    /**
     * Hands over all of the client's consultations as read; this visit keeps those before it (for a
     * correction, those before the one corrected, which itself is left out).
     */
    public void historyRead(List<Consultation> all) {
        List<Consultation> before = new ArrayList<>();
        for (Consultation c : all) {
            if (correcting != null && c.id() == correcting.id()) {
                break;
            }
            before.add(c);
        }
        earlier.set(List.copyOf(before));
    }

    /** The consultations before this one, oldest first; null until read. */
    public ObjectProperty<List<Consultation>> earlier() {
        return earlier;
    }

    /** Whether the client had consultations before this one (false until they are read). */
    public boolean followUp() {
        return earlier.get() != null && !earlier.get().isEmpty();
    }

    /** For the header: "Consultation for Anna Berger", "Follow-up for Anna Berger", or the one corrected. */
    public StringBinding heading(I18n i18n) {
        return Bindings.createStringBinding(
                () -> {
                    if (correcting != null) {
                        return i18n.get("visit.correcting", ShownName.of(client.name()), i18n.date(correcting.date()));
                    }
                    // a long double name may break after its hyphens
                    return i18n.get(followUp() ? "visit.follow-up" : "visit.consultation", ShownName.of(client.name()));
                },
                earlier);
    }

    /**
     * The trend with this visit's answers as the latest consultation; empty when there is no
     * earlier one to compare with.
     */
    public Optional<PainTrend> trendWith(Profile now, Advice advice, LocalDate date) {
        if (!followUp()) {
            return Optional.empty();
        }
        List<Consultation> all = new ArrayList<>(earlier.get());
        all.add(Consultation.justSaved(-1, client.id(), date, now, advice, ""));
        return Optional.of(new PainTrend(all));
    }
}
