package io.github.reformplan.cli.serve;

import io.github.reformplan.read.PlanFormat;
import io.github.reformplan.read.PlanFormats;
import io.github.reformplan.read.PlanSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans a request carries, read into memory and never written anywhere: the parts of a
 * {@code multipart/form-data} body that are files, or the whole body under the name {@code ?name=} gives.
 * A body over the limit is refused (413) before or while it is read, a file of a type no installed reader
 * takes is refused (415), and a body that holds no file, or a part that is not one, is a bad request (400).
 */
final class Uploads {

    /** A file of the request, with the name it was sent under. */
    record Upload(String name, byte[] content) {
        PlanSource source() {
            return PlanSource.of(name, content);
        }
    }

    private static final List<String> TEXT = List.of(".yaml", ".yml", ".json");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:^|;)\\s*boundary\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    private Uploads() {
    }

    /** The file name endings the server reads: YAML, JSON, and every installed format's (Word, Excel). */
    static Set<String> accepted() {
        Set<String> out = new LinkedHashSet<>(TEXT);
        for (PlanFormat f : PlanFormats.installed()) {
            out.addAll(f.extensions());
        }
        return out;
    }

    /**
     * Reads at most {@code limit} bytes of the body: a declared length over the limit is refused unread,
     * and a body that runs past it (chunked, or lying about its length) as soon as it does.
     */
    static byte[] body(InputStream in, String contentLength, int limit, int limitMegabytes) throws IOException, ApiError {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.trim()) > limit) {
                    throw ApiError.of(413, "error.too-large", String.valueOf(limitMegabytes));
                }
            } catch (NumberFormatException e) {
                // the JDK's server refuses such a request before it reaches a handler
            }
        }
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw ApiError.of(413, "error.too-large", String.valueOf(limitMegabytes));
        }
        return body;
    }

    /**
     * The files of a request body.
     *
     * @param contentType the request's {@code Content-Type}, or {@code null}
     * @param rawName     the {@code name} parameter, for a body that is the file itself
     */
    static List<Upload> files(String contentType, String rawName, byte[] body) throws ApiError {
        boolean multipart = contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        List<Upload> out;
        if (multipart) {
            Matcher m = BOUNDARY.matcher(contentType.substring(contentType.indexOf(';') + 1));
            if (!m.find()) {
                throw ApiError.of(400, "error.multipart-boundary");
            }
            String boundary = m.group(1) != null ? m.group(1) : m.group(2);
            if (boundary.isEmpty() || boundary.length() > 200) {
                throw ApiError.of(400, "error.multipart-boundary");
            }
            out = parts(body, boundary);
        } else {
            if (rawName == null || rawName.isBlank()) {
                throw ApiError.of(400, body.length == 0 ? "error.no-file" : "error.name-missing");
            }
            out = List.of(new Upload(rawName, body));
        }
        if (out.isEmpty()) {
            throw ApiError.of(400, "error.no-file");
        }
        Set<String> accepted = accepted();
        for (Upload u : out) {
            String lower = u.name().toLowerCase(Locale.ROOT);
            if (accepted.stream().noneMatch(lower::endsWith)) {
                throw ApiError.of(415, "error.unsupported-type", u.name(), String.join(", ", accepted));
            }
        }
        return out;
    }

    /** The file parts of a multipart body (RFC 7578); an empty file input (no name, no content) is skipped. */
    private static List<Upload> parts(byte[] body, String boundary) throws ApiError {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw ApiError.of(400, "error.multipart-malformed");
        }
        List<Upload> out = new ArrayList<>();
        int pos = at + delimiter.length;
        while (true) {
            if (startsWith(body, pos, "--")) {
                return out; // the closing delimiter
            }
            pos = skipLine(body, pos);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            if (pos < 0 || headersEnd < 0) {
                throw ApiError.of(400, "error.multipart-malformed");
            }
            String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int end = indexOf(body, next, contentStart);
            if (end < 0) {
                throw ApiError.of(400, "error.multipart-malformed");
            }
            Disposition d = Disposition.of(headers);
            if (d.filename() == null) {
                throw ApiError.of(400, "error.part-not-file", d.name() == null ? "?" : d.name());
            }
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, end);
            if (!d.filename().isEmpty() || content.length > 0) {
                out.add(new Upload(d.filename(), content));
            }
            pos = end + next.length;
        }
    }

    /** The field name and file name of a part's {@code Content-Disposition}. */
    private record Disposition(String name, String filename) {

        private static final Pattern PARAM = Pattern.compile(
                "(?i);\\s*(name|filename)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

        static Disposition of(String headers) {
            String name = null;
            String filename = null;
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0 || !line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                    continue;
                }
                Matcher m = PARAM.matcher(line.substring(colon + 1));
                while (m.find()) {
                    String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
                    // Browsers write a quote in a file name as %22 (HTML's form encoding)
                    value = value.replace("%22", "\"");
                    if (m.group(1).equalsIgnoreCase("name")) {
                        name = value;
                    } else {
                        filename = value;
                    }
                }
            }
            return new Disposition(name, filename);
        }
    }

    private static int skipLine(byte[] b, int pos) {
        for (int i = pos; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i + 2;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int pos, String s) {
        if (pos + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, byte[] needle, int from) {
        if (from < 0) {
            return -1;
        }
        outer:
        for (int i = from; i <= b.length - needle.length; i++) {
            if (b[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
