package io.github.reformplan.cli.serve;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of {@code reformplan serve}, English in {@code serve.properties} and Vietnamese in
 * {@code serve_vi.properties}. Arguments are passed as text, so that a port is never written {@code 8,080}.
 */
final class ServeMessages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The languages every API error is given in, in the order the JSON lists them. */
    static final List<Locale> LANGUAGES = List.of(VIETNAMESE, Locale.ENGLISH);

    private static final String BUNDLE = "io.github.reformplan.cli.serve.serve";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ServeMessages() {
    }

    static String format(Locale locale, String key, Object... args) {
        Locale bundleLocale = "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale, ServeMessages.class.getClassLoader(),
                NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** One text in every language, keyed {@code vi} and {@code en}. */
    static Map<String, String> both(Function<Locale, String> text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Locale l : LANGUAGES) {
            out.put(l.getLanguage(), text.apply(l));
        }
        return out;
    }

    static Map<String, String> both(String key, Object... args) {
        return both(l -> format(l, key, args));
    }
}
