package io.cloudstorage.connect.spi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link RecordFormat} must do: read an object's records in order, and resume from the position of
 * any record (a bad one included) with exactly the records after it. A format's test extends this class and
 * provides samples; a sample's expected values hold {@link #MALFORMED} where the reader must step over a bad
 * record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecordFormatContractTest {

    /** An object's content and the values a reader must yield for it, in order. */
    public record Sample(String name, byte[] content, List<Object> expectedValues) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Expected where the reader yields a {@link MalformedRecord}. */
    public static final Object MALFORMED = new Object() {
        @Override
        public String toString() {
            return "MALFORMED";
        }
    };

    private static final int RESUME_POINTS = 100;

    protected abstract RecordFormat format();

    protected abstract Stream<Sample> samples();

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsEveryRecordInOrderNumberedFromOne(Sample sample) throws IOException {
        List<ReadResult> records = readAll(sample, ReadPosition.START);

        List<Object> expected = sample.expectedValues().stream().map(RecordFormatContractTest::comparable).toList();
        assertThat(records).extracting(RecordFormatContractTest::comparable).containsExactlyElementsOf(expected);
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).number()).as("number of record %d", i + 1).isEqualTo(i + 1);
        }
    }

    /** Large samples are resumed at about {@value #RESUME_POINTS} records spread over them, first and last included. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void resumingAtAnyRecordsPositionYieldsExactlyTheRecordsAfterIt(Sample sample) throws IOException {
        List<ReadResult> all = readAll(sample, ReadPosition.START);

        for (int i : resumePoints(all.size())) {
            List<ReadResult> rest = readAll(sample, all.get(i).next());
            List<ReadResult> expected = all.subList(i + 1, all.size());
            assertThat(rest).as("records after record %d", i + 1).hasSameSizeAs(expected);
            for (int j = 0; j < rest.size(); j++) {
                assertThat(comparable(rest.get(j))).isEqualTo(comparable(expected.get(j)));
                assertThat(rest.get(j).next()).isEqualTo(expected.get(j).next());
                assertThat(schemaOf(rest.get(j))).isEqualTo(schemaOf(expected.get(j)));
            }
        }
    }

    private static List<Integer> resumePoints(int records) {
        int stride = Math.max(1, records / RESUME_POINTS);
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < records; i += stride) {
            points.add(i);
        }
        if (records > 0 && points.get(points.size() - 1) != records - 1) {
            points.add(records - 1);
        }
        return points;
    }

    private List<ReadResult> readAll(Sample sample, ReadPosition start) throws IOException {
        List<ReadResult> records = new ArrayList<>();
        try (RecordReader reader = format().open(new InMemoryContent(sample.name(), sample.content()), start)) {
            for (ReadResult record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
            assertThat(reader.next()).as("a reader stays at its end").isNull();
        }
        return records;
    }

    /** A record's value, byte arrays compared by content; {@link #MALFORMED} for a bad record. */
    private static Object comparable(Object valueOrResult) {
        Object value = valueOrResult;
        if (valueOrResult instanceof MalformedRecord) {
            return MALFORMED;
        }
        if (valueOrResult instanceof FormatRecord record) {
            value = record.value();
        }
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : value;
    }

    private static Object schemaOf(ReadResult result) {
        return result instanceof FormatRecord record ? record.valueSchema() : null;
    }
}
