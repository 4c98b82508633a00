package io.cloudstorage.connect.benchmarks.micro;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.SplittableRandom;

/** Text of an exact length, made of words, for content whose sizes a benchmark fixes. */
final class Words {

    private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
            "india", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa"};

    private Words() {
    }

    /** {@code count} lines of words, each {@code lineBytes} long with its '\n'. */
    static byte[] lines(int count, int lineBytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(count * lineBytes);
        for (int i = 0; i < count; i++) {
            text.append(text(random, lineBytes - 1)).append('\n');
        }
        return text.toString().getBytes(US_ASCII);
    }

    /** Words separated by spaces, cut to exactly {@code length} ASCII characters. */
    static String text(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.setLength(length);
        return text.toString();
    }
}
