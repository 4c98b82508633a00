package io.cloudstorage.connect.benchmarks.endtoend.data;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class DataSetsTest {

    @Test
    void theSameSeedMakesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        DataSet dataSet = DataSets.named("json-100b", Scale.SHORT, 1);

        byte[] content = content(dataSet, dataSet.toRead().get(1));

        assertThat(content(DataSets.named("json-100b", Scale.SHORT, 1), dataSet.toRead().get(1))).isEqualTo(content);
        assertThat(content(DataSets.named("json-100b", Scale.SHORT, 2), dataSet.toRead().get(1)))
                .isNotEqualTo(content);
    }

    @Test
    void everyLineHasExactlyItsSizeAndIsAJsonObjectOfItsIndex() throws IOException {
        for (int lineBytes : List.of(100, 1024)) {
            JsonLines text = new JsonLines(5, lineBytes);
            StoredObject object = new StoredObject("p/o.jsonl", 1_000_000, 50, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            object.writeTo(out, text);

            String[] lines = out.toString(US_ASCII).split("\n", -1);

            assertThat(out.size()).isEqualTo(object.textBytes(text)).isEqualTo(50L * lineBytes);
            assertThat(lines).hasSize(51).endsWith("");
            assertThat(lines[0]).startsWith("{\"seq\":1000000,").endsWith("\"}").hasSize(lineBytes - 1);
            assertThat(lines[49]).startsWith("{\"seq\":1000049,");
        }
    }

    @Test
    void aGzipObjectHoldsTheSameLinesAsThePlainOne() throws IOException {
        DataSet plain = DataSets.named("json-1k", Scale.SHORT, 3);
        DataSet gzip = DataSets.named("json-1k-gz", Scale.SHORT, 3);
        StoredObject small = new StoredObject("x/part.jsonl", 7, 100, false);
        StoredObject compressed = new StoredObject("x/part.jsonl.gz", 7, 100, true);

        byte[] decompressed = new GZIPInputStream(new ByteArrayInputStream(content(gzip, compressed))).readAllBytes();

        assertThat(decompressed).isEqualTo(content(plain, small));
        assertThat(gzip.compressed()).isTrue();
        assertThat(gzip.records()).isEqualTo(plain.records());
    }

    @Test
    void aLineSizeTooSmallForTheFieldsIsRefusedWhenTheDataSetIsMade() {
        JsonLines text = new JsonLines(1, 60);

        assertThatThrownBy(() -> new DataSet("tiny", "", text, List.of(new StoredObject("p/o", 0, 10, false)),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot hold");
    }

    @Test
    void theShortScaleReadsTwoPrefixesOfOneObjectEachWithTheirRecordsAndValueBytes() {
        DataSet dataSet = DataSets.named("json-1k", Scale.SHORT, 1);

        assertThat(dataSet.prefixes()).containsExactly("json-1k/p0/", "json-1k/p1/");
        assertThat(dataSet.toRead("json-1k/p1/")).hasSize(1);
        assertThat(dataSet.records()).isEqualTo(2 * 32_768);
        assertThat(dataSet.valueBytes()).isEqualTo(2 * 32_768 * 1023L);
        assertThat(dataSet.description()).contains("64 MiB");
    }

    @Test
    void theFullScaleHasTheSizesTheBenchmarkIsAbout() {
        List<DataSet> full = DataSets.of(Scale.FULL, 1);
        DataSet small = find(full, "small-objects");
        DataSet large = find(full, "large-object");
        DataSet resume = find(full, "resume");

        assertThat(small.toRead()).hasSize(100_000);
        assertThat(small.toRead().get(0).textBytes(small.text())).isEqualTo(4096);
        assertThat(large.toRead()).singleElement()
                .satisfies(object -> assertThat(object.textBytes(large.text())).isEqualTo(2L << 30));
        assertThat(resume.alreadyRead()).hasSize(1_000_000);
        assertThat(resume.toRead()).hasSize(1_000);
    }

    @Test
    void theObjectsAlreadyReadSortBeforeTheNewOnesAndTheLastOfThemIsWhereReadingStarts() {
        DataSet resume = DataSets.named("resume", Scale.SHORT, 1);

        assertThat(resume.lastReadKey()).contains("resume/done-0001999.jsonl");
        assertThat(resume.toRead()).allSatisfy(object -> assertThat(object.key()).isGreaterThan("resume/done-0001999.jsonl"));
        assertThat(resume.prefixes()).containsExactly("resume/");
        assertThatThrownBy(() -> new DataSet("bad", "", resume.text(), resume.alreadyRead(), resume.toRead()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort before");
    }

    @Test
    void aWarmUpIsTheShortSizeUnderItsOwnRootWithTheSameLinesAndNothingAlreadyRead() throws IOException {
        DataSet warmUp = DataSets.warmUp("json-1k", 1);
        DataSet shortSize = DataSets.named("json-1k", Scale.SHORT, 1);

        assertThat(warmUp.name()).isEqualTo("json-1k");
        assertThat(warmUp.prefixes()).containsExactly("warm-up/json-1k/p0/", "warm-up/json-1k/p1/");
        assertThat(warmUp.records()).isEqualTo(shortSize.records());
        assertThat(content(warmUp, warmUp.toRead().get(1))).isEqualTo(content(shortSize, shortSize.toRead().get(1)));
        assertThat(warmUp.description()).startsWith("warm-up: ").contains("64 MiB");

        DataSet resumeWarmUp = DataSets.warmUp("resume", 1);
        assertThat(resumeWarmUp.alreadyRead()).isEmpty();
        assertThat(resumeWarmUp.lastReadKey()).isEmpty();
        assertThat(resumeWarmUp.toRead()).hasSize(100).first()
                .satisfies(object -> assertThat(object.key()).isEqualTo("warm-up/resume/new-0000000.jsonl"));
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThereAre() {
        assertThatThrownBy(() -> DataSets.named("nope", Scale.SHORT, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("json-1k-gz").hasMessageContaining("resume");
    }

    private static DataSet find(List<DataSet> dataSets, String name) {
        return dataSets.stream().filter(set -> set.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] content(DataSet dataSet, StoredObject object) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        object.writeTo(out, dataSet.text());
        return out.toByteArray();
    }
}
