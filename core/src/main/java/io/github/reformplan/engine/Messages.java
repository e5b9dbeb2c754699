package io.github.reformplan.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

    public static String format(Locale locale, String key, List<Object> args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
        MessageFormat mf = new MessageFormat(pattern, locale);
        return mf.format(args.toArray());
    }

    public static String text(Locale locale, String key) {
        return format(locale, key, List.of());
    }
}
