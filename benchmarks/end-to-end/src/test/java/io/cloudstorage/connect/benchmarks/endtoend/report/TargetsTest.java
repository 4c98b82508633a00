package io.cloudstorage.connect.benchmarks.endtoend.report;

import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.CEILING;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.OURS_LOCAL;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.OURS_S3;
import static io.cloudstorage.connect.benchmarks.endtoend.report.RatiosTest.PEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.JsonLines;
import io.cloudstorage.connect.benchmarks.endtoend.data.StoredObject;
import io.cloudstorage.connect.benchmarks.endtoend.storage.StorageRequests;

class TargetsTest {

    private static final long GIB = 1L << 30;
    private static final String KIB_LINES = "json-1k";
    private static final String SHORT_LINES = "json-100b";

    @Test
    void oneKibLinesAreMetAtFourFifthsOfTheCeilingsMegabytesPerSecond() {
        List<Measurement> rows = List.of(run(KIB_LINES, CEILING, 100), run(KIB_LINES, OURS_S3, 79.9),
                run(KIB_LINES, OURS_LOCAL, 80));

        assertThat(checks(rows, List.of(dataSet(KIB_LINES, 2, 0)), "1 KiB lines at 80 % of the ceiling or more"))
                .extracting(TargetCheck::contender, TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(
                        tuple("ours: s3", Verdict.MISSED, "0.80 of the ceiling's MB/s (79.9 against 100.0)"),
                        tuple("ours: local", Verdict.MET, "0.80 of the ceiling's MB/s (80.0 against 100.0)"));
    }

    @Test
    void aTargetWhoseDataSetOrReferenceTheRunLeftOutIsNotMeasured() {
        List<TargetCheck> withoutKibLines = new Targets(List.of(run(SHORT_LINES, OURS_S3, 50)),
                List.of(dataSet(SHORT_LINES, 2, 0)), GIB).checks();
        List<TargetCheck> withoutCeiling = new Targets(List.of(run(KIB_LINES, OURS_S3, 50)),
                List.of(dataSet(KIB_LINES, 2, 0)), GIB).checks();

        assertThat(withoutKibLines).filteredOn(check -> check.target().startsWith("1 KiB lines"))
                .extracting(TargetCheck::contender, TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(tuple("–", Verdict.NOT_MEASURED, "json-1k was not run with our connector"));
        assertThat(withoutCeiling).filteredOn(check -> check.target().startsWith("1 KiB lines"))
                .extracting(TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(tuple(Verdict.NOT_MEASURED, "the ceiling was not measured on json-1k"));
        assertThat(withoutKibLines).extracting(TargetCheck::target).containsExactly(
                "1 KiB lines at 80 % of the ceiling or more", "ahead of FileStreamSource",
                "resume costs O(new objects) requests", "heap bounded", "first record within 2 s");
        assertThat(withoutKibLines.subList(1, 4)).extracting(TargetCheck::verdict)
                .containsOnly(Verdict.NOT_MEASURED);
    }

    @Test
    void oursIsAheadOfThePeerWhereItMovesMoreMegabytesPerSecondOnTheSameData() {
        List<Measurement> rows = List.of(run(SHORT_LINES, PEER, 50), run(SHORT_LINES, OURS_S3, 40),
                run(SHORT_LINES, OURS_LOCAL, 60),
                Measurement.withoutFigures("json-100b-gz", PEER, "n/a: reads plain text only"),
                run("json-100b-gz", OURS_S3, 70));

        assertThat(checks(rows, List.of(dataSet(SHORT_LINES, 2, 0), dataSet("json-100b-gz", 2, 0)),
                "ahead of FileStreamSource"))
                .extracting(TargetCheck::contender, TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(
                        tuple("ours: s3", Verdict.MISSED, "json-100b: 0.80× the peer's MB/s (40.0 against 50.0)"),
                        tuple("ours: local", Verdict.MET, "json-100b: 1.20× the peer's MB/s (60.0 against 50.0)"));
    }

    @Test
    void resumingIsMetWithAFewListingsAndAtMostTwoObjectRequestsPerNewObject() {
        DataSet resume = dataSet("resume", 100, 99_900);

        assertThat(resumeCheck(resume, new StorageRequests(3, 100, 0, 0)))
                .extracting(TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(Verdict.MET, "103 requests for 100 new objects among 100,000: 3 listings "
                        + "(listing them all takes 100), 100 object requests");
        assertThat(resumeCheck(resume, new StorageRequests(3, 100, 100, 0)).verdict()).isEqualTo(Verdict.MET);
        assertThat(resumeCheck(resume, new StorageRequests(3, 100, 100, 1)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(resumeCheck(resume, new StorageRequests(10, 100, 0, 0)).verdict()).isEqualTo(Verdict.MET);
        assertThat(resumeCheck(resume, new StorageRequests(11, 100, 0, 0)).verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aResumeDataSetTooSmallToTellFromAFullListingIsNotMeasured() {
        TargetCheck check = resumeCheck(dataSet("resume", 100, 2_000), new StorageRequests(2, 100, 0, 0));

        assertThat(check.verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(check.measured()).endsWith("too few objects to tell that from a listing of them all "
                + "(--full has 1,000,000)");
    }

    @Test
    void theHeapIsBoundedWhereItsPeakStaysWithinHalfTheMaximum() {
        List<Measurement> rows = List.of(withPeakHeap("large-object", OURS_S3, 512), withPeakHeap("large-object",
                OURS_LOCAL, 513), withPeakHeap(KIB_LINES, OURS_S3, 900));

        assertThat(checks(rows, List.of(dataSet("large-object", 1, 0)), "heap bounded"))
                .extracting(TargetCheck::contender, TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(
                        tuple("ours: s3", Verdict.MET, "large-object: 512 MiB at most, garbage included, of a "
                                + "1,024 MiB heap"),
                        tuple("ours: local", Verdict.MISSED, "large-object: 513 MiB at most, garbage included, of "
                                + "a 1,024 MiB heap"));
    }

    @Test
    void theFirstRecordIsJudgedOverEveryDataSetOfAContenderAndAFailedRunLeavesItOpen() {
        List<Measurement> rows = List.of(firstRecordAfter(KIB_LINES, OURS_S3, 0.5),
                firstRecordAfter("small-objects", OURS_S3, 8.3), firstRecordAfter("resume", OURS_S3, 1.2),
                firstRecordAfter(KIB_LINES, OURS_LOCAL, 2.0), firstRecordAfter("resume", OURS_LOCAL, 0.1),
                Measurement.failed("small-objects", OURS_LOCAL, "timed out"),
                firstRecordAfter(KIB_LINES, PEER, 9), firstRecordAfter(SHORT_LINES, CEILING, 9));

        assertThat(checks(rows, List.of(), "first record within 2 s"))
                .extracting(TargetCheck::contender, TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(
                        tuple("ours: s3", Verdict.MISSED, "8.30 s on small-objects; at most 1.20 s on the other "
                                + "2 data sets (resume)"),
                        tuple("ours: local", Verdict.NOT_MEASURED, "failed on small-objects; at most 2.00 s on the "
                                + "other 2 data sets (json-1k)"));
        assertThat(checks(List.of(firstRecordAfter(KIB_LINES, OURS_S3, 0.5)), List.of(),
                "first record within 2 s")).extracting(TargetCheck::verdict, TargetCheck::measured)
                .containsExactly(tuple(Verdict.MET, "at most 0.50 s on 1 data set (json-1k)"));
    }

    @Test
    void markdownHasARowPerCheckUnderItsHeaders() {
        List<String> lines = new Targets(List.of(run(KIB_LINES, CEILING, 100), run(KIB_LINES, OURS_S3, 90)),
                List.of(dataSet(KIB_LINES, 2, 0)), GIB).toMarkdown().lines().toList();

        assertThat(lines.get(0)).isEqualTo("| target | contender | verdict | measured |");
        assertThat(lines.get(2)).isEqualTo("| 1 KiB lines at 80 % of the ceiling or more | ours: s3 | met "
                + "| 0.90 of the ceiling's MB/s (90.0 against 100.0) |");
        assertThat(lines).hasSize(2 + 5);
    }

    private static List<TargetCheck> checks(List<Measurement> rows, List<DataSet> dataSets, String target) {
        return new Targets(rows, dataSets, GIB).checks().stream().filter(check -> check.target().equals(target))
                .toList();
    }

    private static TargetCheck resumeCheck(DataSet resume, StorageRequests requests) {
        Measurement row = new Measurement("resume", OURS_S3, 100, 100_000, OptionalDouble.of(1), OptionalDouble.of(2),
                OptionalLong.of(1L << 20), OptionalDouble.of(1), Optional.of(requests), requests.toString());
        List<TargetCheck> checks = checks(List.of(row, run("resume", OURS_LOCAL, 1)), List.of(resume),
                "resume costs O(new objects) requests");
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    /** 100 MB in the time that makes {@code megabytesPerSecond}. */
    private static Measurement run(String dataSet, Contender contender, double megabytesPerSecond) {
        return new Measurement(dataSet, contender, 100_000, 100_000_000, OptionalDouble.of(0.1),
                OptionalDouble.of(100 / megabytesPerSecond), OptionalLong.of(1L << 20), OptionalDouble.of(1),
                Optional.empty(), "");
    }

    private static Measurement withPeakHeap(String dataSet, Contender contender, long mebibytes) {
        return new Measurement(dataSet, contender, 100_000, 100_000_000, OptionalDouble.of(0.1),
                OptionalDouble.of(1), OptionalLong.of(mebibytes << 20), OptionalDouble.of(1), Optional.empty(), "");
    }

    private static Measurement firstRecordAfter(String dataSet, Contender contender, double seconds) {
        return new Measurement(dataSet, contender, 100_000, 100_000_000, OptionalDouble.of(seconds),
                OptionalDouble.of(seconds + 1), OptionalLong.of(1L << 20), OptionalDouble.of(1), Optional.empty(),
                "");
    }

    /** {@code toRead} objects of one line, after {@code alreadyRead} others. */
    private static DataSet dataSet(String name, int toRead, int alreadyRead) {
        return new DataSet(name, name, new JsonLines(1, 1024), objects(name + "/new-", toRead),
                objects(name + "/done-", alreadyRead));
    }

    private static List<StoredObject> objects(String keyPrefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new StoredObject(String.format(Locale.ROOT, "%s%07d",
                keyPrefix, i), i, 1, false)).toList();
    }
}
