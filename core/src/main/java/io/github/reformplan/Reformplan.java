package io.github.reformplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of reformplan. */
public final class Reformplan {

    public static final String NAME = "reformplan";
    private static final String VERSION = load();

    private Reformplan() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Reformplan.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
