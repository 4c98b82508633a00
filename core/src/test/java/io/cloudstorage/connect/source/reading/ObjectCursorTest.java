package io.cloudstorage.connect.source.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;
import io.cloudstorage.connect.spi.storage.StorageObject;

class ObjectCursorTest {

    private static final StorageObject OBJECT = new StorageObject("k", 0, "e", Instant.EPOCH);

    @Test
    void theLastGoodRecordBeforeUnreadableContentIsHandedOutBeforeTheFailure() throws Exception {
        ObjectCursor cursor = new ObjectCursor(new InMemoryContent("k", new byte[0]), twoRecordsThenCorrupt(),
                OBJECT, ReadPosition.START);

        ObjectRecord first = cursor.next();
        ObjectRecord second = cursor.next();

        assertThat(((FormatRecord) first.result()).value()).isEqualTo("one");
        assertThat(((FormatRecord) second.result()).value()).isEqualTo("two");
        assertThat(second.last()).as("the object is not complete").isFalse();
        assertThat(cursor.position().records()).isEqualTo(2);
        assertThatThrownBy(cursor::next).isInstanceOf(MalformedDataException.class).hasMessage("corrupt");
    }

    private static RecordFormat twoRecordsThenCorrupt() {
        return (content, start) -> {
            Deque<String> values = new ArrayDeque<>(List.of("one", "two"));
            return new RecordReader() {
                private long number;

                @Override
                public FormatRecord next() throws MalformedDataException {
                    if (values.isEmpty()) {
                        throw new MalformedDataException("corrupt", number + 1);
                    }
                    number++;
                    return new FormatRecord(Schema.STRING_SCHEMA, values.poll(), new ReadPosition(number, 0, number));
                }

                @Override
                public void close() {
                }
            };
        };
    }
}
