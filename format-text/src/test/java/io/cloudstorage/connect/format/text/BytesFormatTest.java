package io.cloudstorage.connect.format.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordReader;

class BytesFormatTest {

    @Test
    void anObjectLargerThanTheLimitIsAMalformedRecordAndIsNotRead() throws IOException {
        InMemoryContent content = new InMemoryContent("big.bin", new byte[11]);

        try (RecordReader reader = new BytesFormatProvider().create(Map.of(BytesFormatProvider.MAX_BYTES, "10"))
                .open(content, ReadPosition.START)) {
            assertThat(reader.next()).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
                assertThat(malformed.reason()).contains("11 bytes, more than bytes.max.bytes=10");
                assertThat(malformed.raw()).isEmpty();
                assertThat(malformed.number()).isEqualTo(1);
            });
            assertThat(reader.next()).isNull();
        }
        assertThat(content.bytesOpened()).isZero();
    }

    @Test
    void theRecordIsTheWholeObjectWithABytesSchema() throws IOException {
        try (RecordReader reader = new BytesFormatProvider().create(Map.of())
                .open(new InMemoryContent("a.bin", new byte[] {1, 2, 3}), ReadPosition.START)) {
            FormatRecord record = (FormatRecord) reader.next();
            assertThat(record.valueSchema()).isEqualTo(Schema.BYTES_SCHEMA);
            assertThat((byte[]) record.value()).containsExactly(1, 2, 3);
            assertThat(record.number()).isEqualTo(1);
        }
    }
}
