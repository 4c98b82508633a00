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
        return textTable().toMarkdown();
    }

    /** Columns padded to their widest cell, for a terminal; the figures line up on the right. */
    public String toText() {
        int note = headers().size() - 1;
        return textTable().toText(column -> column >= 2 && column < note);
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

    private TextTable textTable() {
        return new TextTable(headers(), rows.stream().map(this::cells).toList());
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

    private static String csvLine(List<String> fields) {
        return fields.stream().map(ResultTable::csvField).collect(Collectors.joining(",", "", "\n"));
    }

    private static String csvField(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
