package com.restwise.ui.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the first window will need on a second thread, while JavaFX starts its
 * toolkit on the first. From a plain jar every JavaFX and Restwise class is read, inflated and
 * defined one by one as the JavaFX thread first touches it: about 1,500 of them before the first
 * window, a good third of the time the app adds to a bare JavaFX window. Started from the main
 * method, this thread has most of them loaded by the time the JavaFX thread asks, on any machine
 * with a second core.
 *
 * <p>Loading only, never initializing: no static initializer runs here, so nothing happens in
 * another order than without it (JavaFX's own classes set the theme in theirs). The list is the
 * load order of a real first window, recorded by {@code com.restwise.bench.FirstWindowClassList};
 * a class that has been renamed since is skipped, and one missing from the list is loaded as
 * before, when it is first used. The installed app maps the same classes from its AppCDS archive,
 * where this costs little.
 */
public final class FirstWindowClasses {

    /** The recorded list, one binary class name per line, in the order the first window loaded them. */
    public static final String LIST = "first-window.classes";

    /**
     * A system property that turns the head start off: for recording the list (which would
     * otherwise keep every class it names) and for timing the first window without it.
     */
    public static final String OFF = "restwise.firstWindowClasses.off";

    private FirstWindowClasses() {}

    /** Starts loading them on a daemon thread, which ends with the list (or with the app). */
    public static void loadInBackground() {
        if (Boolean.getBoolean(OFF)) {
            return;
        }
        Thread loader = new Thread(FirstWindowClasses::load, "restwise-first-window-classes");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads every class on the list that exists; returns how many did. */
    static int load() {
        ClassLoader classes = FirstWindowClasses.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = FirstWindowClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0; // a build without the list (an IDE run): every class loads when first used
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, classes);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or gone since the list was recorded: it only loses its head start
                }
            }
        } catch (IOException e) {
            // the list could not be read: the classes load as they are first used, as without it
        }
        return loaded;
    }
}
