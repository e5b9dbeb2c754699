package io.github.reformplan.cli.serve;

import io.github.reformplan.model.Severity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a validation, as the command line's options: {@code lang=vi|en} ({@code --lang}),
 * {@code failOn=error|warning|info|never} ({@code --fail-on}), {@code rule=ID:SEVERITY}, repeatable
 * ({@code --rule ID=SEVERITY}; {@code ID=SEVERITY} is taken too), {@code format=json|sarif|junit|html|text}
 * ({@code --format}), and {@code name=} for a plan sent as the raw body. A parameter this endpoint does not
 * take, a repeated one or a bad value is a bad request, never ignored.
 *
 * @param language the language asked for, {@code null} for the configuration's or the server's default
 * @param failOn   the least severity that fails the run, {@code null} for never
 * @param rules    rule id to severity, in the order given
 * @param format   a report format of {@code ReportWriters}
 * @param name     the raw body's file name, or {@code null}
 */
record RequestOptions(Locale language, Severity failOn, Map<String, String> rules, String format, String name) {

    static final Set<String> VALIDATE = Set.of("lang", "failOn", "rule", "format", "name");
    /** The page's own view: both languages at once, so no {@code lang}; no report format. */
    static final Set<String> VIEW = Set.of("failOn", "rule", "name");
    private static final List<String> FORMATS = List.of("json", "sarif", "junit", "html", "text");

    static RequestOptions parse(String rawQuery, Set<String> allowed) throws ApiError {
        Map<String, List<String>> params = query(rawQuery);
        for (String key : params.keySet()) {
            if (!allowed.contains(key)) {
                throw allowed.isEmpty() ? ApiError.of(400, "error.parameter-none", key)
                        : ApiError.of(400, "error.parameter-unknown", key, String.join(", ", sorted(allowed)));
            }
            if (!key.equals("rule") && params.get(key).size() > 1) {
                throw ApiError.of(400, "error.parameter-repeated", key);
            }
        }
        Locale language = null;
        String lang = single(params, "lang");
        if (lang != null) {
            if (!lang.equals("vi") && !lang.equals("en")) {
                throw ApiError.of(400, "error.parameter-value", "lang", lang, "vi, en");
            }
            language = Locale.forLanguageTag(lang);
        }
        Severity failOn = Severity.ERROR;
        String fail = single(params, "failOn");
        if (fail != null) {
            if (!List.of("error", "warning", "info", "never").contains(fail)) {
                throw ApiError.of(400, "error.parameter-value", "failOn", fail, "error, warning, info, never");
            }
            failOn = fail.equals("never") ? null : Severity.fromId(fail);
        }
        String format = single(params, "format");
        if (format == null) {
            format = "json";
        } else if (!FORMATS.contains(format)) {
            throw ApiError.of(400, "error.parameter-value", "format", format, String.join(", ", FORMATS));
        }
        Map<String, String> rules = new LinkedHashMap<>();
        for (String rule : params.getOrDefault("rule", List.of())) {
            int sep = rule.indexOf(':') >= 0 ? rule.indexOf(':') : rule.indexOf('=');
            if (sep <= 0 || sep == rule.length() - 1) {
                throw ApiError.of(400, "error.rule-syntax", rule);
            }
            rules.put(rule.substring(0, sep).trim(), rule.substring(sep + 1).trim());
        }
        return new RequestOptions(language, failOn, rules, format, single(params, "name"));
    }

    /** The parameters of a query, decoded as a form encodes them; a malformed escape is a bad request. */
    private static Map<String, List<String>> query(String raw) throws ApiError {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                key = URLDecoder.decode(key, StandardCharsets.UTF_8);
                value = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiError.of(400, "error.query-malformed", pair);
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String single(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null ? null : values.get(0);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
