package io.github.reformplan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reformplan.Reformplan;
import io.github.reformplan.engine.Finding;
import io.github.reformplan.engine.Location;
import io.github.reformplan.model.SourceRegion;
import io.github.reformplan.engine.ValidationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The stable JSON report of SPEC §5: {@code tool}, {@code files[].findings[]} with rule, severity,
 * message, pointer, line, column and suggestion, and a {@code summary}.
 */
public final class JsonReport implements ReportWriter {

    // A mapper's factory, so that writers can hand any JSON-like value (a patch value) to writeObject.
    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    /** Writes one pretty-printed JSON document and a line break, leaving {@code out} open. */
    static void writeDocument(Writer out, JsonBody body) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            body.write(g);
        }
        out.write(System.lineSeparator());
    }

    /** What goes into a JSON document. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    @Override
    public String format() {
        return "json";
    }

    /**
     * {@code pointer}, {@code line}, {@code column} and {@code cell}: line and column for text files
     * ({@code 0} for the file as a whole), {@code null} for office documents, where {@code cell} says
     * where instead, with a {@code ref} in the reader's language (SPEC §5).
     */
    static void writePlace(JsonGenerator g, Location l, Locale locale) throws IOException {
        g.writeStringField("pointer", l.pointer().toString());
        if (l.inDocument()) {
            g.writeNullField("line");
            g.writeNullField("column");
        } else {
            g.writeNumberField("line", l.line());
            g.writeNumberField("column", l.column());
        }
        g.writeFieldName("cell");
        SourceRegion r = l.region();
        if (r instanceof SourceRegion.TableCell c) {
            g.writeStartObject();
            g.writeNumberField("table", c.table());
            g.writeNumberField("row", c.row());
            g.writeNumberField("column", c.column());
            g.writeStringField("header", c.header());
        } else if (r instanceof SourceRegion.SheetCell c) {
            g.writeStartObject();
            g.writeStringField("sheet", c.sheet());
            g.writeNumberField("row", c.row());
            g.writeNumberField("column", c.column());
            g.writeStringField("header", c.header());
        } else if (r instanceof SourceRegion.Paragraph p) {
            g.writeStartObject();
            g.writeNumberField("paragraph", p.number());
            g.writeStringField("part", p.part());
        } else {
            g.writeNull();
            return;
        }
        g.writeStringField("ref", r instanceof SourceRegion.SheetCell c ? c.reference() : Location.reference(r, locale));
        g.writeEndObject();
    }

    @Override
    public void write(ValidationResult result, Locale locale, Writer out) throws IOException {
        writeDocument(out, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", Reformplan.NAME);
            g.writeStringField("version", Reformplan.version());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (ValidationResult.FileResult file : result.files()) {
                g.writeStartObject();
                g.writeStringField("path", file.path());
                g.writeStringField("plan", file.planId());
                g.writeArrayFieldStart("findings");
                for (Finding f : file.findings()) {
                    g.writeStartObject();
                    g.writeStringField("rule", f.rule());
                    g.writeStringField("severity", f.severity().id());
                    g.writeStringField("message", f.message(locale));
                    writePlace(g, f.location(), locale);
                    g.writeStringField("suggestion", f.suggestion() == null ? null : f.suggestion().text());
                    g.writeArrayFieldStart("related");
                    for (Location l : f.related()) {
                        g.writeStartObject();
                        writePlace(g, l, locale);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            Summary s = Summary.of(result);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.files());
            g.writeNumberField("errors", s.errors());
            g.writeNumberField("warnings", s.warnings());
            g.writeNumberField("infos", s.infos());
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
