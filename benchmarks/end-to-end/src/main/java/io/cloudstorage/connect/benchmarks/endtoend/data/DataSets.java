package io.cloudstorage.connect.benchmarks.endtoend.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The data sets of a run, all made from one seed: the same seed and scale give the same bytes. */
public final class DataSets {

    private static final int PREFIXES = 2;
    private static final int SMALL_OBJECT_LINES = 4;
    /** Where the warm-up copies of the data sets lie, apart from every data set's prefixes. */
    private static final String WARM_UP_ROOT = "warm-up/";

    private DataSets() {
    }

    /** The data sets the benchmark's targets are judged on, besides being measured like the others. */
    public static final String KIB_LINES = "json-1k";
    public static final String LARGE_OBJECT = "large-object";
    public static final String RESUME = "resume";

    /** The names of the data sets, in the order a run measures them. */
    public static final List<String> NAMES = List.of(KIB_LINES, "json-1k-gz", "json-100b", "json-100b-gz",
            "small-objects", LARGE_OBJECT, RESUME);

    public static List<DataSet> of(Scale scale, long seed) {
        return NAMES.stream().map(name -> named(name, scale, seed)).toList();
    }

    /**
     * Makes only the data set named, which a JVM that measures one data set needs (the ceiling's): the others'
     * objects would be garbage in the heap it measures.
     *
     * @throws IllegalArgumentException naming the data sets there are, if none is called {@code name}
     */
    public static DataSet named(String name, Scale scale, long seed) {
        return switch (name) {
            case KIB_LINES -> onePerPrefix(name, new JsonLines(seed, 1024), scale.kibLinesPerPrefix(), false);
            case "json-1k-gz" -> onePerPrefix(name, new JsonLines(seed, 1024), scale.kibLinesPerPrefix(), true);
            case "json-100b" -> onePerPrefix(name, new JsonLines(seed, 100), scale.shortLinesPerPrefix(), false);
            case "json-100b-gz" -> onePerPrefix(name, new JsonLines(seed, 100), scale.shortLinesPerPrefix(), true);
            case "small-objects" -> smallObjects(new JsonLines(seed, 1024), scale.smallObjects());
            case LARGE_OBJECT -> largeObject(new JsonLines(seed, 1024), scale.largeObjectLines());
            case RESUME -> resume(new JsonLines(seed, 1024), scale.finishedObjects(), scale.newObjects());
            default -> throw new IllegalArgumentException("No data set named '" + name + "'; there are " + NAMES);
        };
    }

    /**
     * What a JVM ingests before it is measured (--warm-up): the data set named at its short size, under
     * {@code warm-up/}, made from the same seed. Only its objects to read: the finished objects of a resume data
     * set are there to be skipped, and skipping them is what its measurement times.
     */
    public static DataSet warmUp(String name, long seed) {
        DataSet shortSize = named(name, Scale.SHORT, seed);
        return new DataSet(name, "warm-up: " + shortSize.description(), shortSize.text(),
                shortSize.toRead().stream().map(object -> object.under(WARM_UP_ROOT)).toList(), List.of());
    }

    /** Two prefixes of one object each: a file per prefix, which also suits connectors that read one file. */
    private static DataSet onePerPrefix(String name, JsonLines text, int lines, boolean gzip) {
        List<StoredObject> objects = new ArrayList<>();
        for (int p = 0; p < PREFIXES; p++) {
            objects.add(new StoredObject(name + "/p" + p + "/part-0000000.jsonl" + (gzip ? ".gz" : ""),
                    (long) p * lines, lines, gzip));
        }
        String description = String.format(Locale.ROOT, "%d prefixes × 1 object of %,d JSON lines of %s (%s)%s",
                PREFIXES, lines, bytes(text.lineBytes()), bytes((long) PREFIXES * lines * text.lineBytes()),
                gzip ? ", gzip" : "");
        return new DataSet(name, description, text, objects, List.of());
    }

    private static DataSet smallObjects(JsonLines text, int count) {
        List<StoredObject> objects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            objects.add(new StoredObject(String.format(Locale.ROOT, "small-objects/p%d/part-%07d.jsonl",
                    i % PREFIXES, i), (long) i * SMALL_OBJECT_LINES, SMALL_OBJECT_LINES, false));
        }
        String description = String.format(Locale.ROOT, "%,d objects of %s (%d lines) over %d prefixes", count,
                bytes((long) SMALL_OBJECT_LINES * text.lineBytes()), SMALL_OBJECT_LINES, PREFIXES);
        return new DataSet("small-objects", description, text, objects, List.of());
    }

    private static DataSet largeObject(JsonLines text, int lines) {
        String description = String.format(Locale.ROOT, "1 object of %,d JSON lines of %s (%s)", lines,
                bytes(text.lineBytes()), bytes((long) lines * text.lineBytes()));
        return new DataSet(LARGE_OBJECT, description, text,
                List.of(new StoredObject("large-object/part-0000000.jsonl", 0, lines, false)), List.of());
    }

    /** One prefix: finished objects of one line, then new ones of 4 KiB, whose keys sort after them. */
    private static DataSet resume(JsonLines text, int finished, int fresh) {
        List<StoredObject> done = new ArrayList<>();
        for (int i = 0; i < finished; i++) {
            done.add(new StoredObject(String.format(Locale.ROOT, "resume/done-%07d.jsonl", i), i, 1, false));
        }
        List<StoredObject> added = new ArrayList<>();
        for (int i = 0; i < fresh; i++) {
            added.add(new StoredObject(String.format(Locale.ROOT, "resume/new-%07d.jsonl", i),
                    finished + (long) i * SMALL_OBJECT_LINES, SMALL_OBJECT_LINES, false));
        }
        String description = String.format(Locale.ROOT, "1 prefix of %,d finished objects, then %,d new objects "
                + "of %s; reading starts after the finished ones", finished, fresh,
                bytes((long) SMALL_OBJECT_LINES * text.lineBytes()));
        return new DataSet(RESUME, description, text, added, done);
    }

    /** A size in binary units, as the data sets are sized. */
    static String bytes(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB"
                    : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
