package com.restwise.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Temporary files Restwise makes outside its data directory (an export being written beside its
 * target), noted in the data directory so that a run killed midway does not leave health data
 * behind for good. Each is noted in {@code unfinished/} before it is made, and the note stays
 * locked while its writer runs; the next Restwise command or window on the data directory
 * deletes every file whose note is no longer locked (its writer has ended), then the note.
 */
public final class LeftoverFiles {

    static final String FOLDER = "unfinished";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * The notes this process holds. Never opened by its own clean-up: on POSIX, closing any
     * channel on a file drops every lock this process holds on it, the writer's too.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path notes;

    private LeftoverFiles(Path notes) {
        this.notes = notes;
    }

    /** The leftovers noted in a data directory. */
    public static LeftoverFiles in(Path dataDir) {
        return new LeftoverFiles(dataDir.resolve(FOLDER));
    }

    /** A note that a temporary file may exist; closing it says the file is gone or in place. */
    public interface Note extends AutoCloseable {
        @Override
        void close();
    }

    /** Notes a temporary file before it is made; the note is locked until it is closed. */
    public Note note(Path temporary) throws IOException {
        DataDirectory.prepare(notes.getParent());
        Files.createDirectories(notes);
        Path note = notes.resolve(HexFormat.of().formatHex(randomBytes()) + ".note");
        FileChannel channel = FileChannel.open(note, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            HELD.add(note);
            channel.write(ByteBuffer.wrap(temporary.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return () -> {
                try {
                    lock.release();
                    channel.close();
                    Files.deleteIfExists(note);
                } catch (IOException e) {
                    // the next start finds the note unlocked and tidies up
                } finally {
                    HELD.remove(note);
                }
            };
        } catch (IOException | RuntimeException e) {
            HELD.remove(note);
            channel.close();
            Files.deleteIfExists(note);
            throw e;
        }
    }

    /**
     * Deletes the temporary files of writers that have ended (killed, crashed, or a power cut),
     * and their notes; returns how many files it deleted. A note's file is only deleted when its
     * name is that of a Restwise temporary file, so a damaged note cannot delete anything else.
     */
    public int cleanUp() {
        if (!Files.isDirectory(notes)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(notes, "*.note")) {
            for (Path note : all) {
                deleted += cleanUp(note);
            }
        } catch (IOException e) {
            // an unreadable folder: the next start tries again
        }
        return deleted;
    }

    private static int cleanUp(Path note) {
        if (HELD.contains(note)) {
            return 0; // this very process is writing it
        }
        try (FileChannel channel = FileChannel.open(note, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return 0; // its writer is still running
            }
            int deleted = 0;
            Path temporary = Path.of(new String(Files.readAllBytes(note), StandardCharsets.UTF_8));
            String name = String.valueOf(temporary.getFileName());
            if (name.startsWith(".")
                    && name.endsWith(".tmp")
                    && Files.isRegularFile(temporary, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(temporary);
                deleted = 1;
            }
            Files.delete(note);
            return deleted;
        } catch (IOException | RuntimeException e) {
            return 0; // a stick that is not plugged in now: the note stays for a later start
        }
    }

    static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
