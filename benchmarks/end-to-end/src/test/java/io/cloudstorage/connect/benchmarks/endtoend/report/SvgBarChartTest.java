package io.cloudstorage.connect.benchmarks.endtoend.report;

import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.CEILING;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.OURS_S3;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.PEER;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.measured;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgBarChartTest {

    @Test
    void eachMeasuredThroughputIsABarScaledToTheFastestAndRawGetsAreLeftOut() throws Exception {
        List<Measurement> rows = List.of(
                measured("a", CEILING, 1, 100, 1),
                measured("a", OURS_S3, 4, 100, 1),
                Measurement.withoutFigures("a", PEER, "n/a"),
                new Measurement("a", new Contender("s3-get", "raw <GET> & co", Role.STORAGE, "s3"), 1, 100_000_000,
                        OptionalDouble.empty(), OptionalDouble.of(0.1), OptionalLong.empty(), OptionalDouble.empty(),
                        Optional.empty(), ""));

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SvgBarChart.render("Title & <run>", rows).getBytes(UTF_8)));

        List<Double> bars = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 1; i < rects.getLength(); i++) { // the first is the background
            bars.add(Double.parseDouble(((Element) rects.item(i)).getAttribute("width")));
        }
        assertThat(bars).hasSize(2);
        assertThat(bars.get(1) / bars.get(0)).isEqualTo(0.25);
        assertThat(svg.getDocumentElement().getTextContent()).contains("Title & <run>", "n/a")
                .doesNotContain("raw <GET>");
    }
}
