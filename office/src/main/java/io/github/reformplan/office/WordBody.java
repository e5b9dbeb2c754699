package io.github.reformplan.office;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body of a Word document as a person reads it: paragraphs and tables in order, content controls
 * ({@code w:sdt}) and custom XML opened, tracked changes accepted (insertions kept, deletions dropped).
 * Tables are numbered in reading order, every table counted, a nested table right after the table holding it.
 */
final class WordBody {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A paragraph of the body (not of a table), numbered from 1. */
    record Para(int number, String text) {
    }

    /** A cell of a table row: its first grid column (1-based), its span, its text, its vertical merge. */
    record Cell(int gridStart, int span, String text, Merge merge) {
        boolean covers(int column) {
            return column >= gridStart && column < gridStart + span;
        }
    }

    enum Merge { NONE, RESTART, CONTINUE }

    /** A table: its number and its physical rows, each a list of cells; a sheet's name for an Excel sheet. */
    record Table(int number, List<List<Cell>> rows, List<Boolean> repeatedHeader, String sheet) {
        Table(int number, List<List<Cell>> rows, List<Boolean> repeatedHeader) {
            this(number, rows, repeatedHeader, null);
        }

        int gridColumns() {
            int max = 0;
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    max = Math.max(max, c.gridStart + c.span - 1);
                }
            }
            return max;
        }

        /** The cell of a row covering a grid column, or null. */
        Cell cell(int row, int column) {
            for (Cell c : rows.get(row)) {
                if (c.covers(column)) {
                    return c;
                }
            }
            return null;
        }

        /** The row where the cell covering a grid column starts, following vertical merges up. */
        int origin(int row, int column) {
            int r = row;
            while (r > 0) {
                Cell c = cell(r, column);
                if (c == null || c.merge != Merge.CONTINUE) {
                    break;
                }
                Cell above = cell(r - 1, column);
                if (above == null || above.gridStart != c.gridStart) {
                    break;
                }
                r--;
            }
            return r;
        }

        /** The text a person sees at a row and grid column: the merged cell's text for a continued merge. */
        String text(int row, int column) {
            Cell c = cell(origin(row, column), column);
            return c == null ? "" : c.text;
        }
    }

    final List<Object> blocks = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    boolean trackedChanges;
    private int paragraphs;

    static WordBody read(Element body) {
        WordBody b = new WordBody();
        b.blocks(body, b.blocks);
        return b;
    }

    private void blocks(Element parent, List<Object> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            String name = e.getLocalName();
            if ("p".equals(name)) {
                out.add(new Para(++paragraphs, paragraphText(e)));
            } else if ("tbl".equals(name)) {
                table(e, out);
            } else if ("sdt".equals(name) || "sdtContent".equals(name) || "customXml".equals(name)
                    || "ins".equals(name) || "moveTo".equals(name)) {
                trackedChanges |= "ins".equals(name) || "moveTo".equals(name);
                blocks(e, out);
            } else if ("del".equals(name) || "moveFrom".equals(name)) {
                trackedChanges = true;
            }
        }
    }

    private void table(Element tbl, List<Object> out) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        int index = tables.size();
        tables.add(null); // numbered before the tables nested in it
        List<Table> nested = new ArrayList<>();
        rows(tbl, rows, header, nested);
        Table t = new Table(index + 1, rows, header);
        tables.set(index, t);
        out.add(t);
        out.addAll(nested);
    }

    private void rows(Element parent, List<List<Cell>> rows, List<Boolean> header, List<Table> nested) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            String name = e.getLocalName();
            if ("tr".equals(name)) {
                List<Cell> cells = new ArrayList<>();
                boolean[] isHeader = {false};
                int[] column = {1};
                cells(e, cells, column, isHeader, nested);
                rows.add(cells);
                header.add(isHeader[0]);
            } else if ("sdt".equals(name) || "sdtContent".equals(name) || "customXml".equals(name)
                    || "ins".equals(name)) {
                rows(e, rows, header, nested);
            }
        }
    }

    private void cells(Element tr, List<Cell> cells, int[] column, boolean[] header, List<Table> nested) {
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            String name = e.getLocalName();
            if ("trPr".equals(name)) {
                Element before = child(e, "gridBefore");
                if (before != null) {
                    column[0] += Math.max(0, intVal(before, 0));
                }
                header[0] |= child(e, "tblHeader") != null
                        && !"false".equals(attr(child(e, "tblHeader"), "val")) && !"0".equals(attr(child(e, "tblHeader"), "val"));
                if (child(e, "ins") != null || child(e, "del") != null) {
                    trackedChanges = true;
                }
            } else if ("tc".equals(name)) {
                Element pr = child(e, "tcPr");
                int span = 1;
                Merge merge = Merge.NONE;
                if (pr != null) {
                    Element gs = child(pr, "gridSpan");
                    if (gs != null) {
                        span = Math.max(1, Math.min(1000, intVal(gs, 1)));
                    }
                    Element vm = child(pr, "vMerge");
                    if (vm != null) {
                        merge = "restart".equals(attr(vm, "val")) ? Merge.RESTART : Merge.CONTINUE;
                    }
                }
                List<Object> content = new ArrayList<>();
                int saved = paragraphs;
                blocks(e, content);
                paragraphs = saved; // only body paragraphs are numbered
                StringBuilder text = new StringBuilder();
                for (Object o : content) {
                    if (o instanceof Para p) {
                        append(text, p.text());
                    } else if (o instanceof Table t) {
                        nested.add(t);
                        for (List<Cell> row : t.rows()) {
                            for (Cell c : row) {
                                if (c.merge != Merge.CONTINUE) {
                                    append(text, c.text());
                                }
                            }
                        }
                    }
                }
                cells.add(new Cell(column[0], span, text.toString().strip(), merge));
                column[0] += span;
            } else if ("sdt".equals(name) || "sdtContent".equals(name) || "customXml".equals(name)) {
                cells(e, cells, column, header, nested);
            }
        }
    }

    private static void append(StringBuilder text, String line) {
        if (line.isBlank()) {
            return;
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line.strip());
    }

    /** The text of a paragraph as printed: runs, hyperlinks, fields' results, insertions; not deletions. */
    private String paragraphText(Element p) {
        StringBuilder out = new StringBuilder();
        collect(p, out);
        return OfficeText.nfc(out.toString().replace('\u00A0', ' '));
    }

    private void collect(Element e, StringBuilder out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            String name = c.getLocalName();
            if (!W.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (name) {
                case "t" -> {
                    for (Node t = c.getFirstChild(); t != null; t = t.getNextSibling()) {
                        if (t.getNodeType() == Node.TEXT_NODE || t.getNodeType() == Node.CDATA_SECTION_NODE) {
                            out.append(t.getNodeValue());
                        }
                    }
                }
                case "tab" -> out.append(' ');
                case "br", "cr" -> out.append('\n');
                case "del", "moveFrom" -> trackedChanges = true;
                case "ins", "moveTo" -> {
                    trackedChanges = true;
                    collect(c, out);
                }
                case "pPr", "rPr", "instrText", "delText", "fldChar" -> {
                    if (c.getElementsByTagNameNS(W, "ins").getLength() > 0
                            || c.getElementsByTagNameNS(W, "del").getLength() > 0) {
                        trackedChanges = true;
                    }
                }
                default -> collect(c, out);
            }
        }
    }

    static Element child(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && W.equals(c.getNamespaceURI()) && local.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    static String attr(Element e, String local) {
        String v = e.getAttributeNS(W, local);
        return v == null || v.isEmpty() ? null : v;
    }

    private static int intVal(Element e, int fallback) {
        String v = attr(e, "val");
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
