package io.github.reformplan.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The user-facing messages, English in {@code messages.properties} and Vietnamese in
 * {@code messages_vi.properties}. The JVM's default locale never leaks in: English is the base.
 */
public final class Messages {

    public static final String BUNDLE = "io.github.reformplan.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The bundles of third-party rule packs, looked in after ours. */
    private static final List<Extra> EXTRA = new CopyOnWriteArrayList<>();

    private record Extra(String baseName, ClassLoader loader) {
    }

    /** Adds a rule pack's bundle (see {@link RulePack#messageBundle()}); registering one twice is harmless. */
    static void register(String baseName, ClassLoader loader) {
        Extra extra = new Extra(baseName, loader);
        if (!EXTRA.contains(extra)) {
            EXTRA.add(extra);
        }
    }

    public static String format(Locale locale, String key, List<Object> args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return key + " " + args;
        }
        MessageFormat mf = new MessageFormat(pattern, locale);
        return mf.format(args.toArray());
    }

    private static String pattern(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            for (Extra x : EXTRA) {
                try {
                    return ResourceBundle.getBundle(x.baseName(), locale, x.loader(), NO_FALLBACK).getString(key);
                } catch (MissingResourceException notThere) {
                    // the next pack's bundle, perhaps
                }
            }
            return null;
        }
    }

    public static String text(Locale locale, String key) {
        return format(locale, key, List.of());
    }
}
