package io.github.reformplan.fix;

import io.github.reformplan.engine.Messages;
import java.util.List;
import java.util.Locale;

/**
 * What {@link SourcePatcher} made of a list of patches: the new text, the replacements it made and
 * the patches it left out, with why.
 *
 * @param text    the source with the applied patches spliced in; the very input when nothing applied
 * @param applied one entry per {@code replace} written, in the order of the patches
 * @param skipped one entry per patch left out (a patch applies whole or not at all)
 */
public record PatchResult(String text, List<Applied> applied, List<Skipped> skipped) {

    public PatchResult {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
    }

    /**
     * One value replaced.
     *
     * @param patch    index of the patch (in the list given to {@link SourcePatcher#applyAll}) it belongs to
     * @param path     the JSON Pointer replaced
     * @param oldValue the value that was there, as text ({@code null} for a YAML/JSON null)
     * @param newValue the value written
     * @param line     1-based line of the new value in the text as it stood when the patch applied
     *                 (the line of the original file unless an earlier patch changed the number of lines)
     * @param column   1-based column (in code points; a byte order mark does not count)
     */
    public record Applied(int patch, String path, String oldValue, String newValue, int line, int column) {
    }

    /**
     * One patch left out, with the operation that stopped it.
     *
     * @param patch  index of the patch
     * @param path   the path of the operation that could not be applied ({@code ""} when the whole text is at fault)
     * @param reason message key ({@code fix.*}), in the core message bundles
     * @param args   the message's arguments
     */
    public record Skipped(int patch, String path, String reason, List<Object> args) {

        public Skipped {
            args = List.copyOf(args);
        }

        public String message(Locale locale) {
            return Messages.format(locale, reason, args);
        }
    }
}
