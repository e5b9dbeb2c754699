package io.github.reformplan.cli.serve;

import io.github.reformplan.engine.RuleDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's page ({@code GET /rules/<id>?lang=vi|en}): the Markdown of {@code docs/rules} that ships in the
 * core jar ({@link RuleDocs}), rendered as one self-contained HTML page. The renderer knows what the pages
 * use: headings, paragraphs, fenced code, lists, tables, inline code, bold, italics and links. A link to
 * another rule's page becomes a link to that page on this server (in the language the link names); other
 * relative links, to files of the repository, are kept as text.
 */
final class RulePages {

    private static final Pattern RULE_LINK = Pattern.compile("(\\.\\./|vi/)?([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern INLINE = Pattern.compile(
            "`([^`]+)`|\\*\\*(.+?)\\*\\*|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2328;line-height:1.5}
            nav{display:flex;gap:1rem;margin-bottom:1rem}nav a{color:#0969da}
            pre{background:#f6f8fa;padding:.8rem;overflow:auto;border-radius:6px}code{font-size:.9em}
            table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left}
            """;

    private RulePages() {
    }

    /** The rule's page in the reader's language, or empty when no installed rule has that id. */
    static Optional<String> page(String id, Locale locale) {
        return RuleDocs.page(id, locale).map(markdown -> render(id, markdown, locale));
    }

    static String render(String id, String markdown, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        String lang = vi ? "vi" : "en";
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(id)).append(" · reformplan</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<nav><a href=\"/\">").append(vi ? "← Kiểm tra kế hoạch" : "← Check a plan").append("</a>")
                .append("<a href=\"/rules/").append(esc(id)).append("?lang=").append(vi ? "en" : "vi").append("\" hreflang=\"")
                .append(vi ? "en" : "vi").append("\">").append(vi ? "English" : "Tiếng Việt").append("</a></nav>\n<main>\n");
        body(markdown, lang, out);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void body(String markdown, String lang, StringBuilder out) {
        List<String> lines = List.of(markdown.replace("\r\n", "\n").split("\n", -1));
        List<String> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.trim();
            if (trimmed.startsWith("```")) {
                flush(paragraph, lang, out);
                String info = trimmed.substring(3).trim();
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).trim().startsWith("```")) {
                    code.append(lines.get(i)).append('\n');
                    i++;
                }
                out.append("<pre><code").append(info.isEmpty() ? "" : " class=\"language-" + esc(info) + "\"").append('>')
                        .append(esc(code.toString())).append("</code></pre>\n");
                i++;
                continue;
            }
            Matcher heading = Pattern.compile("^(#{1,6})\\s+(.*)$").matcher(trimmed);
            if (heading.matches()) {
                flush(paragraph, lang, out);
                int level = heading.group(1).length();
                out.append("<h").append(level).append('>').append(inline(heading.group(2), lang)).append("</h").append(level)
                        .append(">\n");
                i++;
                continue;
            }
            if (trimmed.startsWith("|")) {
                flush(paragraph, lang, out);
                List<String> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).trim().startsWith("|")) {
                    rows.add(lines.get(i).trim());
                    i++;
                }
                table(rows, lang, out);
                continue;
            }
            if (trimmed.matches("^([-*]|\\d+\\.)\\s+.*")) {
                flush(paragraph, lang, out);
                boolean ordered = Character.isDigit(trimmed.charAt(0));
                out.append(ordered ? "<ol>\n" : "<ul>\n");
                StringBuilder item = null;
                while (i < lines.size()) {
                    String l = lines.get(i);
                    String t = l.trim();
                    if (t.matches("^([-*]|\\d+\\.)\\s+.*") && !l.startsWith("    ")) {
                        if (item != null) {
                            out.append("<li>").append(inline(item.toString(), lang)).append("</li>\n");
                        }
                        item = new StringBuilder(t.replaceFirst("^([-*]|\\d+\\.)\\s+", ""));
                    } else if (!t.isEmpty() && l.startsWith(" ") && item != null) {
                        item.append(' ').append(t);
                    } else {
                        break;
                    }
                    i++;
                }
                if (item != null) {
                    out.append("<li>").append(inline(item.toString(), lang)).append("</li>\n");
                }
                out.append(ordered ? "</ol>\n" : "</ul>\n");
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(paragraph, lang, out);
            } else {
                paragraph.add(trimmed);
            }
            i++;
        }
        flush(paragraph, lang, out);
    }

    private static void table(List<String> rows, String lang, StringBuilder out) {
        out.append("<table>\n");
        boolean header = rows.size() > 1 && rows.get(1).matches("^\\|?[\\s:|-]+\\|?$");
        for (int r = 0; r < rows.size(); r++) {
            if (header && r == 1) {
                continue;
            }
            String row = rows.get(r);
            row = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
            String cell = header && r == 0 ? "th" : "td";
            out.append("<tr>");
            for (String c : row.split("(?<!\\\\)\\|", -1)) {
                out.append('<').append(cell).append('>').append(inline(c.trim(), lang)).append("</").append(cell).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static void flush(List<String> paragraph, String lang, StringBuilder out) {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(inline(String.join(" ", paragraph), lang)).append("</p>\n");
            paragraph.clear();
        }
    }

    /** Inline Markdown of one block, escaped; nothing inside a code span is interpreted. */
    static String inline(String text, String lang) {
        StringBuilder out = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(esc(text.substring(last, m.start())));
            if (m.group(1) != null) {
                out.append("<code>").append(esc(m.group(1))).append("</code>");
            } else if (m.group(2) != null) {
                out.append("<strong>").append(inline(m.group(2), lang)).append("</strong>");
            } else if (m.group(3) != null) {
                String href = href(m.group(4), lang);
                String label = inline(m.group(3), lang);
                out.append(href == null ? label : "<a href=\"" + esc(href) + "\">" + label + "</a>");
            } else {
                out.append("<em>").append(inline(m.group(5), lang)).append("</em>");
            }
            last = m.end();
        }
        return out.append(esc(text.substring(last))).toString();
    }

    /** Where a link of a page leads on this server, or {@code null} when it names a file the server does not show. */
    private static String href(String target, String lang) {
        if (target.startsWith("https://") || target.startsWith("http://")) {
            return target;
        }
        Matcher m = RULE_LINK.matcher(target);
        if (m.matches() && !m.group(2).equalsIgnoreCase("readme")) {
            String to = m.group(1) == null ? lang : m.group(1).equals("vi/") ? "vi" : "en";
            return "/rules/" + m.group(2) + "?lang=" + to;
        }
        return null;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
