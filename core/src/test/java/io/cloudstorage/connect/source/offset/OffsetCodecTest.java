package io.cloudstorage.connect.source.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.ReadPosition;

class OffsetCodecTest {

    private static final SourceOffset OFFSET =
            new SourceOffset("logs/2024/01.log", "abc123", new ReadPosition(42, 4096, 0), false);

    @Test
    void anOffsetSurvivesTheTripThroughConnectsStore() {
        Map<String, Object> stored = new HashMap<>();
        OffsetCodec.toMap(OFFSET).forEach((k, v) -> stored.put(k, v instanceof Integer i ? i.longValue() : v));

        assertThat(OffsetCodec.offsetFromMap(stored)).isEqualTo(OFFSET);
    }

    @Test
    void aPartitionSurvivesTheTripThroughConnectsStore() {
        SourcePartition partition = new SourcePartition("bucket", "logs/");

        assertThat(OffsetCodec.partitionFromMap(new HashMap<>(OffsetCodec.toMap(partition)))).isEqualTo(partition);
    }

    @Test
    void partitionMapsAlwaysListTheirFieldsInTheSameOrderSoThatTheirSerializedFormIsStable() {
        assertThat(OffsetCodec.toMap(new SourcePartition("b", "p")).keySet()).containsExactly("bucket", "prefix");
        assertThat(OffsetCodec.toMap(new SourcePartition("b", "p")).toString()).isEqualTo("{bucket=b, prefix=p}");
    }

    @Test
    void aPartitionMapEqualsAPlainMapOfItsFieldsHashesAsOneAndCannotBeChanged() {
        Map<String, Object> map = OffsetCodec.toMap(new SourcePartition("b", "p"));

        assertThat(map).isEqualTo(Map.of("bucket", "b", "prefix", "p"));
        assertThat(Map.of("bucket", "b", "prefix", "p")).isEqualTo(map);
        assertThat(map.hashCode()).isEqualTo(Map.of("bucket", "b", "prefix", "p").hashCode());
        assertThat(map).isNotEqualTo(OffsetCodec.toMap(new SourcePartition("b", "q")));
        assertThatThrownBy(() -> map.put("prefix", "q")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void offsetsCarryTheirVersion() {
        assertThat(OffsetCodec.toMap(OFFSET)).containsEntry("v", 1);
    }

    @Test
    void nothingStoredIsNoOffset() {
        assertThat(OffsetCodec.offsetFromMap(null)).isNull();
    }

    @Test
    void rejectsAnUnknownVersion() {
        Map<String, Object> map = new LinkedHashMap<>(OffsetCodec.toMap(OFFSET));
        map.put("v", 2L);

        assertThatThrownBy(() -> OffsetCodec.offsetFromMap(map)).isInstanceOf(InvalidOffsetException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void namesTheFieldThatIsMissingOrMistyped() {
        Map<String, Object> noKey = new LinkedHashMap<>(OffsetCodec.toMap(OFFSET));
        noKey.remove("key");
        Map<String, Object> textRecords = new LinkedHashMap<>(OffsetCodec.toMap(OFFSET));
        textRecords.put("records", "42");
        Map<String, Object> negativeSeek = new LinkedHashMap<>(OffsetCodec.toMap(OFFSET));
        negativeSeek.put("seek", -1L);
        Map<String, Object> noComplete = new LinkedHashMap<>(OffsetCodec.toMap(OFFSET));
        noComplete.put("complete", "yes");

        assertThatThrownBy(() -> OffsetCodec.offsetFromMap(noKey)).hasMessageContaining("'key'")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> OffsetCodec.offsetFromMap(textRecords)).hasMessageContaining("'records'");
        assertThatThrownBy(() -> OffsetCodec.offsetFromMap(negativeSeek)).hasMessageContaining("'seek'");
        assertThatThrownBy(() -> OffsetCodec.offsetFromMap(noComplete)).hasMessageContaining("'complete'");
    }

    @Test
    void rejectsPartitionsWithOtherFields() {
        assertThatThrownBy(() -> OffsetCodec.partitionFromMap(Map.of("bucket", "b")))
                .isInstanceOf(InvalidOffsetException.class).hasMessageContaining("exactly the fields");
        assertThatThrownBy(() -> OffsetCodec.partitionFromMap(Map.of("bucket", "b", "prefix", 3)))
                .isInstanceOf(InvalidOffsetException.class).hasMessageContaining("'prefix'");
    }

    @Test
    void anOffsetMapShowsItsFieldsInAFixedOrderEqualsAPlainMapOfThemAndCannotBeChanged() {
        SourceOffset offset = new SourceOffset("logs/a.log", "e1", new ReadPosition(3, 120, 0), false);

        Map<String, Object> map = OffsetCodec.toMap(offset);

        assertThat(map.keySet()).containsExactly("v", "key", "etag", "records", "seek", "skip", "complete");
        assertThat(map).isEqualTo(Map.of("v", 1, "key", "logs/a.log", "etag", "e1", "records", 3L, "seek", 120L,
                "skip", 0L, "complete", false));
        assertThat(map.hashCode()).isEqualTo(new HashMap<>(map).hashCode());
        assertThatThrownBy(() -> map.put("key", "other")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(OffsetCodec.completesObject(map)).isFalse();
        SourceOffset last = new SourceOffset("logs/a.log", "e1", new ReadPosition(4, 160, 0), true);
        assertThat(OffsetCodec.completesObject(OffsetCodec.toMap(last))).isTrue();
        assertThat(OffsetCodec.completesObject(new HashMap<>(OffsetCodec.toMap(last))))
                .as("a copy, as read back from Connect's store").isTrue();
    }
}
