package io.cloudstorage.connect.source.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.storage.StorageObject;

class ArrivalProgressTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void objectsBeforeTheWatermarkAndTheVersionsReadAfterItAreDone() {
        StorageObject old = object("a", "e1", T.minusSeconds(60));
        StorageObject read = object("b", "e2", T.plusSeconds(5));
        StorageObject unread = object("c", "e3", T.plusSeconds(5));

        ArrivalProgress progress = ArrivalProgress.NONE.advancedTo(T).withDone(read);

        assertThat(progress.isDone(old)).isTrue();
        assertThat(progress.isDone(read)).isTrue();
        assertThat(progress.isDone(unread)).isFalse();
        assertThat(progress.isDone(object("b", "e9", T.plusSeconds(5)))).as("new content").isFalse();
        assertThat(progress.isDone(object("b", "e2", T.plusSeconds(9)))).as("written again").isFalse();
    }

    @Test
    void aVersionListedWithMillisecondsIsTheSameWhenAHeadRequestGivesOnlySeconds() {
        ArrivalProgress progress = ArrivalProgress.NONE.withDone(object("a", "e", T.plusMillis(250)));

        assertThat(progress.isDone(object("a", "e", T))).isTrue();
    }

    @Test
    void movingTheWatermarkForgetsTheVersionsItCoversAndNeverGoesBack() {
        ArrivalProgress progress = ArrivalProgress.NONE.withDone(object("a", "e", T))
                .withDone(object("b", "e", T.plusSeconds(10)));

        ArrivalProgress advanced = progress.advancedTo(T.plusSeconds(5));

        assertThat(advanced.doneCount()).isEqualTo(1);
        assertThat(advanced.isDone(object("a", "e", T))).isTrue();
        assertThat(advanced.advancedTo(T)).isSameAs(advanced);
    }

    @Test
    void anArrivalOffsetSurvivesTheTripThroughConnectsStore() {
        ArrivalProgress progress = ArrivalProgress.NONE.advancedTo(T).withDone(object("a", "e", T.plusSeconds(1)));
        SourceOffset offset = new SourceOffset("a", "e", new ReadPosition(3, 40, 0), true, Optional.of(progress));
        Map<String, Object> stored = new HashMap<>();
        OffsetCodec.toMap(offset).forEach((field, value) ->
                stored.put(field, value instanceof Integer number ? number.longValue() : value));

        assertThat(OffsetCodec.offsetFromMap(stored)).isEqualTo(offset);
    }

    @Test
    void rejectsDoneEntriesThisConnectorDidNotWrite() {
        Map<String, Object> map = new LinkedHashMap<>(OffsetCodec.toMap(new SourceOffset("a", "e",
                ReadPosition.START, true, Optional.of(ArrivalProgress.NONE))));
        map.put("done", "a/b/c");

        assertThatThrownBy(() -> OffsetCodec.offsetFromMap(map)).isInstanceOf(InvalidOffsetException.class)
                .hasMessageContaining("a/b/c");
    }

    @Test
    void anArrivalOffsetNeedsBothItsWatermarkAndItsDoneObjects() {
        Map<String, Object> map = new LinkedHashMap<>(OffsetCodec.toMap(new SourceOffset("a", "e",
                ReadPosition.START, true, Optional.of(ArrivalProgress.NONE))));
        map.remove("watermark");

        assertThatThrownBy(() -> OffsetCodec.offsetFromMap(map)).isInstanceOf(InvalidOffsetException.class)
                .hasMessageContaining("watermark");
    }

    private static StorageObject object(String key, String etag, Instant lastModified) {
        return new StorageObject(key, 10, etag, lastModified);
    }
}
