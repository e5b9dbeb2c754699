package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The message bundles: the same keys in English and Vietnamese, Vietnamese really Vietnamese (and NFC), every
 * message a valid pattern. That every rule has its messages and every key a rule is {@link RuleDocsTest}'s.
 */
class MessagesTest {

    private static Set<String> keys(Locale locale) {
        ResourceBundle b = Messages.bundle(locale);
        return new TreeSet<>(Collections.list(b.getKeys()));
    }

    /**
     * The keys one bundle file defines itself ({@code messages.properties} for English). A ResourceBundle's
     * keys include its parent's, so a key missing from {@code messages_vi.properties} would not show there.
     */
    static Set<String> ownKeys(Locale locale) {
        String name = Messages.BUNDLE.replace('.', '/')
                + (locale.getLanguage().equals("en") ? "" : "_" + locale.getLanguage()) + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void englishAndVietnameseHaveTheSameKeys() {
        assertThat(ownKeys(Locale.forLanguageTag("vi"))).isEqualTo(ownKeys(Locale.ENGLISH));
    }

    @Test
    void vietnameseBundleIsReallyVietnamese() {
        ResourceBundle vi = Messages.bundle(Locale.forLanguageTag("vi"));
        ResourceBundle en = Messages.bundle(Locale.ENGLISH);
        for (String key : keys(Locale.ENGLISH)) {
            String v = vi.getString(key);
            assertThat(v).as(key).isNotEqualTo(en.getString(key));
            assertThat(Normalizer.isNormalized(v, Normalizer.Form.NFC)).as(key + " is NFC").isTrue();
        }
    }

    @Test
    void everyMessageIsAValidPattern() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}) {
            ResourceBundle b = Messages.bundle(l);
            for (String key : keys(l)) {
                assertThat(new MessageFormat(b.getString(key), l).toPattern()).as(key).isNotBlank();
            }
        }
    }

    @Test
    void theJvmDefaultLocaleDoesNotLeakIn() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi"));
            assertThat(Messages.text(Locale.ENGLISH, "parse.empty")).isEqualTo("The file is empty");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void englishSummariesAreTheRulesOwn() {
        for (RuleDescriptor d : RuleRegistry.builtIn().descriptors()) {
            assertThat(RuleSummaries.of(d, Locale.ENGLISH)).as(d.id()).isEqualTo(d.summary());
            assertThat(RuleSummaries.of(d, Locale.forLanguageTag("vi"))).as(d.id()).isNotEqualTo(d.summary());
        }
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        java.util.List<Object> args = java.util.List.of("Quý I/2025", java.time.LocalDate.of(2025, 3, 31),
                java.time.LocalDate.of(2025, 12, 20));
        assertThat(Messages.format(Locale.forLanguageTag("vi"), "deadline-before-issue", args))
                .isEqualTo("Thời hạn 'Quý I/2025' kết thúc ngày 31/3/2025, trước ngày ban hành kế hoạch (20/12/2025)");
        assertThat(Messages.format(Locale.ENGLISH, "deadline-before-issue", args))
                .isEqualTo("Deadline 'Quý I/2025' ends on 2025-03-31, before the plan was issued on 2025-12-20");
    }

    @Test
    void severitiesAreWordsOfTheLanguage() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(java.util.Arrays.stream(io.github.reformplan.model.Severity.values()).map(s -> Messages.severity(vi, s)))
                .containsExactly("lỗi", "cảnh báo", "thông tin");
        assertThat(java.util.Arrays.stream(io.github.reformplan.model.Severity.values())
                .map(s -> Messages.severity(Locale.ENGLISH, s))).containsExactly("error", "warning", "info");
    }
}
