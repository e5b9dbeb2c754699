package io.github.reformplan.engine;

import java.text.MessageFormat;
import io.github.reformplan.model.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing messages, English in {@code messages.properties} and Vietnamese in
 * {@code messages_vi.properties}. The JVM's default locale never leaks in: English is the base.
 * A {@link LocalDate} argument is written as Vietnamese write dates ({@code 30/6/2025}) in Vietnamese
 * and in ISO form ({@code 2025-06-30}) otherwise.
 */
public final class Messages {

    public static final String BUNDLE = "io.github.reformplan.messages";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
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
        return mf.format(args.stream().map(a -> a instanceof LocalDate d ? date(locale, d) : a).toArray());
    }

    /** A date as the reader's language writes it: {@code 30/6/2025} in Vietnamese, {@code 2025-06-30} otherwise. */
    public static String date(Locale locale, LocalDate date) {
        return "vi".equals(locale.getLanguage()) ? VIETNAMESE_DATE.format(date) : date.toString();
    }

    /**
     * A severity as the text report and the rule catalogue print it: its id ({@code error}) in English,
     * its lower-case name ({@code lỗi}, {@code cảnh báo}, {@code thông tin}) in Vietnamese.
     */
    public static String severity(Locale locale, Severity severity) {
        return text(locale, "report.level." + severity.id());
    }

    public static String text(Locale locale, String key) {
        return format(locale, key, List.of());
    }
}
