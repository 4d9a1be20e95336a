package com.restwise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys one language's own properties file defines. {@code ResourceBundle.keySet()} would
 * include the English parent's keys and hide a missing translation.
 */
public final class BundleFiles {

    private BundleFiles() {}

    public static Set<String> keys(String baseName, String lang) throws IOException {
        return new TreeSet<>(texts(baseName, lang).stringPropertyNames());
    }

    /** The texts one language's own file defines, by key. */
    public static Properties texts(String baseName, String lang) throws IOException {
        String path = "/" + baseName.replace('.', '/') + ("en".equals(lang) ? "" : "_" + lang) + ".properties";
        try (InputStream in = BundleFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no " + path + " for language " + lang);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
