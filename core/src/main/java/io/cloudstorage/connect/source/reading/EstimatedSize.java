package io.cloudstorage.connect.source.reading;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * The size of a Connect value in bytes, estimated from what it holds, without serializing it: cheap enough for
 * every record, and close to what converters write for the values formats make (text, bytes, structs of them).
 */
final class EstimatedSize {

    /** What a number, boolean, date or decimal counts: no converter writes one in much more. */
    static final long SCALAR = 8;

    private EstimatedSize() {
    }

    /** A string counts its characters, bytes their number, a struct, map or collection the sum of its parts. */
    static long of(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String text) {
            return text.length();
        }
        if (value instanceof byte[] bytes) {
            return bytes.length;
        }
        if (value instanceof ByteBuffer buffer) {
            return buffer.remaining();
        }
        if (value instanceof Struct struct) {
            long size = 0;
            for (Field field : struct.schema().fields()) {
                size += of(struct.get(field));
            }
            return size;
        }
        if (value instanceof Map<?, ?> map) {
            long size = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += of(entry.getKey()) + of(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> collection) {
            long size = 0;
            for (Object element : collection) {
                size += of(element);
            }
            return size;
        }
        return SCALAR;
    }
}
