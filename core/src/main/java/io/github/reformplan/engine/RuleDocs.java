package io.github.reformplan.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The documentation page of each built-in rule: the Markdown of {@code docs/rules/<id>.md} in the
 * repository, shipped in this jar so that {@code reformplan rules ID} and the Maven plugin can show it.
 * Each page has the same parts: the title {@code # <id>}, the default severity and family, a summary,
 * then {@code ## Why}, {@code ## Basis}, {@code ## Failing example}, {@code ## Passing example} and
 * {@code ## Options}.
 *
 * <pre>{@code
 * RuleDocs.page("deadline-before-issue").ifPresent(System.out::print);
 * }</pre>
 */
public final class RuleDocs {

    /** Where the pages are on the class path, each named {@code <rule-id>.md}. */
    static final String FOLDER = "io/github/reformplan/docs/rules/";

    private RuleDocs() {
    }

    /**
     * The page of a built-in rule, by its id or one of its former ids.
     *
     * @return the Markdown text, or empty when no built-in rule has that id
     * @throws UncheckedIOException if the page exists but cannot be read
     */
    public static Optional<String> page(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return RuleRegistry.installed().byId(ruleId.trim()).map(r -> r.descriptor().id()).flatMap(RuleDocs::read);
    }

    private static Optional<String> read(String id) {
        String resource = FOLDER + id + ".md";
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
