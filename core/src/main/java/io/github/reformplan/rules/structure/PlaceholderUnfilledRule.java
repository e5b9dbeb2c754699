package io.github.reformplan.rules.structure;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.InputContext;
import io.github.reformplan.engine.InputRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.text.VietnameseText;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value still holds a placeholder of the kind {@code reformplan init} writes and templates use: an ellipsis
 * standing where a name or number belongs ({@code UBND xã ...}, {@code .../QĐ-UBND}, a value that is only
 * {@code ...}) or a description in angle brackets ({@code <tên cơ quan>}, {@code <...>}). One finding per value,
 * at the value.
 *
 * <p>An ellipsis that ends an enumeration is prose, not a placeholder: real plans write
 * {@code hội nghị…}, {@code chỉ thị...}, {@code uỷ quyền;...}, {@code Sở Tư pháp, ...}, with the ellipsis right
 * after a word or after a comma or semicolon. Only an ellipsis at the start of the value, after a space that
 * follows a word, or after an opening bracket, a quote, a colon or a slash is taken for a placeholder. Angle
 * brackets around a single ASCII word ({@code <li>}, {@code <br>}, left from a pasted web page) or holding
 * markup ({@code =}, {@code "}, {@code /}) or a comparison ({@code <5% và >3%}) are not placeholders either.
 *
 * <p>Every string of the file is checked, whatever its field. The finding stands for everything wrong with that
 * value: the engine drops other rules' findings at or below it (an unknown agency {@code <tên cơ quan>}, an
 * unparsed deadline {@code Quý .../2026}).
 */
@RuleInfo(id = "placeholder-unfilled", severity = Severity.ERROR,
        summary = "A placeholder of the plan skeleton is not filled in")
public final class PlaceholderUnfilledRule implements InputRule {

    /** Three dots or more, or the ellipsis character, where a placeholder stands (see the class comment). */
    private static final Pattern ELLIPSIS =
            Pattern.compile("(?:^|(?<=[\\p{L}\\p{N}\\)]\\s{1,8})|(?<=[(\\[{«\"'“:/]\\s{0,8}))(?:\\.{3,}|…+)");

    /** Text in angle brackets that describes what to write: {@code <tên cơ quan>}, {@code <...>}. */
    private static final Pattern ANGLED = Pattern.compile("<((?:[\\p{L}…]|\\.{3})[^<>=\"/%\\n]{0,60}?)>");

    private static final Pattern SPACE = Pattern.compile(".*\\s.*");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

    @Override
    public void check(InputContext input, FindingSink sink) {
        if (input.read() instanceof DocumentReader.Document doc) {
            walk(doc.root(), JsonPointer.ROOT, sink);
        }
    }

    private static void walk(JsonNode node, JsonPointer at, FindingSink sink) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode child = e.getValue();
                if (child.isTextual()) {
                    text(child.textValue(), at, e.getKey(), -1, sink);
                } else {
                    walk(child, at.append(e.getKey()), sink);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                if (child.isTextual()) {
                    text(child.textValue(), at, null, i, sink);
                } else {
                    walk(child, at.append(i), sink);
                }
            }
        } else if (node.isTextual()) {
            text(node.textValue(), at.parent(), at.isRoot() ? null : at.lastToken(), -1, sink);
        }
    }

    /** A string at {@code parent}'s {@code name} (or {@code index}): its pointer is made only for a finding. */
    private static void text(String raw, JsonPointer parent, String name, int index, FindingSink sink) {
        Optional<String> placeholder = find(raw);
        if (placeholder.isPresent()) {
            String value = raw.strip();
            String p = placeholder.get();
            JsonPointer at = name != null ? parent.append(name) : index >= 0 ? parent.append(index) : parent;
            sink.at(at).variant(p.equals(value) ? "whole" : null).args(value, p).report();
        }
    }

    /** The first placeholder in a text, as written ({@code ...}, {@code <tên cơ quan>}), if it holds one. */
    public static Optional<String> find(String text) {
        // String's own searches are vectorised: three of them beat one loop over the characters
        boolean dots = text.contains("...") || text.indexOf('…') >= 0;
        boolean angle = text.indexOf('<') >= 0;
        if (!dots && !angle) {
            return Optional.empty(); // the common case (a 16 MB value costs milliseconds)
        }
        if (angle) {
            Matcher angled = ANGLED.matcher(text);
            while (angled.find()) {
                String inside = angled.group(1);
                boolean describes = inside.contains("...") || inside.contains("…") || SPACE.matcher(inside).matches()
                        || !ASCII.matcher(inside).matches();
                if (describes && !Character.isWhitespace(inside.charAt(inside.length() - 1))) {
                    return Optional.of(angled.group());
                }
            }
        }
        if (!dots) {
            return Optional.empty();
        }
        return ellipsis(text.strip());
    }

    /**
     * The first {@link #ELLIPSIS} in {@code s}, found from the dots: the pattern's look-behinds, tried at every
     * position, cost more than the rest of the rule.
     */
    static Optional<String> ellipsis(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = i;
            if (c == '.') {
                while (end < s.length() && s.charAt(end) == '.') {
                    end++;
                }
                if (end - i < 3) {
                    i = end - 1;
                    continue;
                }
            } else if (c == '…') {
                while (end < s.length() && s.charAt(end) == '…') {
                    end++;
                }
            } else {
                continue;
            }
            if (placeholderAt(s, i)) {
                return Optional.of(s.substring(i, end));
            }
            i = end - 1; // inside a run the character before is a dot, which never leads a placeholder
        }
        return Optional.empty();
    }

    /** {@link #ELLIPSIS}'s look-behind at {@code i}: the start, a word and 1-8 spaces, or an opener and 0-8 spaces. */
    private static boolean placeholderAt(String s, int i) {
        if (i == 0) {
            return true;
        }
        int spaces = 0;
        int j = i;
        while (j > 0 && isRegexSpace(s.charAt(j - 1))) {
            j--;
            spaces++;
        }
        if (j == 0 || spaces > 8) {
            return false;
        }
        int before = s.codePointBefore(j);
        if (spaces >= 1 && (Character.isLetter(before) || VietnameseText.isNumber(before) || before == ')')) {
            return true;
        }
        return "([{«\"'“:/".indexOf(before) >= 0;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@link #ellipsis} by the pattern: the definition. For tests. */
    static Optional<String> ellipsisByPattern(String s) {
        Matcher ellipsis = ELLIPSIS.matcher(s);
        return ellipsis.find() ? Optional.of(ellipsis.group()) : Optional.empty();
    }
}
