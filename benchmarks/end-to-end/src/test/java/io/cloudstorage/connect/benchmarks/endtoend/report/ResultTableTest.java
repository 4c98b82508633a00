package io.cloudstorage.connect.benchmarks.endtoend.report;

import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.CEILING;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.OURS_S3;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.PEER;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.measured;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResultTableTest {

    private final List<Measurement> rows = List.of(
            measured("json-1k", CEILING, 1, 100, 2),
            measured("json-1k", OURS_S3, 2, 250, 3),
            Measurement.withoutFigures("json-1k", PEER, "n/a: reads plain text only, not gzip"));

    @Test
    void markdownHasAHeaderASeparatorAndARowPerMeasurementWithRatiosToCeilingAndOurs() {
        List<String> lines = new ResultTable(rows).toMarkdown().lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("| data set | contender | first record s | total s | MB/s "
                + "| MB/s after first record | records/s | peak heap MiB | CPU s | note |");
        assertThat(lines.get(1)).isEqualTo("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        assertThat(lines.get(3)).isEqualTo("| json-1k | ours: s3 | 0.50 | 2.00 | 5.0 (0.50 / 1.00) "
                + "| 6.7 (0.33 / 1.00) | 5,000 (0.50 / 1.00) | 250 (2.50 / 1.00) | 3.0 (1.50 / 1.00) |  |");
        assertThat(lines.get(4)).isEqualTo("| json-1k | peer | n/a | n/a | n/a | n/a | n/a | n/a | n/a "
                + "| n/a: reads plain text only, not gzip |");
    }

    @Test
    void csvHasPlainNumbersARatioColumnPerFigureAndQuotesNotesWithCommas() {
        List<String> lines = new ResultTable(rows).toCsv().lines().toList();

        assertThat(lines.get(0)).startsWith("data_set,contender,role,storage,records,bytes,first_record_s,total_s,"
                + "megabytes_per_second,megabytes_per_second_vs_ceiling,megabytes_per_second_vs_ours,").endsWith(",note");
        assertThat(lines.get(2)).isEqualTo("json-1k,ours: s3,ours,s3,10000,10000000,0.5000,2.0000,"
                + "5.0000,0.5000,1.0000,6.6667,0.3333,1.0000,5000.0000,0.5000,1.0000,250.0000,2.5000,1.0000,"
                + "3.0000,1.5000,1.0000,");
        assertThat(lines.get(3)).endsWith(",\"n/a: reads plain text only, not gzip\"");
    }

    @Test
    void textAlignsEachColumnToItsWidestCell() {
        List<String> lines = new ResultTable(rows).toText().lines().toList();

        int totalColumn = lines.get(0).indexOf("total s") + "total s".length();
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line.length()).isGreaterThan(totalColumn));
        assertThat(lines.get(1).substring(0, totalColumn)).endsWith("1.00");
        assertThat(lines.get(3).substring(0, totalColumn)).endsWith("n/a");
    }
}
