package io.cloudstorage.connect.source.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.offset.SourcePartition;

class TaskAssignmentTest {

    @ParameterizedTest(name = "{0} partitions over tasks.max={1}")
    @CsvSource({"3,2", "3,5", "1,1", "10,3", "7,7", "100,8"})
    void assignsEveryPartitionOnceToAtMostAsManyTasksAsPartitions(int partitionCount, int maxTasks) {
        List<SourcePartition> partitions = partitions(partitionCount);

        List<List<SourcePartition>> groups = new TaskAssignment().assign(partitions, maxTasks);

        assertThat(groups).hasSize(Math.min(partitionCount, maxTasks));
        assertThat(groups).allSatisfy(group -> assertThat(group).isNotEmpty());
        assertThat(groups.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(partitions);
        int smallest = groups.stream().mapToInt(List::size).min().orElseThrow();
        int largest = groups.stream().mapToInt(List::size).max().orElseThrow();
        assertThat(largest - smallest).as("balanced").isLessThanOrEqualTo(1);
    }

    @Test
    void noPartitionsNeedNoTasks() {
        assertThat(new TaskAssignment().assign(List.of(), 4)).isEmpty();
    }

    @Test
    void aNewPartitionMovesAtMostOnePartitionAcrossEachTaskBoundary() {
        Random random = new Random(1);
        for (int round = 0; round < 200; round++) {
            int maxTasks = 1 + random.nextInt(8);
            List<SourcePartition> partitions = new ArrayList<>(partitions(1 + random.nextInt(40)));
            TaskAssignment assignment = new TaskAssignment();
            Map<SourcePartition, Integer> before = taskOf(assignment.assign(partitions, maxTasks));

            partitions.add(new SourcePartition("b", "p/" + random.nextInt(1000) + "-new/"));
            Map<SourcePartition, Integer> after = taskOf(assignment.assign(partitions, maxTasks));

            long moved = before.keySet().stream().filter(p -> !before.get(p).equals(after.get(p))).count();
            assertThat(moved).as("partitions moved with %d tasks", maxTasks).isLessThanOrEqualTo(maxTasks - 1);
        }
    }

    @Test
    void withOnePartitionPerTaskANewPartitionMovesNone() {
        TaskAssignment assignment = new TaskAssignment();
        List<SourcePartition> partitions = new ArrayList<>(partitions(3));
        Map<SourcePartition, Integer> before = taskOf(assignment.assign(partitions, 10));

        partitions.add(0, new SourcePartition("b", "a-first-in-key-order/"));
        Map<SourcePartition, Integer> after = taskOf(assignment.assign(partitions, 10));

        before.forEach((partition, task) -> assertThat(after.get(partition)).isEqualTo(task));
    }

    @Test
    void partitionsThatDisappearAreDropped() {
        TaskAssignment assignment = new TaskAssignment();
        List<SourcePartition> partitions = partitions(4);
        assignment.assign(partitions, 2);

        List<List<SourcePartition>> groups = assignment.assign(partitions.subList(1, 4), 2);

        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(partitions.subList(1, 4));
    }

    private static List<SourcePartition> partitions(int count) {
        return IntStream.range(0, count).mapToObj(i -> new SourcePartition("b", String.format("p/%03d/", i))).toList();
    }

    private static Map<SourcePartition, Integer> taskOf(List<List<SourcePartition>> groups) {
        Map<SourcePartition, Integer> task = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (SourcePartition partition : groups.get(i)) {
                task.put(partition, i);
            }
        }
        return task;
    }
}
