package io.cloudstorage.connect.source.config;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** How far a task fetches ahead of what it reads: the next objects, and the next ranges of a large object. */
public final class ReadAheadConfig {

    public static final String GROUP = "Read ahead";
    public static final String OBJECTS = "read.ahead.objects";
    public static final String BYTES = "read.ahead.bytes";
    public static final String RANGES = "read.ahead.ranges";
    public static final String RANGE_BYTES = "read.ahead.range.bytes";

    private final int objects;
    private final int bytes;
    private final int ranges;
    private final int rangeBytes;

    ReadAheadConfig(AbstractConfig config) {
        this.objects = config.getInt(OBJECTS);
        this.bytes = config.getInt(BYTES);
        this.ranges = config.getInt(RANGES);
        this.rangeBytes = config.getInt(RANGE_BYTES);
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(OBJECTS, Type.INT, 8, Range.between(0, 64), Importance.LOW,
                        "How many of the objects listed next a task fetches while it reads the current ones, each "
                                + "with a request of its own, shared among the task's source partitions (at least "
                                + "one each). Many small objects are then read at the pace of several requests at a "
                                + "time rather than one; records are still produced in order, one object after the "
                                + "other. 0 fetches nothing ahead. Formats that read objects by position (Parquet) "
                                + "are never fetched ahead.",
                        GROUP, ++order, Width.SHORT, "Objects read ahead")
                .define(BYTES, Type.INT, 1_048_576, Range.between(1_024, 64 * 1_048_576), Importance.LOW,
                        "The most bytes of each object fetched ahead; a larger object's rest is read when its "
                                + "records are. A task holds at most " + OBJECTS + " times this many bytes read "
                                + "ahead (8 MiB with the defaults).",
                        GROUP, ++order, Width.SHORT, "Bytes read ahead per object")
                .define(RANGES, Type.INT, 0, Range.between(0, 64), Importance.LOW,
                        "How many ranges of a large object a task fetches, each with a request of its own, while "
                                + "it reads the range before them. A remote store serves each connection at a "
                                + "limited pace (tens of MB/s for Amazon S3); ranges requested side by side add up. "
                                + "An object is read in ranges of " + RANGE_BYTES + " when more than one range of "
                                + "it is left to read; records are still produced in order. The ranges are shared "
                                + "by the task's source partitions, and a task holds at most this many in memory, "
                                + "in buffers it keeps once made (32 MiB for 4 ranges of 8 MiB). 0, the default, "
                                + "reads each object with one "
                                + "request: set 4 when a task reads large objects more slowly than its CPU allows "
                                + "because the store's pace per connection is the limit; where the CPU is the "
                                + "limit, ranges cost CPU for nothing. Formats that read objects by position "
                                + "(Parquet) do not read in ranges.",
                        GROUP, ++order, Width.SHORT, "Ranges read ahead")
                .define(RANGE_BYTES, Type.INT, 8 * 1_048_576, Range.between(1_024, 256 * 1_048_576),
                        Importance.LOW, "The size of each range of a large object read in ranges (see " + RANGES
                                + "): one request per range.",
                        GROUP, ++order, Width.SHORT, "Range size");
    }

    /** How many objects a task fetches ahead in all; 0 for none. */
    public int objects() {
        return objects;
    }

    /** The most bytes of one object fetched ahead. */
    public int bytes() {
        return bytes;
    }

    /** How many ranges of large objects a task fetches ahead in all; 0 for none. */
    public int ranges() {
        return ranges;
    }

    /** The size of a range. */
    public int rangeBytes() {
        return rangeBytes;
    }
}
