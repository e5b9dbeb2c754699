package io.github.reformplan.read;

import java.util.List;

/**
 * A file format plans are read from besides YAML and JSON, such as Word and Excel documents (module
 * {@code reformplan-office}). Implementations are found with {@link java.util.ServiceLoader}; each
 * turns a file into the same document tree a YAML plan gives, with a {@link SourceMap} from every
 * JSON Pointer of that tree to the cell or paragraph it came from, so that the schema, the rules and
 * the reports work unchanged. Implementations are immutable and thread-safe.
 */
public interface PlanFormat {

    /** The format's short name, as {@code --stdin-format} takes it: {@code docx}, {@code xlsx}. */
    String name();

    /** The file name endings it reads, in lower case with the dot: {@code .docx}. */
    List<String> extensions();

    /**
     * Reads a document. Never throws for a bad file: every way it can be unreadable (corrupt, encrypted,
     * too large, no task table) is a {@link DocumentReader.Unreadable} with a {@code parse} message
     * variant; what the import had to interpret is in the document's notes.
     */
    DocumentReader.Result read(PlanSource source, ReadLimits limits);
}
