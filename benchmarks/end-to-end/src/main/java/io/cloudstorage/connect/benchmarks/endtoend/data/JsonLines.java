package io.cloudstorage.connect.benchmarks.endtoend.data;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.SplittableRandom;

/**
 * JSON lines of an exact size, each made from the seed and its index alone: any line can be made again anywhere,
 * which lets the ceiling producer send exactly the records that the objects hold without reading them.
 *
 * <p>A line's text field is a slice of a pool of words made once from the seed. Copying a slice keeps making a
 * line far cheaper than sending it, so the ceiling measures Kafka, not this class; a pool much larger than gzip's
 * 32 KiB window keeps the gzip data sets about as compressible as word-like text is, not trivially so.
 */
public final class JsonLines {

    private static final int POOL_BYTES = 1 << 20;
    private static final long FIRST_TIMESTAMP = 1_795_737_600_000L; // 2026-11-27T00:00:00Z
    private static final String[] EVENTS = {"view", "click", "purchase", "signup", "logout"};
    private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
            "hotel", "india", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
            "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu", "request", "response",
            "error", "warning", "session", "checkout"};

    private final long seed;
    private final int lineBytes;
    private final byte[] pool;

    /**
     * @param lineBytes each line's size with its '\n', so that a record's value is one byte shorter
     */
    public JsonLines(long seed, int lineBytes) {
        this.seed = seed;
        this.lineBytes = lineBytes;
        this.pool = wordPool(new SplittableRandom(seed));
    }

    /** Each line's size in bytes, with its line ending. */
    public int lineBytes() {
        return lineBytes;
    }

    /**
     * Line {@code index} without its line ending: the value of the record it becomes.
     *
     * @throws IllegalArgumentException if {@link #lineBytes()} is too small for a line's fields
     */
    public byte[] value(long index) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        StringBuilder head = new StringBuilder(96).append("{\"seq\":").append(index)
                .append(",\"ts\":").append(FIRST_TIMESTAMP + index)
                .append(",\"user\":\"user-");
        String user = Integer.toString(random.nextInt(100_000));
        head.append("0".repeat(5 - user.length())).append(user)
                .append("\",\"event\":\"").append(EVENTS[random.nextInt(EVENTS.length)])
                .append("\",\"text\":\"");
        byte[] value = new byte[lineBytes - 1];
        int textLength = value.length - head.length() - 2;
        if (textLength < 0) {
            throw new IllegalArgumentException("A JSON line of " + lineBytes + " bytes cannot hold a record's "
                    + "fields, which take " + (head.length() + 3) + " bytes");
        }
        byte[] headBytes = head.toString().getBytes(US_ASCII);
        System.arraycopy(headBytes, 0, value, 0, headBytes.length);
        System.arraycopy(pool, random.nextInt(POOL_BYTES - textLength + 1), value, headBytes.length, textLength);
        value[value.length - 2] = '"';
        value[value.length - 1] = '}';
        return value;
    }

    private static byte[] wordPool(SplittableRandom random) {
        StringBuilder text = new StringBuilder(POOL_BYTES + 16);
        while (text.length() < POOL_BYTES) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.setLength(POOL_BYTES);
        return text.toString().getBytes(US_ASCII);
    }
}
