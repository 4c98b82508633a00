package io.cloudstorage.connect.source.reading;

import static io.cloudstorage.connect.source.reading.ReadingHarness.values;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.luben.zstd.Zstd;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.testing.FakeOffsetStore;
import io.cloudstorage.connect.source.testing.Gzip;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;

class CompressedObjectsTest {

    private InMemoryBucket bucket;
    private Map<String, String> props;

    @BeforeEach
    void createBucket() {
        bucket = InMemoryBucket.create("compressed");
        props = TestConfigs.connector("compressed", "a/");
    }

    @Test
    void anObjectWhoseKeyEndsWithACodecsExtensionIsDecompressed() throws Exception {
        bucket.put("a/1.log.gz", Gzip.of(lines(1, 3)));

        assertThat(values(harness().pollUntilIdle())).containsExactly("line-1", "line-2", "line-3");
    }

    @Test
    void anObjectWithoutExtensionIsDecompressedWhenItsFirstBytesAreACodecsSignature() throws Exception {
        bucket.put("a/1.log", Zstd.compress(lines(1, 3).getBytes(UTF_8)));
        bucket.put("a/2.log", lines(4, 5).getBytes(UTF_8));

        assertThat(values(harness().pollUntilIdle())).containsExactly("line-1", "line-2", "line-3", "line-4",
                "line-5");
    }

    @Test
    void withCompressionNoneObjectsAreReadAsStoredWhateverTheirKey() throws Exception {
        props.put("compression", "none");
        bucket.put("a/plain-text-named.gz", lines(1, 2).getBytes(UTF_8));

        assertThat(values(harness().pollUntilIdle())).containsExactly("line-1", "line-2");
    }

    @Test
    void aNamedCodecDecompressesEveryObject() throws Exception {
        props.put("compression", "zstd");
        bucket.put("a/1.data", Zstd.compress(lines(1, 2).getBytes(UTF_8)));

        assertThat(values(harness().pollUntilIdle())).containsExactly("line-1", "line-2");
    }

    @Test
    void resumingInsideACompressedObjectYieldsExactlyTheRest() throws Exception {
        props.put("batch.max.records", "700");
        bucket.put("a/1.log.gz", Gzip.of(lines(1, 5_000)));
        List<SourceRecord> all = harness().pollUntilIdle();
        assertThat(all).hasSize(5_000);

        for (int stop : new int[] {1, 700, 2_345, 4_999}) {
            FakeOffsetStore committed = new FakeOffsetStore();
            all.subList(0, stop).forEach(committed::commit);

            List<SourceRecord> rest = new ReadingHarness(props, committed).pollUntilIdle();

            assertThat(values(rest)).as("after %d committed records", stop)
                    .containsExactlyElementsOf(values(all.subList(stop, all.size())));
        }
    }

    @Test
    void aConnectionResetInsideACompressedObjectIsRetriedWithoutDuplicatesOrGaps() throws Exception {
        byte[] compressed = Gzip.of(lines(1, 100_000));
        bucket.put("a/1.log.gz", compressed);
        bucket.failNextReadAfter(compressed.length / 2);
        ReadingHarness harness = harness();

        List<SourceRecord> records = new ArrayList<>();
        for (int attempt = 0; attempt < 1000 && records.size() < 100_000; attempt++) {
            try {
                records.addAll(harness.pollOnce());
            } catch (RetriableException e) {
                assertThat(e).hasRootCauseMessage("Connection reset (injected after " + compressed.length / 2
                        + " bytes)");
            }
        }

        assertThat(bucket.bytesServed()).as("the object was opened again after the reset")
                .isGreaterThan(compressed.length);
        assertThat(values(records)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 100_000).mapToObj(i -> "line-" + i).toList());
    }

    @Test
    void aTruncatedCompressedObjectFailsTheTaskAsCorruptDataInsteadOfBeingRetried() throws Exception {
        byte[] compressed = Gzip.of(lines(1, 50_000));
        bucket.put("a/1.log.gz", Arrays.copyOf(compressed, compressed.length / 2));

        assertThatThrownBy(() -> harness().pollUntilIdle()).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("memory://compressed/a/1.log.gz")
                .hasMessageContaining("gzip data")
                .hasMessageContaining("corrupt or truncated");
    }

    @Test
    void aFormatThatNeedsStoredBytesGetsObjectsAsStoredWhateverTheirKey() throws Exception {
        props.put("format", "fields");
        props.put("fields.stored.bytes", "true");
        bucket.put("a/1.gz", "plain=text\n".getBytes(UTF_8));

        assertThat(values(harness().pollUntilIdle())).containsExactly(Map.of("plain", "text"));

        props.put("compression", "gzip");
        assertThat(CloudStorageSourceConfig.issues(props)).singleElement()
                .satisfies(issue -> assertThat(issue.key()).isEqualTo("compression"));
    }

    private ReadingHarness harness() {
        return new ReadingHarness(props, new FakeOffsetStore());
    }

    private static String lines(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> "line-" + i + "\n").collect(Collectors.joining());
    }
}
