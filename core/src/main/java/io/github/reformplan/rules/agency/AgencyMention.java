package io.github.reformplan.rules.agency;

import io.github.reformplan.agency.AgencyMatch;
import io.github.reformplan.agency.NamePart;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Responsibility;
import io.github.reformplan.model.Task;
import io.github.reformplan.text.VietnameseText;
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
 */
public record AgencyMention(JsonPointer pointer, String item, NamePart part, Optional<AgencyMatch> match, Role role,
        Task task, Responsibility owner) {

    public enum Role { LEAD, SUPPORT, OWNER }

    /** The name as the registry looked it up. */
    public String name() {
        return part.name();
    }

    /** Same agency, same identity: the registry id when known, else the normalised text. */
    public String identity() {
        return match.map(m -> m.agency().id()).orElseGet(() -> "?" + VietnameseText.matchKey(part.name()));
    }
}
