package io.cloudstorage.connect.source.offset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.cloudstorage.connect.spi.format.ReadPosition;

/**
 * The one place where source partitions and offsets become the maps Kafka Connect stores, and back.
 *
 * <p>Connect finds a partition's offset by the serialized form of its map, so partition maps are built with a
 * fixed key order: a map whose order varied between JVMs would not find its offset after a restart. Offsets carry
 * a version so that later formats can still read these.
 */
public final class OffsetCodec {

    public static final int VERSION = 1;

    static final String BUCKET = "bucket";
    static final String PREFIX = "prefix";
    static final String VERSION_FIELD = "v";
    static final String KEY = "key";
    static final String ETAG = "etag";
    static final String RECORDS = "records";
    static final String SEEK = "seek";
    static final String SKIP = "skip";
    static final String COMPLETE = "complete";
    static final String WATERMARK = "watermark";
    static final String DONE = "done";
    static final String UNREADABLE = "unreadable";

    private OffsetCodec() {
    }

    public static Map<String, Object> toMap(SourcePartition partition) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(BUCKET, partition.bucket());
        map.put(PREFIX, partition.prefix());
        return new PartitionMap(map);
    }

    /** The offset as Connect stores it; its fields are made when they are first read. */
    public static Map<String, Object> toMap(SourceOffset offset) {
        return new OffsetMap(offset);
    }

    /** The fields of an offset, in a fixed order. */
    static Map<String, Object> fields(SourceOffset offset) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(VERSION_FIELD, VERSION);
        map.put(KEY, offset.key());
        map.put(ETAG, offset.etag());
        map.put(RECORDS, offset.position().records());
        map.put(SEEK, offset.position().seek());
        map.put(SKIP, offset.position().skip());
        map.put(COMPLETE, offset.objectComplete());
        offset.arrival().ifPresent(progress -> {
            map.put(WATERMARK, progress.watermark().toEpochMilli());
            map.put(DONE, progress.encoded());
        });
        if (offset.restUnreadable()) {
            map.put(UNREADABLE, true);
        }
        return map;
    }

    /** Whether a record with this offset map, which this codec wrote, is the last of its object. */
    public static boolean completesObject(Map<String, ?> offset) {
        if (offset instanceof OffsetMap made) {
            return made.offset().objectComplete();
        }
        return Boolean.TRUE.equals(offset.get(COMPLETE));
    }

    /**
     * @throws InvalidOffsetException naming the field that is missing or of the wrong type
     */
    public static SourcePartition partitionFromMap(Map<String, ?> map) {
        if (map == null) {
            throw new InvalidOffsetException("A source partition cannot be null");
        }
        if (map.size() != 2) {
            throw new InvalidOffsetException("A source partition has exactly the fields '" + BUCKET + "' and '"
                    + PREFIX + "', not " + map.keySet());
        }
        return new SourcePartition(string(map, BUCKET), string(map, PREFIX));
    }

    /**
     * @return the offset, or {@code null} if the map is {@code null} (nothing stored yet)
     * @throws InvalidOffsetException naming the field that is missing or of the wrong type
     */
    public static SourceOffset offsetFromMap(Map<String, ?> map) {
        if (map == null) {
            return null;
        }
        long version = number(map, VERSION_FIELD);
        if (version != VERSION) {
            throw new InvalidOffsetException("Offset version " + version + " is not known to this connector "
                    + "version, which reads version " + VERSION + ": was it written by a newer connector?");
        }
        long records = nonNegative(map, RECORDS);
        long seek = nonNegative(map, SEEK);
        long skip = nonNegative(map, SKIP);
        if (skip > records) {
            throw new InvalidOffsetException("Offset field '" + SKIP + "' (" + skip + ") cannot exceed '" + RECORDS
                    + "' (" + records + ")");
        }
        return new SourceOffset(string(map, KEY), string(map, ETAG), new ReadPosition(records, seek, skip),
                flag(map, COMPLETE), arrivalProgress(map), map.get(UNREADABLE) != null && flag(map, UNREADABLE));
    }

    /** Present in offsets of partitions read in arrival order: both fields, or neither. */
    private static Optional<ArrivalProgress> arrivalProgress(Map<String, ?> map) {
        if (!map.containsKey(WATERMARK) && !map.containsKey(DONE)) {
            return Optional.empty();
        }
        return Optional.of(ArrivalProgress.of(number(map, WATERMARK), string(map, DONE)));
    }

    private static boolean flag(Map<String, ?> map, String field) {
        Object value = map.get(field);
        if (!(value instanceof Boolean)) {
            throw new InvalidOffsetException("Offset field '" + field + "' must be true or false, not "
                    + describe(value));
        }
        return (Boolean) value;
    }

    private static String string(Map<String, ?> map, String field) {
        Object value = map.get(field);
        if (!(value instanceof String)) {
            throw new InvalidOffsetException("Field '" + field + "' must be a string, not " + describe(value));
        }
        return (String) value;
    }

    private static long nonNegative(Map<String, ?> map, String field) {
        long value = number(map, field);
        if (value < 0) {
            throw new InvalidOffsetException("Offset field '" + field + "' cannot be negative: " + value);
        }
        return value;
    }

    /** Connect's JSON offset store hands integers back as Long whatever type was stored, so any integer is taken. */
    private static long number(Map<String, ?> map, String field) {
        Object value = map.get(field);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new InvalidOffsetException("Offset field '" + field + "' must be an integer, not " + describe(value));
    }

    private static String describe(Object value) {
        return value == null ? "missing" : value.getClass().getSimpleName() + " " + value;
    }
}
