package com.restwise.records.practice;

import com.restwise.records.ClientRecords;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.RecordsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The records contract on the practice database. Own clients only is on, and each test works
 * as a therapist of its own, so the tests share one database without seeing each other's clients.
 */
class PracticeRecordsContractTest extends RecordsContract {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    static Practice practice;
    private static int therapists;

    @BeforeAll
    static void setUp() throws Exception {
        practice = Practice.initialised(DB).with("admin", "admin", "Admin");
        try (PracticeConnections admin = practice.connect("admin")) {
            new PracticeAdmin(admin).ownClientsOnly(true);
        }
    }

    @Override
    protected ClientRecords fresh() throws Exception {
        String who = "t" + ++therapists;
        practice.with(who, "therapist", "Therapist " + therapists);
        return practice.store(who);
    }

    @Override
    protected void export(ClientRecords records, Path file) throws Exception {
        PracticeTransfer.export((PracticeStore) records, null, file, null);
    }

    @Override
    protected void importFile(ClientRecords records, Path file, OnConflict choice) throws Exception {
        PracticeTransfer.importFile((PracticeStore) records, file, null, choice, files.resolve("scratch"));
    }

    @Override
    protected String goneKey() {
        return "practice.gone";
    }
}
