package io.github.reformplan.model;

import java.util.List;

/**
 * A task's agencies as resolved when the plan was bound ({@link ResolvedAgency}): those of its {@code lead}
 * list and those of its {@code support} list, in the order written.
 *
 * <pre>{@code
 * task.lead();                                        // ["Sở KHCN"], as written
 * task.agencies().lead().get(0).canonicalName();      // "Sở Khoa học và Công nghệ"
 * }</pre>
 */
public record TaskAgencies(List<ResolvedAgency> lead, List<ResolvedAgency> support) {

    public static final TaskAgencies NONE = new TaskAgencies(List.of(), List.of());

    public TaskAgencies {
        lead = List.copyOf(lead);
        support = List.copyOf(support);
    }
}
