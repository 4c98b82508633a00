package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** Rows of cells under headers, as markdown or as columns aligned for a terminal. */
final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows;

    TextTable(List<String> headers, List<List<String>> rows) {
        this.headers = List.copyOf(headers);
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    String toMarkdown() {
        StringBuilder table = new StringBuilder(markdownRow(headers));
        table.append(markdownRow(headers.stream().map(header -> "---").toList()));
        rows.forEach(row -> table.append(markdownRow(row)));
        return table.toString();
    }

    /**
     * Each column padded to its widest cell but the last, which is left as it is (it holds free text).
     *
     * @param rightAligned the columns, by index, whose cells are numbers and line up on the right
     */
    String toText(IntPredicate rightAligned) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers);
        lines.addAll(rows);
        int[] widths = new int[headers.size()];
        for (List<String> line : lines) {
            for (int column = 0; column < line.size(); column++) {
                widths[column] = Math.max(widths[column], line.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            int last = line.size() - 1;
            for (int column = 0; column < last; column++) {
                text.append(pad(line.get(column), widths[column], rightAligned.test(column))).append("  ");
            }
            text.append(line.get(last)).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String markdownRow(List<String> cells) {
        return cells.stream().map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String pad(String cell, int width, boolean right) {
        String padding = " ".repeat(width - cell.length());
        return right ? padding + cell : cell + padding;
    }
}
