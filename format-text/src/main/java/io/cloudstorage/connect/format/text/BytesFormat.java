package io.cloudstorage.connect.format.text;

import java.io.IOException;
import java.io.InputStream;

import org.apache.kafka.connect.data.Schema;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** The only position after the one record is the object's end, so a resumed read yields nothing. */
final class BytesFormat implements RecordFormat {

    private final int maxBytes;

    BytesFormat(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) {
        return new RecordReader() {
            private boolean read = start.records() > 0;

            @Override
            public FormatRecord next() throws IOException {
                if (read) {
                    return null;
                }
                read = true;
                if (content.size() > maxBytes) {
                    throw tooLarge(content.size());
                }
                byte[] bytes;
                try (InputStream in = content.open(0)) {
                    bytes = in.readNBytes(maxBytes + 1);
                }
                if (bytes.length > maxBytes) {
                    throw tooLarge(bytes.length);
                }
                return new FormatRecord(Schema.BYTES_SCHEMA, bytes, new ReadPosition(1, bytes.length, 0));
            }

            private MalformedDataException tooLarge(long size) {
                return new MalformedDataException(content.location() + " holds " + size + " bytes, more than "
                        + BytesFormatProvider.MAX_BYTES + "=" + maxBytes + "; raise " + BytesFormatProvider.MAX_BYTES
                        + " (and Kafka's record size limits) or read it with format=lines", 1);
            }

            @Override
            public void close() {
            }
        };
    }
}
