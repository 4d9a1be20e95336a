package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A physiotherapist's client records, wherever they are kept: in SQLite on this computer
 * ({@link ConsultationStore}) or in the practice's PostgreSQL database. The screens and the
 * commands work through this alone, and ask {@link #offers()} which of the practice's parts
 * (versions, sharing, roles, a login) to show.
 */
public interface ClientRecords extends AutoCloseable {

    /**
     * What these records offer beyond clients and consultations.
     *
     * @param versions corrections keep earlier versions, readable later ("corrected on ... by ...")
     * @param sharing  a client can be handed to another login
     * @param roles    what a login may see depends on its role (reception sees names and dates)
     * @param where    what the header says about where the records are ("Physio am Park: Jana Meier"); empty on this computer
     */
    record Offers(boolean versions, boolean sharing, boolean roles, String where) {
        public static final Offers ON_THIS_COMPUTER = new Offers(false, false, false, "");
    }

    default Offers offers() {
        return Offers.ON_THIS_COMPUTER;
    }

    Client createClient(String name, String notes) throws StoreException;

    void updateClient(long id, String name, String notes) throws StoreException;

    /** Deletes the client and all of their consultations (in a practice database: hides them). */
    void deleteClient(long id) throws StoreException;

    /** Clients whose name contains the text, in name order; all clients for blank text. */
    List<Client> searchClients(String text) throws StoreException;

    Optional<Client> client(long id) throws StoreException;

    /** Every client in name order, with their consultation count and latest date. */
    List<ConsultationStore.ClientSummary> clientSummaries() throws StoreException;

    /**
     * The client of this name: the one written exactly so, else the only one of the same
     * identity ("anna berger" finds "Anna Berger"); empty when there is none or several.
     */
    default Optional<Client> clientNamed(String name) throws StoreException {
        String clean = ClientName.clean(name);
        List<Client> same = new ArrayList<>();
        for (Client c : searchClients("")) {
            if (c.name().equals(clean)) {
                return Optional.of(c);
            }
            if (ClientName.identity(c.name()).equals(ClientName.identity(clean))) {
                same.add(c);
            }
        }
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    Consultation saveConsultation(long clientId, LocalDate date, Profile profile, Advice advice, String notes)
            throws StoreException;

    /** Corrects a consultation's day and notes; its answers and advice stay as given. */
    void updateConsultation(long consultationId, LocalDate date, String notes) throws StoreException;

    /** Replaces a consultation's answers, advice, day and notes (answers corrected in the wizard). */
    Consultation replaceConsultation(long consultationId, LocalDate date, Profile profile, Advice advice, String notes)
            throws StoreException;

    void deleteConsultation(long consultationId) throws StoreException;

    /** A client's consultations, oldest first. */
    List<Consultation> consultations(long clientId) throws StoreException;

    /**
     * What a client's page lists of their consultations, oldest first: dates, scores, the
     * advice's firmness and medical level, notes; not the answers and advice themselves.
     */
    default List<ConsultationLine> consultationLines(long clientId) throws StoreException {
        return consultations(clientId).stream().map(ConsultationLine::of).toList();
    }

    /** One of a client's consultations whole, to open it; {@code consultation.gone} when it is not there. */
    default Consultation consultation(long clientId, long consultationId) throws StoreException {
        return consultations(clientId).stream()
                .filter(c -> c.id() == consultationId)
                .findFirst()
                .orElseThrow(() -> new StoreException("consultation.gone"));
    }

    int consultationCount() throws StoreException;

    int clientCount() throws StoreException;

    /** The last profile a client was assessed with, to start a follow-up from. */
    default Optional<Profile> lastProfile(long clientId) throws StoreException {
        List<Consultation> all = consultations(clientId);
        return all.isEmpty()
                ? Optional.empty()
                : Optional.of(all.get(all.size() - 1).profile());
    }

    @Override
    void close() throws StoreException;

    /** A client's name as stored (see {@link ClientName#clean}), or why it cannot be one. */
    static String checkedName(String name) throws StoreException {
        if (name == null || name.isBlank()) {
            throw new StoreException("client.needs-name");
        }
        if (ClientName.problem(name).isPresent()) {
            // a name blank to the eye (zero-width, NBSP, U+3164 ...) is told apart from one too long
            throw ClientName.visible(name)
                    ? new StoreException("client.bad-name", ClientName.MAX_NAME)
                    : new StoreException("client.blank-name");
        }
        return ClientName.clean(name);
    }
}
