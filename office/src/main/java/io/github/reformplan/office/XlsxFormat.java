package io.github.reformplan.office;

import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanFormat;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel plans ({@code .xlsx}): the documented template (a sheet of header fields, one of targets, one of
 * responsibilities, one of tasks) and sheets laid out like the Word appendix (title rows merged above the
 * header, area rows, line breaks in cells, the plan's number and date in a {@code (Kèm theo Kế hoạch số ...
 * ngày ...)} title row). Found by {@link java.util.ServiceLoader}; immutable and thread-safe.
 */
public final class XlsxFormat implements PlanFormat {

    /** Rows and columns read per sheet: a sheet claiming more is read up to here. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 100;

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public List<String> extensions() {
        return List.of(".xlsx");
    }

    @Override
    public DocumentReader.Result read(PlanSource source, ReadLimits limits) {
        return OfficeGuard.read(source, limits, "xlsx", bytes -> {
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
                    XSSFWorkbook book = new XSSFWorkbook(pkg)) {
                WordBody body = new WordBody();
                for (int s = 0; s < book.getNumberOfSheets(); s++) {
                    WordBody.Table t = sheet(book.getSheetAt(s), s + 1);
                    body.tables.add(t);
                    body.blocks.add(t);
                }
                XlsxPlan plan = new XlsxPlan(body, source.name());
                var root = plan.build();
                if (plan.taskTables() == 0) {
                    return OfficeGuard.unreadable("office-no-task-table", body.tables.size());
                }
                return new DocumentReader.Document(root, plan.sourceMap(), List.of());
            }
        });
    }

    /** A sheet as a table of cells: merged ranges span columns and merge down, as Word's cells do. */
    static WordBody.Table sheet(XSSFSheet sheet, int number) {
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int[][] span = new int[last + 1][];
        WordBody.Merge[][] merge = new WordBody.Merge[last + 1][];
        boolean[][] covered = new boolean[last + 1][MAX_COLUMNS + 1];
        for (int r = 0; r <= last; r++) {
            span[r] = new int[MAX_COLUMNS + 1];
            merge[r] = new WordBody.Merge[MAX_COLUMNS + 1];
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            int c0 = m.getFirstColumn() + 1;
            int c1 = Math.min(m.getLastColumn() + 1, MAX_COLUMNS);
            if (m.getFirstRow() > last || c0 > MAX_COLUMNS) {
                continue;
            }
            for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), last); r++) {
                for (int c = c0; c <= c1; c++) {
                    covered[r][c] = c != c0;
                }
                span[r][c0] = c1 - c0 + 1;
                merge[r][c0] = m.getLastRow() == m.getFirstRow() ? WordBody.Merge.NONE
                        : r == m.getFirstRow() ? WordBody.Merge.RESTART : WordBody.Merge.CONTINUE;
            }
        }
        DataFormatter format = new DataFormatter();
        List<List<WordBody.Cell>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            int width = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            List<WordBody.Cell> cells = new ArrayList<>();
            for (int c = 1; c <= MAX_COLUMNS; c++) {
                if (covered[r][c]) {
                    continue;
                }
                boolean merged = span[r][c] > 0;
                if (c > width && !merged) {
                    continue;
                }
                Cell cell = row == null ? null : row.getCell(c - 1);
                String text = merge[r][c] == WordBody.Merge.CONTINUE ? "" : text(cell, format);
                cells.add(new WordBody.Cell(c, merged ? span[r][c] : 1, text, merged ? merge[r][c] : WordBody.Merge.NONE));
            }
            rows.add(cells);
            header.add(false);
        }
        return new WordBody.Table(number, rows, header, sheet.getSheetName());
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        String text;
        if (cell.getCellType() == CellType.FORMULA) {
            text = cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue()
                    : cell.getCachedFormulaResultType() == CellType.NUMERIC ? format.formatRawCellContents(
                            cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
                    : "";
        } else {
            text = format.formatCellValue(cell);
        }
        return OfficeText.nfc(text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')).strip();
    }
}
