package io.cloudstorage.connect.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Checks of what reached a topic against the objects that were written. */
final class Delivery {

    private Delivery() {
    }

    /** Every line of every object arrived exactly once, and each object's lines arrived in order. */
    static void assertExactlyOnceInObjectOrder(List<TopicReader.Line> lines, TestData data) {
        Map<String, List<Integer>> byObject = byObject(lines);
        assertThat(byObject.keySet()).as("objects in the topic").containsExactlyInAnyOrderElementsOf(data.keys());
        data.lineCounts().forEach((key, count) -> assertThat(byObject.get(key)).as("lines of %s in order", key)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count).boxed().toList()));
        assertThat(lines).as("records in the topic").hasSize(data.totalLines());
    }

    /**
     * Every line of every object arrived at least once; each object's lines first arrived in order, and a line
     * arrived again only as part of a replay from an earlier line (what at-least-once allows after a crash).
     */
    static void assertAtLeastOnceInObjectOrder(List<TopicReader.Line> lines, TestData data) {
        Map<String, List<Integer>> byObject = byObject(lines);
        assertThat(byObject.keySet()).as("objects in the topic").containsExactlyInAnyOrderElementsOf(data.keys());
        data.lineCounts().forEach((key, count) -> {
            int highest = 0;
            for (int number : byObject.get(key)) {
                assertThat(number).as("line of %s after line %d", key, highest).isLessThanOrEqualTo(highest + 1);
                highest = Math.max(highest, number);
            }
            assertThat(highest).as("last line of %s", key).isEqualTo(count);
        });
    }

    /** Every record's key is the key of the object it came from (the default record.key). */
    static void assertKeyedByObject(List<TopicReader.Line> lines) {
        assertThat(lines).allSatisfy(line -> assertThat(line.recordKey()).isEqualTo(line.objectKey()));
    }

    /**
     * Checks the transactions that wrote {@code lines}, read with read_committed from topic partitions that one
     * producer at a time writes to. A transaction's commit (or abort) marker takes the next offset of each partition
     * it wrote to, so records whose offsets follow one another without a gap came in one transaction. Each object's
     * last line must end a transaction, no transaction may hold more than {@code maxRecords} records, and some must
     * hold exactly that many: objects longer than that were cut by the limit, not by chance.
     */
    static void assertTransactionsEndAtObjectEndsAndHoldAtMost(List<TopicReader.Line> lines, TestData data,
                                                               int maxRecords) {
        List<String> goingOnAfterAnObject = new ArrayList<>();
        List<Integer> transactionSizes = new ArrayList<>();
        Map<String, List<TopicReader.Line>> byPartition = lines.stream()
                .collect(Collectors.groupingBy(line -> line.topic() + "-" + line.partition()));
        byPartition.forEach((partition, partitionLines) -> {
            List<TopicReader.Line> inOrder = partitionLines.stream()
                    .sorted(Comparator.comparingLong(TopicReader.Line::offset)).toList();
            int size = 1;
            for (int i = 1; i < inOrder.size(); i++) {
                TopicReader.Line previous = inOrder.get(i - 1);
                if (inOrder.get(i).offset() != previous.offset() + 1) {
                    transactionSizes.add(size);
                    size = 1;
                    continue;
                }
                if (previous.lineNumber() == data.lineCounts().get(previous.objectKey())) {
                    goingOnAfterAnObject.add(previous.value() + " at " + partition + "@" + previous.offset());
                }
                size++;
            }
            transactionSizes.add(size);
        });
        assertThat(goingOnAfterAnObject).as("last lines of objects after which the transaction went on").isEmpty();
        assertThat(transactionSizes).as("records per transaction").allSatisfy(size ->
                assertThat(size).isLessThanOrEqualTo(maxRecords)).contains(maxRecords);
    }

    private static Map<String, List<Integer>> byObject(List<TopicReader.Line> lines) {
        Map<String, List<Integer>> byObject = new LinkedHashMap<>();
        for (TopicReader.Line line : lines) {
            byObject.computeIfAbsent(line.objectKey(), key -> new ArrayList<>()).add(line.lineNumber());
        }
        return byObject;
    }
}
