package io.github.reformplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Messages;
import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Severity;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanFormat;
import io.github.reformplan.read.PlanFormats;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.report.OutputException;
import io.github.reformplan.report.ReportFiles;
import io.github.reformplan.report.TextReport;
import io.github.reformplan.run.RunSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.DumperOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reformplan import}: the plan file a Word or Excel plan imports as, with a comment above each task
 * naming the cell it came from, so that a team can keep its plan in Git from then on.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Writes the plan file (YAML) a Word (.docx) or Excel (.xlsx) plan imports as.",
                "Ghi tệp kế hoạch (YAML) nhập từ kế hoạch Word (.docx) hoặc Excel (.xlsx)."})
final class ImportCommand implements Callable<Integer>, ReformplanCommand.Localised {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ValidatorOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .docx or .xlsx plan")
    Path file;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the plan file to FILE (atomically; never the input) instead of standard output")
    Path output;

    @Override
    public Locale language() {
        return options.language();
    }

    /** Exit code 0 when the plan file was written, 1 when the document cannot be read (its parse finding is printed). */
    @Override
    public Integer call() throws IOException {
        RunSettings.Resolved setup = options.setup(spec.commandLine());
        Locale locale = setup.locale();
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + file);
        }
        Optional<PlanFormat> format = PlanFormats.forName(file.getFileName().toString());
        if (format.isEmpty()) {
            throw new ReformplanCommand.UsageError(Messages.format(locale, "import.not-office", List.of(file.toString())), null);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentReader.Result read = format.get().read(PlanSource.of(file), setup.validator().config().limits());
        if (!(read instanceof DocumentReader.Document doc)) {
            for (Finding f : setup.validator().validate(List.of(file)).files().get(0).findings()) {
                if (f.severity() == Severity.ERROR) {
                    err.println(TextReport.line(f, locale));
                }
            }
            err.flush();
            return 1;
        }
        String yaml = yaml(doc, file.getFileName().toString(), locale);
        if (output == null) {
            out.print(yaml);
            out.flush();
            return 0;
        }
        try {
            new ReportFiles.Batch(List.of(file)).add(output, false, w -> w.write(yaml)).write();
        } catch (OutputException e) {
            throw new ReformplanCommand.UsageError(e.message(locale), e);
        }
        err.println(Messages.format(locale, "import.written", List.of(output.toString(), doc.root().path("tasks").size())));
        err.flush();
        return 0;
    }

    private static YAMLMapper mapper() {
        DumperOptions dumper = new DumperOptions();
        dumper.setWidth(100_000);
        dumper.setSplitLines(false);
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .dumperOptions(dumper)
                .build();
        return new YAMLMapper(factory);
    }

    /** The document as a plan file: each top-level part in order, a comment naming the source cell of each task. */
    static String yaml(DocumentReader.Document doc, String source, Locale locale) throws IOException {
        YAMLMapper mapper = mapper();
        StringBuilder text = new StringBuilder();
        text.append("# ").append(Messages.format(locale, "import.header", List.of(source))).append('\n');
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.root().fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!"tasks".equals(e.getKey())) {
                ObjectNode one = JsonNodeFactory.instance.objectNode();
                one.set(e.getKey(), e.getValue());
                text.append(mapper.writeValueAsString(one));
                continue;
            }
            text.append("tasks:\n");
            ArrayNode tasks = (ArrayNode) e.getValue();
            for (int i = 0; i < tasks.size(); i++) {
                SourceRegion at = doc.index().region(JsonPointer.ROOT.append("tasks").append(i));
                text.append("  # ").append(place(at, locale)).append('\n');
                ArrayNode single = JsonNodeFactory.instance.arrayNode().add(tasks.get(i));
                for (String line : mapper.writeValueAsString(single).split("\n")) {
                    text.append("  ").append(line).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** A place in an office document, as the reports name it. */
    static String place(SourceRegion r, Locale locale) {
        if (r instanceof SourceRegion.TableCell c) {
            return c.header().isEmpty()
                    ? Messages.format(locale, "location.table-cell", List.of(c.table(), c.row(), c.column()))
                    : Messages.format(locale, "location.table-cell-header", List.of(c.table(), c.row(), c.column(), c.header()));
        }
        if (r instanceof SourceRegion.SheetCell s) {
            return Messages.format(locale, "location.sheet-cell-header", List.of(s.reference(), s.header()));
        }
        if (r instanceof SourceRegion.Paragraph p) {
            return Messages.format(locale, "location.paragraph", List.of(p.number()));
        }
        return source(r);
    }

    private static String source(SourceRegion r) {
        return String.valueOf(r);
    }
}
