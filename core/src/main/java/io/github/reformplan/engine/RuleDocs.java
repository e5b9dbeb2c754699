package io.github.reformplan.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The documentation page of each built-in rule: the Markdown of {@code docs/rules/<id>.md} (English) and
 * {@code docs/rules/vi/<id>.md} (Vietnamese) in the repository, shipped in this jar so that
 * {@code reformplan rules ID [--lang vi]} and the Maven plugin can show it. Each page has the same parts: the
 * title {@code # <id>}, the default severity and family, a summary, then {@code ## Why}, {@code ## Basis},
 * {@code ## Failing example}, {@code ## Passing example} and {@code ## Options} (in Vietnamese
 * {@code ## Vì sao}, {@code ## Căn cứ}, {@code ## Ví dụ sai}, {@code ## Ví dụ đúng}, {@code ## Tùy chọn}).
 *
 * <pre>{@code
 * RuleDocs.page("deadline-before-issue").ifPresent(System.out::print);
 * RuleDocs.page("deadline-before-issue", Locale.forLanguageTag("vi")).ifPresent(System.out::print);
 * }</pre>
 */
public final class RuleDocs {

    /** Where the pages are on the class path, each named {@code <rule-id>.md}; the Vietnamese ones in {@code vi/}. */
    static final String FOLDER = "io/github/reformplan/docs/rules/";

    private RuleDocs() {
    }

    /**
     * The English page of a built-in rule, by its id or one of its former ids.
     *
     * @return the Markdown text, or empty when no built-in rule has that id
     * @throws UncheckedIOException if the page exists but cannot be read
     */
    public static Optional<String> page(String ruleId) {
        return page(ruleId, Locale.ENGLISH);
    }

    /**
     * The page of a built-in rule in the reader's language: Vietnamese for {@code vi}, English for any other
     * (and for a page not yet translated; {@code RuleDocsTest} keeps every built-in page in both).
     *
     * @return the Markdown text, or empty when no built-in rule has that id
     * @throws UncheckedIOException if the page exists but cannot be read
     */
    public static Optional<String> page(String ruleId, Locale locale) {
        Objects.requireNonNull(ruleId, "ruleId");
        return RuleRegistry.installed().byId(ruleId.trim()).map(r -> r.descriptor().id())
                .flatMap(id -> read(folder(locale) + id + ".md").or(() -> read(FOLDER + id + ".md")));
    }

    /** The page's path in the repository, e.g. {@code docs/rules/vi/agency-defunct.md}: what links point to. */
    public static String path(String ruleId, Locale locale) {
        return "docs/rules/" + folder(locale).substring(FOLDER.length()) + ruleId + ".md";
    }

    private static String folder(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? FOLDER + "vi/" : FOLDER;
    }

    /** A documentation page shipped in this jar (rule pages here, change-check pages for the diff), by its path. */
    public static Optional<String> read(String resource) {
        try (InputStream in = RuleDocs.class.getModule().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
