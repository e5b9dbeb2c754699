/**
 * What changed between two revisions of a plan, and whether the change weakens it: targets and tasks
 * matched by id (then by content where ids were renumbered), each change a finding of a change check
 * ({@link io.github.reformplan.diff.ChangeCatalogue}) that carries both places, the old and the new.
 * Sits on the reading and the engine, like the rules; reports and the shared run sit on it.
 */
package io.github.reformplan.diff;
