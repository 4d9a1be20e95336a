package com.restwise.cli;

import com.restwise.cli.RecordsOptions.Action;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.ConsultationStore;
import com.restwise.records.OpenRecords;
import com.restwise.records.practice.PracticeStore;
import com.restwise.storage.DataDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

/**
 * The words of {@code records list|add|export|import}, read into {@link RecordsOptions} for
 * {@link RecordsCommand}. Where the records are is an option of the group that every action
 * takes, before or after its name: the practice database's {@code --db} and
 * {@code --password-file} belong beside {@code --data-dir}.
 */
@Command(
        name = "records",
        description = "The client records of the data directory, the same ones the desktop app shows; with --db "
                + "the practice database's.",
        subcommands = {
            RecordsArguments.ListArguments.class,
            RecordsArguments.AddArguments.class,
            RecordsArguments.ExportArguments.class,
            RecordsArguments.ImportArguments.class,
            RecordsArguments.ShareArguments.class
        })
final class RecordsArguments extends CommandWords {

    @ParentCommand
    RestwiseCommand root;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            converter = OptionValues.FileName.class,
            description = "the data directory whose records these are")
    String dataDir;

    /** {@code records} alone. */
    @Override
    public Integer call() {
        throw misuse("records needs one of list, add, export, import, share");
    }

    @Mixin
    PracticeDatabaseOptions practice;

    int run(RecordsOptions options) throws IOException {
        Streams streams = root.streams();
        Path data = DataDirectory.resolve(dataDir != null ? dataDir : root.dataDir);
        RecordsCommand.Opener opener = practice.given()
                ? () -> OpenRecords.inThePractice(new PracticeStore(practice.connect()), data)
                : () -> OpenRecords.onThisComputer(ConsultationStore.open(data));
        return new RecordsCommand()
                .run(
                        options,
                        opener,
                        streams.in(),
                        new PrintStream(streams.out(), true, StandardCharsets.UTF_8),
                        streams.err());
    }

    @Command(
            name = "list",
            description = "Every client as JSON: name, consultations (a count), lastConsultation, notes.")
    static final class ListArguments extends CommandWords {

        @ParentCommand
        RecordsArguments records;

        @Override
        public Integer call() throws IOException {
            return records.run(new RecordsOptions(
                    Action.LIST, records.dataDir, null, false, null, null, null, null, null, null, "en", null));
        }
    }

    @Command(
            name = "add",
            description = "Saves a consultation with the advice computed now, creating the client if needed; "
                    + "with --batch one consultation per line, each answered with a line.")
    static final class AddArguments extends CommandWords {

        @ParentCommand
        RecordsArguments records;

        @Mixin
        ProfileInput input;

        @Option(
                names = "--batch",
                paramLabel = "FILE.jsonl",
                converter = OptionValues.FileName.class,
                description = "a profile, or {\"date\", \"notes\", \"profile\"}, per line; - for standard input")
        String batch;

        @Option(
                names = "--client",
                paramLabel = "NAME",
                converter = OptionValues.Text.class,
                description = "whose consultation it is")
        String client;

        @Option(
                names = "--date",
                paramLabel = "YYYY-MM-DD",
                converter = OptionValues.Day.class,
                description = "the consultation's day (default today)")
        LocalDate date;

        @Mixin
        NotesOption notes;

        @Option(
                names = "--lang",
                paramLabel = "en|de",
                converter = OptionValues.Lang.class,
                description = "language of the advice's texts (default en)")
        String lang = "en";

        @Override
        public Integer call() throws IOException {
            String profile = input.file;
            if (profile != null && batch != null) {
                throw misuse(
                        "records takes one input, but got both " + Inputs.name(batch) + " and " + Inputs.name(profile));
            }
            if (profile == null && batch == null) {
                throw misuse("records add needs a profile file, - for standard input, or --batch FILE.jsonl");
            }
            if (client == null) {
                throw misuse("records add needs --client NAME");
            }
            return records.run(new RecordsOptions(
                    Action.ADD,
                    records.dataDir,
                    batch != null ? batch : profile,
                    batch != null,
                    client,
                    date,
                    notes.text,
                    null,
                    null,
                    null,
                    lang,
                    null));
        }
    }

    @Command(
            name = "export",
            description = "Writes every client (or one) with all their consultations to a file readable by you "
                    + "only; sealed with AES-256-GCM when --passphrase-file is given.")
    static final class ExportArguments extends CommandWords {

        @ParentCommand
        RecordsArguments records;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                converter = OptionValues.FileName.class,
                description = "the export file")
        String out;

        @Option(
                names = "--client",
                paramLabel = "NAME",
                converter = OptionValues.Text.class,
                description = "only this client")
        String client;

        @Option(
                names = "--passphrase-file",
                paramLabel = "F",
                converter = OptionValues.FileName.class,
                description = "seal the export with the passphrase in the file F")
        String passphraseFile;

        @Override
        public Integer call() throws IOException {
            if (out == null) {
                throw misuse("records export needs --out FILE");
            }
            return records.run(new RecordsOptions(
                    Action.EXPORT,
                    records.dataDir,
                    null,
                    false,
                    client,
                    null,
                    null,
                    out,
                    passphraseFile,
                    null,
                    "en",
                    null));
        }
    }

    @Command(
            name = "import",
            description = "Checks every entry of an export file, then saves all of it or nothing; a client "
                    + "already in the records is refused unless --on-conflict says what to do.")
    static final class ImportArguments extends CommandWords {

        @ParentCommand
        RecordsArguments records;

        @Parameters(
                arity = "0..1",
                paramLabel = "FILE",
                converter = OptionValues.FileName.class,
                description = "the export file")
        String input;

        @Option(
                names = "--on-conflict",
                paramLabel = "skip|replace|keep-both",
                converter = OptionValues.Conflicts.class,
                description = "what to do with a client already in the records")
        OnConflict onConflict;

        @Option(
                names = "--passphrase-file",
                paramLabel = "F",
                converter = OptionValues.FileName.class,
                description = "open a sealed export with the passphrase in the file F")
        String passphraseFile;

        @Override
        public Integer call() throws IOException {
            if (input == null) {
                throw misuse("records import needs an export file");
            }
            return records.run(new RecordsOptions(
                    Action.IMPORT,
                    records.dataDir,
                    input,
                    false,
                    null,
                    null,
                    null,
                    null,
                    passphraseFile,
                    onConflict,
                    "en",
                    null));
        }
    }

    @Command(
            name = "share",
            description = "Hands a client of the practice database to a colleague, who then sees them even when "
                    + "the practice shows therapists their own clients only.")
    static final class ShareArguments extends CommandWords {

        @ParentCommand
        RecordsArguments records;

        @Parameters(
                arity = "0..1",
                paramLabel = "CLIENT",
                converter = OptionValues.Text.class,
                description = "the client's name")
        String client;

        @Option(
                names = "--with",
                paramLabel = "LOGIN",
                converter = OptionValues.Text.class,
                description = "the colleague's login")
        String with;

        @Override
        public Integer call() throws IOException {
            if (client == null) {
                throw misuse("records share needs the client's name");
            }
            if (with == null) {
                throw misuse("records share needs --with LOGIN");
            }
            return records.run(new RecordsOptions(
                    Action.SHARE, records.dataDir, null, false, client, null, null, null, null, null, "en", with));
        }
    }
}
