package io.cloudstorage.connect.format.text;

import java.io.IOException;
import java.io.InputStream;

import org.apache.kafka.connect.data.Schema;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** The only position after the one record is the object's end, so a resumed read yields nothing. */
final class BytesFormat implements RecordFormat {

    /** After the one record: a resumed read yields nothing. */
    private static final ReadPosition END = new ReadPosition(1, 0, 0);

    private final int maxBytes;

    BytesFormat(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) {
        return new RecordReader() {
            private boolean read = start.records() > 0;

            @Override
            public ReadResult next() throws IOException {
                if (read) {
                    return null;
                }
                read = true;
                if (content.size().orElse(0) > maxBytes) {
                    return tooLarge(content.size().getAsLong() + " bytes");
                }
                byte[] bytes;
                try (InputStream in = content.open(0)) {
                    bytes = in.readNBytes(maxBytes + 1);
                }
                if (bytes.length > maxBytes) {
                    return tooLarge("more than " + maxBytes + " bytes");
                }
                return new FormatRecord(Schema.BYTES_SCHEMA, bytes, END);
            }

            /** Its bytes are left out: they are what is too large to hold. */
            private MalformedRecord tooLarge(String size) {
                return new MalformedRecord(new byte[0], "The object holds " + size + ", more than "
                        + BytesFormatProvider.MAX_BYTES + "=" + maxBytes + "; raise " + BytesFormatProvider.MAX_BYTES
                        + " (and Kafka's record size limits) or read it with format=lines", END);
            }

            @Override
            public void close() {
            }
        };
    }
}
