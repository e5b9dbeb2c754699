package io.github.reformplan.office;

import io.github.reformplan.model.ReformArea;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers of the office readers: accent folding, reform areas named in titles, numbering. */
final class OfficeText {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A number at the start of a text: {@code 2.26. Xây dựng}, {@code 1.1 Tỷ lệ}, {@code 3.} */
    static final Pattern LEADING_ID = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)+|\\d+)\\.?(?:\\s+|$)");

    /** Keywords of each reform area, in accent-folded lower case. */
    private static final List<Object[]> AREA_WORDS = List.of(
            new Object[] {ReformArea.INSTITUTIONS, List.of("the che")},
            new Object[] {ReformArea.PROCEDURES, List.of("thu tuc hanh chinh", "tthc", "mot cua")},
            new Object[] {ReformArea.ORGANIZATION, List.of("to chuc bo may")},
            new Object[] {ReformArea.CIVIL_SERVICE, List.of("che do cong vu", "cong vu")},
            new Object[] {ReformArea.PUBLIC_FINANCE, List.of("tai chinh cong")},
            new Object[] {ReformArea.DIGITAL_GOVERNMENT,
                    List.of("chinh quyen dien tu", "chinh quyen so", "chuyen doi so", "iso 9001")},
            new Object[] {ReformArea.DIRECTION,
                    List.of("chi dao, dieu hanh", "chi dao dieu hanh", "chi dao", "dieu hanh", "tuyen truyen")});

    private OfficeText() {
    }

    /** Lower case, no accents, {@code đ} as {@code d}, spaces collapsed: for comparing wordings. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The areas a text names, in the order it names them (each once). */
    static List<ReformArea> areas(String text) {
        String f = fold(text);
        java.util.TreeMap<Integer, ReformArea> found = new java.util.TreeMap<>();
        java.util.Set<ReformArea> seen = java.util.EnumSet.noneOf(ReformArea.class);
        for (Object[] entry : AREA_WORDS) {
            ReformArea area = (ReformArea) entry[0];
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) entry[1];
            for (String w : words) {
                int at = f.indexOf(w);
                if (at >= 0 && !seen.contains(area)) {
                    // "cải cách tổ chức bộ máy hành chính" does not also name procedures
                    if (area == ReformArea.CIVIL_SERVICE && f.contains("che do cong vu") && !w.equals("che do cong vu")) {
                        continue;
                    }
                    found.putIfAbsent(at, area);
                    seen.add(area);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The first area a text names. */
    static Optional<ReformArea> area(String text) {
        List<ReformArea> all = areas(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The leading number of a text ({@code 2.26}), or null. */
    static String leadingId(String text) {
        Matcher m = LEADING_ID.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The text after its leading number. */
    static String afterId(String text) {
        Matcher m = LEADING_ID.matcher(text);
        return m.find() ? text.substring(m.end()).trim() : text.trim();
    }

    /** {@code TỈNH HÀ TĨNH} as {@code tỉnh Hà Tĩnh}: the first word in lower case, the others capitalised. */
    static String placeCase(String upper) {
        String[] words = upper.trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(VI);
            if (i > 0) {
                out.append(' ');
                w = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(VI) + w.substring(1);
            }
            out.append(w);
        }
        return out.toString();
    }

    /** A file name as a plan id: {@code Kế hoạch 2026.docx} → {@code ke-hoach-2026}. */
    static String slug(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String s = fold(base).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "plan" : s;
    }

    /** Whether a text has letters and all of them are capitals. */
    static boolean isUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
