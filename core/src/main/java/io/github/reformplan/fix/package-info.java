/**
 * Applying the mechanical fixes that findings carry as RFC 6902 JSON Patches to YAML and JSON files
 * without re-serialising them: comments, layout, quoting, line endings and every byte outside a
 * fixed value stay as written.
 *
 * <p>{@link io.github.reformplan.fix.SourcePatcher} splices patches into a source text;
 * {@link io.github.reformplan.fix.PlanFixer} validates files, applies their findings' patches and
 * writes the files back atomically (or, on a dry run, returns a
 * {@link io.github.reformplan.fix.UnifiedDiff} of what would change).
 */
package io.github.reformplan.fix;
