package io.github.reformplan.office;

import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanFormat;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import io.github.reformplan.read.ReadProblem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;

/**
 * Word plans ({@code .docx}): the plan as it would print, tracked changes accepted. Found by
 * {@link java.util.ServiceLoader}; immutable and thread-safe.
 */
public final class DocxFormat implements PlanFormat {

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public List<String> extensions() {
        return List.of(".docx");
    }

    @Override
    public DocumentReader.Result read(PlanSource source, ReadLimits limits) {
        return OfficeGuard.read(source, limits, "docx", bytes -> {
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
                    XWPFDocument doc = new XWPFDocument(pkg)) {
                Element body = (Element) doc.getDocument().getBody().getDomNode();
                WordBody word = WordBody.read(body);
                WordPlan plan = new WordPlan(word, source.name());
                var root = plan.build();
                if (plan.taskTables() == 0) {
                    return OfficeGuard.unreadable("office-no-task-table", word.tables.size());
                }
                List<ReadProblem> notes = new ArrayList<>();
                if (word.trackedChanges) {
                    notes.add(ReadProblem.of("office-tracked-changes", 0, 0));
                }
                return new DocumentReader.Document(root, plan.sourceMap(), notes);
            }
        });
    }
}
