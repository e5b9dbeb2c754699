package io.github.reformplan.metric;

import io.github.reformplan.model.Quantity.Unit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A quantity that plan targets state, such as the on-time dossier rate.
 *
 * @param id      stable identifier, {@code [a-z0-9-]+}; plan files ({@code targets[].metric}) and floors refer to it
 * @param nameEn  English name
 * @param nameVi  Vietnamese name, as a plan would write it
 * @param unit    the unit targets of this metric are stated in
 * @param area    the reform area it belongs to ({@code procedures}, {@code digital-government}, ...), or null
 * @param wording how plans name it: alternatives, each a list of keywords that must all occur; a keyword
 *                may hold alternatives ({@code a|b}) and a short gap ({@code a ... b}); matched on
 *                {@link io.github.reformplan.text.VietnameseText#foldKey(String)}
 */
public record Metric(String id, String nameEn, String nameVi, Unit unit, String area, List<List<String>> wording) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public Metric {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Metric id must match [a-z0-9-]+: " + id);
        }
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(wording, "wording");
        if (wording.isEmpty() || wording.stream().anyMatch(w -> w == null || w.isEmpty()
                || w.stream().anyMatch(k -> k == null || k.isBlank()))) {
            throw new IllegalArgumentException("Metric " + id + " needs wording: non-empty lists of non-blank keywords");
        }
        wording = wording.stream().map(List::copyOf).toList();
    }
}
