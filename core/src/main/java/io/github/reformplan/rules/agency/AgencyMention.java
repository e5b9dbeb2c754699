package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.AgencyMatch;
import io.github.reformplan.agency.NamePart;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Task;
import io.github.reformplan.text.VietnameseText;
import java.util.List;
import java.util.Optional;

/**
 * One agency named in a plan: in a task's lead or support list, or as a responsibility's owner.
 * A list item may name several agencies ("Văn phòng UBND tỉnh, Sở KH&amp;CN"); each is a mention.
 *
 * @param pointer the list item (or responsibility agency) that holds the name
 * @param item    the whole text of that item
 * @param part    where in the item the name stands
 * @param match   what the registry knows of the name
 * @param task    the task, for lead and support mentions
 * @param owner   the responsibility, for owner mentions
 * @param split   the items a YAML flow list split the name over, when it did (else empty)
 */
public record AgencyMention(JsonPointer pointer, String item, NamePart part, Optional<AgencyMatch> match, Role role,
        Task task, Responsibility owner, List<JsonPointer> split) {

    public enum Role { LEAD, SUPPORT, OWNER }

    public AgencyMention {
        split = List.copyOf(split);
    }

    /** A mention that one list item holds. */
    public AgencyMention(JsonPointer pointer, String item, NamePart part, Optional<AgencyMatch> match, Role role,
            Task task, Responsibility owner) {
        this(pointer, item, part, match, role, task, owner, List.of());
    }

    /**
     * Whether a YAML flow list split the name over several items ({@code lead: [Các phòng, đơn vị thuộc UBND
     * xã]}): then {@link #split()} holds the items' pointers, {@link #item()} their texts joined with ", ".
     */
    public boolean isSplit() {
        return !split.isEmpty();
    }

    /** The name as the registry looked it up. */
    public String name() {
        return part.name();
    }

    /** Same agency, same identity: the registry id when known, else the normalised text. */
    public String identity() {
        return match.map(m -> m.agency().id()).orElseGet(() -> "?" + VietnameseText.matchKey(part.name()));
    }
}
