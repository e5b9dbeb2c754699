package io.github.reformplan.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A key under which two task or activity texts are "the same content": case, accents, punctuation
 * and leading numbering ({@code 2.1.}, {@code 3.52.}, {@code a)}, bullets) are ignored, and the
 * abbreviations of the glossary are expanded ({@code QPPL} = {@code quy phạm pháp luật}).
 */
public final class ContentKey {

    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[-+•*]\\s*)?(?:\\d+(?:\\.\\d+)*\\.?|[a-zđ]\\))\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:()]+$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> GLOSSARY = loadGlossary();

    private ContentKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = NUMBERING.matcher(VietnameseText.clean(text)).replaceFirst("");
        // Expand before punctuation is dropped, so that "KH&CN" is still one token.
        StringBuilder out = new StringBuilder();
        for (String token : VietnameseText.foldKey(s).split(" ")) {
            String expansion = GLOSSARY.get(TRAILING_PUNCTUATION.matcher(token).replaceAll(""));
            out.append(expansion != null ? expansion : token).append(' ');
        }
        return NON_WORD.matcher(out).replaceAll(" ").trim();
    }

    private static Map<String, String> loadGlossary() {
        record Entry(String abbreviation, String expansion) {
        }
        try (InputStream in = ContentKey.class.getResourceAsStream("/io/github/reformplan/data/glossary.yaml")) {
            List<Entry> entries = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Entry>>() { });
            Map<String, String> map = new LinkedHashMap<>();
            for (Entry e : entries) {
                map.put(VietnameseText.foldKey(e.abbreviation()), VietnameseText.foldKey(e.expansion()));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
