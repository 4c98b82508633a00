package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The throughput of each contender as horizontal bars, one group per data set, on one scale. Raw GETs are left
 * out: they measure the storage alone, in stored bytes, and would dwarf the rest.
 */
public final class SvgBarChart {

    private static final int WIDTH = 860;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 520;
    private static final int ROW = 20;
    private static final int GROUP_GAP = 12;
    private static final int TOP = 50;
    private static final Map<Role, String> COLORS = new EnumMap<>(Map.of(
            Role.CEILING, "#9e9e9e", Role.OURS, "#1565c0", Role.PEER, "#ef6c00"));

    private SvgBarChart() {
    }

    /** @param title the chart's title, e.g. what run it shows */
    public static String render(String title, List<Measurement> measurements) {
        List<Measurement> shown = measurements.stream().filter(m -> m.contender().role() != Role.STORAGE).toList();
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        shown.forEach(m -> groups.computeIfAbsent(m.dataSet(), name -> new ArrayList<>()).add(m));
        double max = shown.stream().map(Measurement::megabytesPerSecond).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max().orElse(1);
        int rows = groups.values().stream().mapToInt(group -> group.size() + 1).sum();
        int height = TOP + rows * ROW + groups.size() * GROUP_GAP + 10;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH,
                height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append(text(10, 20, "bold", "14", title));
        svg.append(text(10, 38, "normal", "11", "MB/s of record values reaching the topic (longer is faster)"));
        int y = TOP;
        for (Map.Entry<String, List<Measurement>> group : groups.entrySet()) {
            svg.append(text(10, y + 14, "bold", "12", group.getKey()));
            y += ROW;
            for (Measurement row : group.getValue()) {
                svg.append(text(24, y + 14, "normal", "12", row.contender().name()));
                OptionalDouble value = row.megabytesPerSecond();
                if (value.isPresent()) {
                    double length = Math.max(1, BAR_AREA * value.getAsDouble() / max);
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                            + "fill=\"%s\"/>%n", LABEL_WIDTH, y + 3, length, ROW - 6,
                            COLORS.get(row.contender().role())));
                    svg.append(text(LABEL_WIDTH + (int) length + 6, y + 14, "normal", "12",
                            String.format(Locale.ROOT, "%.1f", value.getAsDouble())));
                } else {
                    svg.append(text(LABEL_WIDTH + 6, y + 14, "normal", "12", "n/a"));
                }
                y += ROW;
            }
            y += GROUP_GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String text(int x, int y, String weight, String size, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"%s\" font-size=\"%s\">%s</text>%n",
                x, y, weight, size, escape(content));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
