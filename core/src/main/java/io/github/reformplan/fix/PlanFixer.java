package io.github.reformplan.fix;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.Suggestion.PatchOperation;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.OutputException;
import io.github.reformplan.report.ReportFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies the mechanical fixes that findings carry (their suggestion's JSON Patch) to YAML and JSON
 * plan files, in place, keeping every byte that is not part of a fixed value. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PlanFixer fixer = new PlanFixer(PlanValidator.builder().build());
 * for (PlanFixer.FileFix f : fixer.fix(List.of(Path.of("plans")), true)) {   // dry run
 *     System.out.print(f.diff());
 *     f.skipped().forEach(s -> System.out.println(f.file() + ": " + s.message(Locale.ENGLISH)));
 * }
 * }</pre>
 *
 * <p>The files are validated together (rules across files see them all); each file's findings with
 * a non-empty patch that the {@link FixSelection} selects (by default: at {@code warning} or above) are
 * applied with {@link SourcePatcher}, one patch per finding, in the findings'
 * order (line, column, rule). A fix that another fix already changed the value of is skipped as a
 * conflict: running {@code fix} again applies it to the new text. A file is written only when its
 * text changed, with {@link ReportFiles#writeAtomically} (a temporary file in the same directory moved
 * over it, keeping its mode, owner and group; rewritten in place when it has several hard links), so
 * that a reader never sees half a file; and not at all if it changed on disk since it was read, or if
 * it is read-only (no write permission bit, even for root).
 *
 * <p>A file that cannot be fixed says why: its {@code parse} finding ({@link FileFix#problems()}), or
 * a skip for the whole file ({@link Skip#finding()} {@code null}: read-only, changed, not writable).
 */
public final class PlanFixer {

    private static final String PARSE = "parse";

    private final PlanValidator validator;
    private final SourcePatcher patcher;

    public PlanFixer(PlanValidator validator) {
        this.validator = Objects.requireNonNull(validator);
        this.patcher = new SourcePatcher(validator.config().limits());
    }

    /**
     * What fixing one file did.
     *
     * @param file    the file
     * @param fixed   the findings whose fix was applied, with the values replaced
     * @param skipped the findings whose fix was not applied, and why
     * @param diff    unified diff of the change ({@code ""} when the file is unchanged)
     * @param written  whether the file was written (never on a dry run)
     * @param problems the findings that keep the file from being fixed at all: its {@code parse} finding
     */
    public record FileFix(Path file, List<Fixed> fixed, List<Skip> skipped, String diff, boolean written,
                          List<Finding> problems) {
        public FileFix {
            fixed = List.copyOf(fixed);
            skipped = List.copyOf(skipped);
            problems = List.copyOf(problems);
        }

        /** A file without problems. */
        public FileFix(Path file, List<Fixed> fixed, List<Skip> skipped, String diff, boolean written) {
            this(file, fixed, skipped, diff, written, List.of());
        }

        /** Whether every fix the file's findings carry was applied (or none was needed): nothing left undone. */
        public boolean complete() {
            return problems.isEmpty() && skipped.isEmpty();
        }

        /**
         * Every value replaced, once each, in the order written: where (line and column of the new value), the
         * old value and the new one. Findings that carry the same patch share their changes.
         */
        public List<PatchResult.Applied> changes() {
            return fixed.stream().flatMap(f -> f.changes().stream()).distinct().toList();
        }

        /** Whether fixing changes the file's text (on a dry run: would change it). */
        public boolean changed() {
            return !diff.isEmpty();
        }
    }

    /** A finding whose fix was applied. */
    public record Fixed(Finding finding, List<PatchResult.Applied> changes) {
        public Fixed {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A finding whose fix was not applied ({@code finding} is {@code null} when the whole file is at
     * fault); {@code reason} is a {@code fix.*} message key.
     */
    public record Skip(Finding finding, String path, String reason, List<Object> args) {
        public Skip {
            args = List.copyOf(args);
        }

        public String message(Locale locale) {
            return Messages.format(locale, reason, args);
        }
    }

    /**
     * Validates and fixes the files and directories (searched recursively), or only says what would change,
     * applying the fixes of findings at {@code warning} or above ({@link FixSelection#DEFAULT}).
     */
    public List<FileFix> fix(List<Path> paths, boolean dryRun) {
        return fix(paths, dryRun, FixSelection.DEFAULT);
    }

    /**
     * Validates and fixes the files and directories (searched recursively), or only says what would change,
     * applying the fixes of the findings {@code selection} selects. A finding's fix covers every place it
     * lists (its location and its {@linkplain Finding#related() related} places).
     */
    public List<FileFix> fix(List<Path> paths, boolean dryRun, FixSelection selection) {
        Objects.requireNonNull(selection, "selection");
        List<Path> files = PlanFiles.expand(paths);
        List<byte[]> contents = new ArrayList<>();
        List<PlanSource> sources = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = null;
            try {
                // Only a regular file is read here; anything else is the validator's to report.
                if (Files.isRegularFile(file) && Files.size(file) <= validator.config().limits().maxBytes()) {
                    bytes = Files.readAllBytes(file);
                }
            } catch (IOException e) {
                bytes = null;
            }
            contents.add(bytes);
            // An unreadable file is validated as a file, so that its problem is the validator's to report.
            sources.add(bytes == null ? PlanSource.of(file) : PlanSource.of(file.toString(), bytes));
        }
        ValidationResult result = validator.validateSources(sources);
        List<FileFix> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            // One file by two names (a hard or symbolic link given twice) is fixed once, under its first name.
            Object identity = identity(files.get(i));
            out.add(identity != null && !seen.add(identity) ? new FileFix(files.get(i), List.of(), List.of(), "", false)
                    : fixFile(files.get(i), sources.get(i), contents.get(i), result.files().get(i).findings(), dryRun,
                            selection));
        }
        return out;
    }

    /** The file's key (device and inode), else its real path; {@code null} when it cannot be known. */
    private static Object identity(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private FileFix fixFile(Path file, PlanSource source, byte[] bytes, List<Finding> findings, boolean dryRun,
            FixSelection selection) {
        List<Finding> problems = findings.stream().filter(f -> f.rule().equals(PARSE)).toList();
        if (!problems.isEmpty()) {
            return new FileFix(file, List.of(), List.of(), "", false, problems);
        }
        if (bytes == null) {
            return wholeFile(file, "fix.not-read", List.of());
        }
        // One patch per distinct fix; findings carrying the very same patch share its outcome.
        Map<List<PatchOperation>, List<Finding>> patches = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.suggestion() != null && !f.suggestion().patch().isEmpty() && selection.selects(f)) {
                patches.computeIfAbsent(f.suggestion().patch(), p -> new ArrayList<>()).add(f);
            }
        }
        if (patches.isEmpty()) {
            return new FileFix(file, List.of(), List.of(), "", false);
        }
        List<List<Finding>> owners = new ArrayList<>(patches.values());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return wholeFile(file, "fix.unreadable", List.of());
        }
        PatchResult r = patcher.applyAll(text, source.isJson(bytes), new ArrayList<>(patches.keySet()));
        List<Fixed> fixed = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (int p = 0; p < owners.size(); p++) {
            int index = p;
            List<PatchResult.Applied> changes = r.applied().stream().filter(a -> a.patch() == index).toList();
            PatchResult.Skipped why = r.skipped().stream().filter(s -> s.patch() == index).findFirst().orElse(null);
            for (Finding f : owners.get(p)) {
                if (why != null) {
                    skipped.add(new Skip(f, why.path(), why.reason(), why.args()));
                } else if (!changes.isEmpty()) {
                    fixed.add(new Fixed(f, changes));
                }
            }
        }
        if (r.text().equals(text)) {
            return new FileFix(file, fixed, skipped, "", false);
        }
        String diff = UnifiedDiff.between(file.toString(), file.toString(), text, r.text());
        if (dryRun) {
            return new FileFix(file, fixed, skipped, diff, false);
        }
        try {
            if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
                return wholeFile(file, "fix.file-changed", List.of());
            }
            ReportFiles.writeAtomically(file, out -> out.write(r.text()));
        } catch (OutputException e) {
            return wholeFile(file, e.key(), e.args());
        } catch (IOException e) {
            return wholeFile(file, "fix.io", List.of(String.valueOf(e.getMessage())));
        }
        return new FileFix(file, fixed, skipped, diff, true);
    }

    /** Nothing applied, for a reason that concerns the whole file. */
    private static FileFix wholeFile(Path file, String reason, List<Object> args) {
        return new FileFix(file, List.of(), List.of(new Skip(null, "", reason, args)), "", false);
    }
}
