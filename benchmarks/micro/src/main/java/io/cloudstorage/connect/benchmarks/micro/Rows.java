package io.cloudstorage.connect.benchmarks.micro;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates rows from a seed, so that every run decodes the same data. Each row's message is as long as it takes
 * for the row's JSON line to have exactly the size asked for, which makes line sizes a benchmark parameter.
 */
final class Rows {

    private static final Instant START = Instant.parse("2026-11-27T00:00:00Z");
    private static final String[] EVENTS = {"view", "click", "purchase", "signup", "logout"};

    private Rows() {
    }

    /**
     * @param jsonLineBytes the length of each row's {@link #toJson JSON line}, without its line ending
     * @throws IllegalArgumentException if a row's fields alone are longer than that
     */
    static List<Row> generate(int count, int jsonLineBytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Row bare = new Row(i + 1, START.plusMillis(137L * i), String.format("user-%05d", random.nextInt(100_000)),
                    EVENTS[random.nextInt(EVENTS.length)], random.nextInt(100_000) / 100.0, "");
            int messageLength = jsonLineBytes - toJson(bare).getBytes(UTF_8).length;
            if (messageLength < 0) {
                throw new IllegalArgumentException("A JSON line of " + jsonLineBytes + " bytes cannot hold a row: "
                        + "it takes at least " + (jsonLineBytes - messageLength));
            }
            rows.add(new Row(bare.id(), bare.time(), bare.user(), bare.event(), bare.amount(),
                    Words.text(random, messageLength)));
        }
        return rows;
    }

    /** The row as one line of JSON, without a line ending. */
    static String toJson(Row row) {
        return "{\"id\":" + row.id() + ",\"time\":\"" + row.time() + "\",\"user\":\"" + row.user()
                + "\",\"event\":\"" + row.event() + "\",\"amount\":" + row.amount() + ",\"message\":\""
                + row.message() + "\"}";
    }
}
