package com.restwise.records;

import com.restwise.records.ClientTransfer.OnConflict;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The records contract on this computer's SQLite store. */
class SqliteRecordsContractTest extends RecordsContract {

    @TempDir
    Path dataDir;

    private int opened;

    @Override
    protected ClientRecords fresh() throws Exception {
        return ConsultationStore.open(dataDir.resolve("records-" + ++opened));
    }

    @Override
    protected void export(ClientRecords records, Path file) throws Exception {
        ConsultationStore store = (ConsultationStore) records;
        ClientTransfer.export(store, store.searchClients(""), file, null);
    }

    @Override
    protected void importFile(ClientRecords records, Path file, OnConflict choice) throws Exception {
        ClientTransfer.importFile((ConsultationStore) records, file, null, choice);
    }

    @Override
    protected String goneKey() {
        return "consultation.gone";
    }
}
