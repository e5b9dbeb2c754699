package io.github.reformplan.rules.structure;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reformplan.engine.FindingSink;
import io.github.reformplan.engine.InputContext;
import io.github.reformplan.engine.InputRule;
import io.github.reformplan.engine.RuleInfo;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.read.DocumentReader;
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

    @Override
    public void check(InputContext input, FindingSink sink) {
        if (input.read() instanceof DocumentReader.Document doc) {
            walk(doc.root(), JsonPointer.ROOT, sink);
        }
    }

    private static void walk(JsonNode node, JsonPointer at, FindingSink sink) {
        if (node.isTextual()) {
            String value = node.textValue().strip();
            find(value).ifPresent(p -> sink.at(at).variant(p.equals(value) ? "whole" : null).args(value, p).report());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), at.append(e.getKey()), sink);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at.append(i), sink);
            }
        }
    }

    /** The first placeholder in a text, as written ({@code ...}, {@code <tên cơ quan>}), if it holds one. */
    public static Optional<String> find(String text) {
        boolean dots = text.contains("...") || text.indexOf('…') >= 0;
        if (!dots && text.indexOf('<') < 0) {
            return Optional.empty(); // the common case, in one scan (a 16 MB value costs milliseconds)
        }
        Matcher angled = ANGLED.matcher(text);
        while (angled.find()) {
            String inside = angled.group(1);
            boolean describes = inside.contains("...") || inside.contains("…") || inside.matches(".*\\s.*")
                    || !inside.matches("\\p{ASCII}*");
            if (describes && !Character.isWhitespace(inside.charAt(inside.length() - 1))) {
                return Optional.of(angled.group());
            }
        }
        if (!dots) {
            return Optional.empty();
        }
        Matcher ellipsis = ELLIPSIS.matcher(text.strip());
        return ellipsis.find() ? Optional.of(ellipsis.group()) : Optional.empty();
    }
}
