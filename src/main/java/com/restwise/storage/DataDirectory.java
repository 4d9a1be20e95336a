package com.restwise.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where the app keeps everything (ASSESSMENT.md): {@code --data-dir}, else
 * {@code RESTWISE_DATA}, else the system's per-user data folder.
 */
public final class DataDirectory {

    public static final String ENV = "RESTWISE_DATA";
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {}

    /**
     * @param option  the {@code --data-dir} value, or null
     * @param env     the environment
     * @param osName  {@code os.name}
     * @param home    {@code user.home}
     */
    public static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase();
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Restwise");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Restwise");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return base.resolve("restwise");
    }

    public static Path resolve(String option) {
        return resolve(
                option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** Creates the directory if needed, readable by its owner only where the system allows. */
    public static Path prepare(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            ownerOnly(dir);
        }
        return dir;
    }

    /** The attributes that create a file readable by its owner only, from its first moment. */
    public static FileAttribute<?>[] ownerOnlyFile() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    /** Restricts a file or directory to its owner on systems with POSIX permissions. */
    public static void ownerOnly(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_ONLY_DIR : OWNER_ONLY_FILE);
        }
    }
}
