package io.github.reformplan.fix;

import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.engine.PlanFiles;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.Suggestion.PatchOperation;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.ReportFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
 * a non-empty patch are applied with {@link SourcePatcher}, one patch per finding, in the findings'
 * order (line, column, rule). A fix that another fix already changed the value of is skipped as a
 * conflict: running {@code fix} again applies it to the new text. A file is written only when its
 * text changed, through a temporary file in the same directory moved over it, so that a reader never
 * sees half a file; and not at all if it changed on disk since it was read.
 */
public final class PlanFixer {

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
     * @param written whether the file was written (never on a dry run)
     */
    public record FileFix(Path file, List<Fixed> fixed, List<Skip> skipped, String diff, boolean written) {
        public FileFix {
            fixed = List.copyOf(fixed);
            skipped = List.copyOf(skipped);
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

    /** Validates and fixes the files and directories (searched recursively), or only says what would change. */
    public List<FileFix> fix(List<Path> paths, boolean dryRun) {
        List<Path> files = PlanFiles.expand(paths);
        List<byte[]> contents = new ArrayList<>();
        List<PlanSource> sources = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                bytes = null;
            }
            contents.add(bytes);
            // An unreadable file is validated as a file, so that its problem is the validator's to report.
            sources.add(bytes == null ? PlanSource.of(file) : PlanSource.of(file.toString(), bytes));
        }
        ValidationResult result = validator.validateSources(sources);
        List<FileFix> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            out.add(fixFile(files.get(i), sources.get(i), contents.get(i), result.files().get(i).findings(), dryRun));
        }
        return out;
    }

    private FileFix fixFile(Path file, PlanSource source, byte[] bytes, List<Finding> findings, boolean dryRun) {
        // One patch per distinct fix; findings carrying the very same patch share its outcome.
        Map<List<PatchOperation>, List<Finding>> patches = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.suggestion() != null && !f.suggestion().patch().isEmpty()) {
                patches.computeIfAbsent(f.suggestion().patch(), p -> new ArrayList<>()).add(f);
            }
        }
        if (patches.isEmpty() || bytes == null) {
            return new FileFix(file, List.of(), List.of(), "", false);
        }
        List<List<Finding>> owners = new ArrayList<>(patches.values());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return skipAll(file, owners, "fix.unreadable", List.of());
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
                return skipAll(file, owners, "fix.file-changed", List.of());
            }
            ReportFiles.writeAtomically(file, out -> out.write(r.text()));
        } catch (IOException e) {
            return skipAll(file, owners, "fix.io", List.of(String.valueOf(e.getMessage())));
        }
        return new FileFix(file, fixed, skipped, diff, true);
    }

    private static FileFix skipAll(Path file, List<List<Finding>> owners, String reason, List<Object> args) {
        List<Skip> skipped = owners.stream().flatMap(List::stream).map(f -> new Skip(f, "", reason, args)).toList();
        return new FileFix(file, List.of(), skipped, "", false);
    }
}
