package io.github.reformplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A task of the plan's appendix table: what is done, what it yields, who leads (chủ trì), who
 * supports (phối hợp) and by when. Agency lists hold the text as written; a whole pasted cell may
 * be a single item.
 */
public record Task(
        @NotBlank String id,
        @NotNull ReformArea area,
        @NotBlank String title,
        @NotNull List<@NotBlank String> targets,
        @NotNull List<@NotBlank String> activities,
        @NotNull List<@NotBlank String> outputs,
        @NotNull List<@NotBlank String> lead,
        @NotNull List<@NotBlank String> support,
        @Valid Deadline deadline,
        String funding,
        @NotNull Position position) {

    public Task {
        targets = List.copyOf(targets);
        activities = List.copyOf(activities);
        outputs = List.copyOf(outputs);
        lead = List.copyOf(lead);
        support = List.copyOf(support);
    }
}
