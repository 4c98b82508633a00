package io.cloudstorage.connect.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects whose lines say where they come from ({@code key|line number|padding}), so that the records in a topic
 * can be checked against them one by one.
 */
final class TestData {

    private final Map<String, String> objects = new LinkedHashMap<>();
    private final Map<String, Integer> lineCounts = new LinkedHashMap<>();

    /** {@code objectsPerPrefix} objects of {@code lines} lines under each prefix. */
    static TestData of(List<String> prefixes, int objectsPerPrefix, int lines) {
        return of(prefixes, 0, objectsPerPrefix, lines);
    }

    /**
     * Objects numbered from {@code firstObject} under each prefix: objects written later with higher numbers sort
     * after those written before, as keys must for the connector to read them.
     */
    static TestData of(List<String> prefixes, int firstObject, int objectsPerPrefix, int lines) {
        TestData data = new TestData();
        for (String prefix : prefixes) {
            for (int i = firstObject; i < firstObject + objectsPerPrefix; i++) {
                data.add(prefix + String.format("object-%04d.txt", i), lines);
            }
        }
        return data;
    }

    TestData add(String key, int lines) {
        StringBuilder content = new StringBuilder();
        for (int line = 1; line <= lines; line++) {
            content.append(key).append('|').append(line).append('|').append("x".repeat(line % 40)).append('\n');
        }
        objects.put(key, content.toString());
        lineCounts.put(key, lines);
        return this;
    }

    TestData plus(TestData other) {
        TestData sum = new TestData();
        sum.objects.putAll(objects);
        sum.objects.putAll(other.objects);
        sum.lineCounts.putAll(lineCounts);
        sum.lineCounts.putAll(other.lineCounts);
        return sum;
    }

    Map<String, String> objects() {
        return objects;
    }

    /** Lines per object key. */
    Map<String, Integer> lineCounts() {
        return lineCounts;
    }

    int totalLines() {
        return lineCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> keys() {
        return new ArrayList<>(objects.keySet());
    }
}
