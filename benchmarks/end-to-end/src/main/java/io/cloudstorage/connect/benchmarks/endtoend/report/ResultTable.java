package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The results as a table, for people (aligned text, markdown) and for machines (CSV). In the tables for people,
 * each compared figure shows its ratios to the ceiling and to our connector: {@code 41.3 (0.52 / 1.00)}.
 */
public final class ResultTable {

    private static final String MISSING = "–";

    private final List<Measurement> rows;
    private final Ratios ratios;

    public ResultTable(List<Measurement> rows) {
        this.rows = List.copyOf(rows);
        this.ratios = new Ratios(rows);
    }

    public String toMarkdown() {
        StringBuilder table = new StringBuilder();
        List<String> headers = headers();
        table.append(markdownRow(headers));
        table.append(markdownRow(headers.stream().map(header -> "---").toList()));
        for (Measurement row : rows) {
            table.append(markdownRow(cells(row)));
        }
        return table.toString();
    }

    /** Columns padded to their widest cell, for a terminal. */
    public String toText() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers());
        rows.forEach(row -> lines.add(cells(row)));
        int[] widths = new int[headers().size()];
        for (List<String> line : lines) {
            for (int column = 0; column < line.size(); column++) {
                widths[column] = Math.max(widths[column], line.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            for (int column = 0; column < line.size(); column++) {
                boolean last = column == line.size() - 1;
                boolean numbers = column >= 2 && !last;
                text.append(last ? line.get(column) : pad(line.get(column), widths[column], numbers))
                        .append(last ? "" : "  ");
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    /** One line per row, plain numbers (no ratio in a figure's column: each ratio has its own). */
    public String toCsv() {
        List<String> header = new ArrayList<>(List.of("data_set", "contender", "role", "storage", "records",
                "bytes", "first_record_s", "total_s"));
        for (Figure figure : Figure.values()) {
            header.addAll(List.of(figure.key(), figure.key() + "_vs_ceiling", figure.key() + "_vs_ours"));
        }
        header.add("note");
        StringBuilder csv = new StringBuilder(csvLine(header));
        for (Measurement row : rows) {
            List<String> fields = new ArrayList<>(List.of(row.dataSet(), row.contender().name(),
                    row.contender().role().name().toLowerCase(Locale.ROOT), row.contender().storage(),
                    Long.toString(row.records()), Long.toString(row.bytes()), plain(row.firstRecordSeconds()),
                    plain(row.seconds())));
            for (Figure figure : Figure.values()) {
                fields.addAll(List.of(plain(figure.of(row)), plain(ratios.toCeiling(row, figure)),
                        plain(ratios.toOurs(row, figure))));
            }
            fields.add(row.note());
            csv.append(csvLine(fields));
        }
        return csv.toString();
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("data set", "contender", "first record s", "total s"));
        for (Figure figure : Figure.values()) {
            headers.add(figure.label());
        }
        headers.add("note");
        return headers;
    }

    private List<String> cells(Measurement row) {
        List<String> cells = new ArrayList<>(List.of(row.dataSet(), row.contender().name(),
                seconds(row.firstRecordSeconds()), seconds(row.seconds())));
        for (Figure figure : Figure.values()) {
            String value = figure.format(row);
            cells.add(figure.of(row).isEmpty() ? value : value + " (" + ratio(ratios.toCeiling(row, figure))
                    + " / " + ratio(ratios.toOurs(row, figure)) + ")");
        }
        cells.add(row.note());
        return cells;
    }

    private static String seconds(OptionalDouble seconds) {
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.2f", seconds.getAsDouble()) : "n/a";
    }

    private static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()) : MISSING;
    }

    private static String plain(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "";
    }

    private static String markdownRow(List<String> cells) {
        return cells.stream().map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String csvLine(List<String> fields) {
        return fields.stream().map(ResultTable::csvField).collect(Collectors.joining(",", "", "\n"));
    }

    private static String csvField(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    private static String pad(String cell, int width, boolean right) {
        String padding = " ".repeat(width - cell.length());
        return right ? padding + cell : cell + padding;
    }
}
