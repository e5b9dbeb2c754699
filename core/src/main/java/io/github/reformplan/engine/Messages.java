package io.github.reformplan.engine;

import io.github.reformplan.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.reformplan.text.TextCache;

/**
 * The user-facing messages, English in {@code messages.properties} and Vietnamese in
 * {@code messages_vi.properties}. The JVM's default locale never leaks in: English is the base.
 *
 * <p>A key with no message is a bug in reformplan, not in the plan, so it must never reach a user as a
 * raw key, and must never ship. When the system property {@value #STRICT} is {@code true} (the build
 * sets it for every test) a missing key throws, so the test that produced it fails. Otherwise the
 * validation is not aborted for it: the finding reads as its rule's summary ({@code <rule-id>.summary},
 * in the reader's language) or, failing that, a sentence asking to report the bug, and the missing key is
 * logged as a warning.
 *
 * <p>A {@link LocalDate} argument is written as Vietnamese writes dates ({@code 30/6/2025}) in Vietnamese
 * and in ISO form ({@code 2025-06-30}) otherwise.
 */
public final class Messages {

    public static final String BUNDLE = "io.github.reformplan.messages";
    /** The system property that makes a missing message key throw instead of falling back. */
    public static final String STRICT = "reformplan.messages.strict";
    private static final String MISSING = "report.message-missing";
    private static final System.Logger LOG = System.getLogger(Messages.class.getName());
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Map<Key, Optional<ResourceBundle>> LOADED = new ConcurrentHashMap<>();

    private record Key(Module module, String baseName, String suffix) {
    }

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return load(Messages.class.getModule(), BUNDLE, locale)
                .orElseThrow(() -> new MissingResourceException("No " + BUNDLE + " bundle", BUNDLE, ""));
    }

    /**
     * The bundle {@code baseName} of {@code module}: the English base, with the {@code _vi} file over it for
     * Vietnamese; the JVM's default locale is never consulted. Read through the module rather than with
     * {@code ResourceBundle.getBundle} and a {@code Control}, which named modules do not support, so the same
     * code serves the class path and the module path (a rule pack in a named module opens its bundle's package
     * to {@code io.github.reformplan.core}).
     */
    private static Optional<ResourceBundle> load(Module module, String baseName, Locale locale) {
        String language = "vi".equals(locale.getLanguage()) ? "_vi" : "";
        return LOADED.computeIfAbsent(new Key(module, baseName, language), k -> {
            Optional<ResourceBundle> base = read(module, baseName, "", null);
            return language.isEmpty() ? base : read(module, baseName, language, base.orElse(null)).or(() -> base);
        });
    }

    private static Optional<ResourceBundle> read(Module module, String baseName, String suffix, ResourceBundle parent) {
        String resource = baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = module.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Bundle(in, parent));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** A properties bundle (UTF-8, as every {@code PropertyResourceBundle} read from a stream) with a parent. */
    private static final class Bundle extends PropertyResourceBundle {
        Bundle(InputStream in, ResourceBundle parent) throws IOException {
            super(in);
            if (parent != null) {
                setParent(parent);
            }
        }
    }

    /** The bundles of third-party rule packs, looked in after ours. */
    private static final List<Extra> EXTRA = new CopyOnWriteArrayList<>();

    private record Extra(String baseName, Module module) {
    }

    /** Adds a rule pack's bundle (see {@link RulePack#messageBundle()}); registering one twice is harmless. */
    static void register(String baseName, Module module) {
        Extra extra = new Extra(baseName, module);
        if (!EXTRA.contains(extra)) {
            EXTRA.add(extra);
        }
    }

    /**
     * The message {@code key} with its arguments, in {@code locale}.
     *
     * @throws MissingResourceException when the key has no message and {@value #STRICT} is set
     */
    public static String format(Locale locale, String key, List<Object> args) {
        ResourceBundle bundle = bundle(locale);
        String pattern = pattern(bundle, locale, key);
        if (pattern == null) {
            if (Boolean.getBoolean(STRICT)) {
                throw new MissingResourceException("No message for key " + key + " in " + BUNDLE, BUNDLE, key);
            }
            LOG.log(System.Logger.Level.WARNING, "reformplan: no message for key {0}; please report this bug", key);
            int dot = key.indexOf('.');
            pattern = pattern(bundle, (dot < 0 ? key : key.substring(0, dot)) + ".summary");
            if (pattern == null) {
                pattern = bundle.getString(MISSING);
            }
        }
        return format(locale, pattern).format(args.stream().map(x -> argument(locale, x)).toArray());
    }

    private record Pattern(Locale locale, String text) {
    }

    /**
     * Parsed patterns: a report formats one message per finding, and parsing a pattern (with its number
     * formats) cost more than formatting it. Each use formats a clone, because a MessageFormat's formats are
     * not safe to share between threads; no thread-local, so that an embedding server can unload the library.
     */
    private static final TextCache<Pattern, MessageFormat> FORMATS = new TextCache<>(2_000); // the bundles hold a few hundred

    private static MessageFormat format(Locale locale, String pattern) {
        return (MessageFormat) FORMATS.get(new Pattern(locale, pattern), p -> new MessageFormat(p.text(), p.locale())).clone();
    }

    /** Longest text an argument puts in a message; the rest is cut and marked with an ellipsis. */
    static final int MAX_ARGUMENT = 500;

    /**
     * An argument as a message shows it: a date in the reader's form, a huge number in scientific form (never
     * a billion digits), a text cut to {@value #MAX_ARGUMENT} characters (a 10 MB title stays out of the report).
     */
    private static Object argument(Locale locale, Object x) {
        if (x instanceof LocalDate d) {
            return date(locale, d);
        }
        if (x instanceof java.math.BigDecimal b && (Math.abs((long) b.precision() - b.scale()) > 40 || b.scale() > 40)) {
            return io.github.reformplan.model.Quantity.text(b);
        }
        if (x instanceof java.math.BigInteger b && b.bitLength() > 128) {
            return io.github.reformplan.model.Quantity.text(new java.math.BigDecimal(b));
        }
        if (x instanceof CharSequence c && c.length() > MAX_ARGUMENT) {
            int end = MAX_ARGUMENT;
            if (Character.isHighSurrogate(c.charAt(end - 1))) {
                end--;
            }
            return c.subSequence(0, end) + "…";
        }
        return x;
    }

    /** Whether {@code key} has a message (in {@code locale} or in the English base). */
    public static boolean has(Locale locale, String key) {
        return pattern(bundle(locale), locale, key) != null;
    }

    private static String pattern(ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    /** Ours first, then the rule packs' bundles. */
    private static String pattern(ResourceBundle ours, Locale locale, String key) {
        String pattern = pattern(ours, key);
        for (int i = 0; pattern == null && i < EXTRA.size(); i++) {
            Extra x = EXTRA.get(i);
            pattern = load(x.module(), x.baseName(), locale).map(b -> pattern(b, key)).orElse(null);
        }
        return pattern;
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
