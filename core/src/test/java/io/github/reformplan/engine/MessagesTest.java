package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every rule speaks both languages, and no message key is orphaned (Checkstyle's AllChecksTest). */
class MessagesTest {

    private static Set<String> keys(Locale locale) {
        ResourceBundle b = Messages.bundle(locale);
        return new TreeSet<>(Collections.list(b.getKeys()));
    }

    @Test
    void englishAndVietnameseHaveTheSameKeys() {
        assertThat(keys(Locale.forLanguageTag("vi"))).isEqualTo(keys(Locale.ENGLISH));
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
    void everyRuleHasAMessageAndEveryKeyBelongsToARuleTheReportsTheConfigOrTheFixer() {
        Set<String> keys = keys(Locale.ENGLISH);
        for (RuleDescriptor d : RuleRegistry.builtIn().descriptors()) {
            assertThat(keys).as(d.id()).anyMatch(k -> k.equals(d.id()) || k.startsWith(d.id() + "."));
        }
        for (String key : keys) {
            String owner = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            assertThat(owner.equals("report") || owner.equals("config") || owner.equals("fix")
                    || RuleRegistry.builtIn().byId(owner).isPresent())
                    .as("key " + key + " has an owner").isTrue();
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
}
