package com.restwise.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The one way Restwise writes a file: settings, draft, exports and reports. Whatever happens
 * midway (a full disk, a crash, a failing writer), the target is either its old self or the
 * complete new file, never half of one.
 *
 * <p>The bytes go to a uniquely named temporary file in the target's folder, created readable
 * by its owner only (on POSIX the mode is set at creation, so there is no moment when others
 * could open it); the file is flushed to the disk, renamed over the target in one step, and the
 * folder is flushed so the rename itself survives a power cut.
 */
public final class AtomicFile {

    /** Writes the new contents; any exception it throws leaves the target untouched. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFile() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Streams the contents into place; the target's folder must exist. */
    public static void write(Path target, Contents contents) throws IOException {
        write(target, contents, null);
    }

    /**
     * As {@link #write(Path, Contents)}, with the temporary file noted in {@code leftovers} while
     * it exists, so that if this process is killed before it is renamed into place the next start
     * deletes it (an export of health data beside its target). A target that exists and is not a
     * regular file (a device such as /dev/null, a pipe, a folder) is refused: renaming onto it
     * would replace it with the data.
     */
    public static void write(Path target, Contents contents, LeftoverFiles leftovers) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new NotARegularFileException(absolute.toString());
        }
        Path dir = absolute.getParent();
        Path tmp = dir.resolve(
                "." + absolute.getFileName() + "." + HexFormat.of().formatHex(LeftoverFiles.randomBytes()) + ".tmp");
        try (LeftoverFiles.Note note = noted(leftovers, tmp)) {
            Files.createFile(tmp, DataDirectory.ownerOnlyFile());
            writeThrough(tmp, absolute, dir, contents);
        }
    }

    /**
     * Notes the temporary file where the data directory can be written; records on a read-only
     * disk can still be exported, then without the note (a failure still deletes the file).
     */
    private static LeftoverFiles.Note noted(LeftoverFiles leftovers, Path tmp) {
        if (leftovers != null) {
            try {
                return leftovers.note(tmp);
            } catch (IOException e) {
                // a read-only data directory
            }
        }
        return () -> {};
    }

    /** The target exists and is a device, a pipe or a folder, which Restwise never writes onto. */
    public static final class NotARegularFileException extends java.nio.file.FileSystemException {
        public NotARegularFileException(String file) {
            super(file, null, "is not a regular file (a device, a pipe or a folder); give the name of a file");
        }
    }

    private static void writeThrough(Path tmp, Path absolute, Path dir, Contents contents) throws IOException {
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                contents.writeTo(new Unclosable(out));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            syncFolder(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Moves a file that cannot be read out of the way, to "NAME-damaged-STAMP.EXT" beside it
     * ("draft-damaged-20261201-0815.json", with "-2", "-3" ... when that exists), never
     * replacing an earlier damaged copy. Returns where it went.
     */
    public static Path moveAside(Path damaged) throws IOException {
        String name = damaged.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String base = stem + "-damaged-" + LocalDateTime.now().format(STAMP);
        for (int n = 1; n <= 10_000; n++) {
            Path aside = damaged.resolveSibling(base + (n == 1 ? "" : "-" + n) + ext);
            try {
                // A hard link fails if the name is taken, even when two processes race for it
                // (a rename would silently replace it); only then is the damaged name removed.
                Files.createLink(aside, damaged);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (UnsupportedOperationException | IOException e) {
                // a file system without hard links: a plain move, which refuses to replace
                if (Files.exists(aside)) {
                    continue;
                }
                Files.move(damaged, aside);
                return aside;
            }
            Files.delete(damaged);
            syncFolder(aside.toAbsolutePath().getParent());
            return aside;
        }
        throw new FileAlreadyExistsException(damaged + ": too many damaged copies beside it");
    }

    /** Makes a rename durable. Windows cannot open a folder for syncing and needs no such step. */
    private static void syncFolder(Path dir) {
        if (!POSIX) {
            return;
        }
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some file systems refuse to sync a folder; the file itself is already on the disk.
        }
    }

    /** Keeps a writer from closing the stream before it has been flushed to the disk. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
