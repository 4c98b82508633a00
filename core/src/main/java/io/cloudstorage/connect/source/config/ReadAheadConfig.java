package io.cloudstorage.connect.source.config;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** How far a task fetches objects ahead of the one it reads. */
public final class ReadAheadConfig {

    public static final String GROUP = "Read ahead";
    public static final String OBJECTS = "read.ahead.objects";
    public static final String BYTES = "read.ahead.bytes";

    private final int objects;
    private final int bytes;

    ReadAheadConfig(AbstractConfig config) {
        this.objects = config.getInt(OBJECTS);
        this.bytes = config.getInt(BYTES);
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
                        GROUP, ++order, Width.SHORT, "Bytes read ahead per object");
    }

    /** How many objects a task fetches ahead in all; 0 for none. */
    public int objects() {
        return objects;
    }

    /** The most bytes of one object fetched ahead. */
    public int bytes() {
        return bytes;
    }
}
