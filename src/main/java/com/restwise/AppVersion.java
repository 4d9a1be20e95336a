package com.restwise;

import com.restwise.engine.Advisor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's one version number, from the pom: the jar's manifest (Implementation-Version) when
 * running from a jar, else the resource the build filled in (tests, an IDE). The engine keeps
 * its own version, which the advice JSON carries.
 */
public final class AppVersion {

    private AppVersion() {}

    public static String app() {
        String fromManifest = AppVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through: a version we cannot read is shown as unknown, it stops nothing
        }
        return "unknown";
    }

    public static String engine() {
        return Advisor.ENGINE_VERSION;
    }

    /** What {@code --version} prints. */
    public static String line() {
        return "Restwise " + app() + " (engine " + engine() + ")";
    }
}
