package com.restwise.records;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The plain export format (docs/formats.md), written in one place for both stores: a practice's
 * export must be the same file as a computer's, or one could not be imported where the other is.
 * Consultations are streamed one at a time, so an export never holds a client's history at once.
 */
public final class ExportWriter {

    /** A store's consultations of one client, oldest first, handed to the writer one by one. */
    public interface Consultations {
        void forEach(Client client, Row row) throws IOException;
    }

    /** One consultation as stored: the profile and advice JSON exactly as written when it was saved. */
    public interface Row {
        void write(LocalDate date, String profileJson, String adviceJson, String notes) throws IOException;
    }

    private ExportWriter() {}

    /** Writes the export of the clients; returns how many consultations it wrote (each also told to written). */
    public static int write(OutputStream out, List<Client> clients, Consultations consultations, IntConsumer written)
            throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        JsonWriter w = new JsonWriter(text);
        w.setIndent("  ");
        w.setHtmlSafe(false);
        w.beginObject();
        w.name("restwiseExport").value(ClientTransfer.FORMAT_VERSION);
        w.name("exported").value(LocalDate.now().toString());
        w.name("clients").beginArray();
        int[] count = new int[1];
        for (Client client : clients) {
            w.beginObject();
            w.name("name").value(client.name());
            w.name("notes").value(client.notes());
            w.name("consultations").beginArray();
            consultations.forEach(client, (date, profileJson, adviceJson, notes) -> {
                w.beginObject();
                w.name("date").value(date.toString());
                w.name("profile").jsonValue(profileJson);
                w.name("advice").jsonValue(adviceJson);
                w.name("notes").value(notes);
                w.endObject();
                written.accept(++count[0]);
            });
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.flush();
        return count[0];
    }
}
