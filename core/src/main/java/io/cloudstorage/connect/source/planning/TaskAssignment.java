package io.cloudstorage.connect.source.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.connect.util.ConnectorUtils;

import io.cloudstorage.connect.source.offset.SourcePartition;

/**
 * Spreads source partitions over at most {@code tasks.max} tasks, never more tasks than partitions.
 *
 * <p>{@link ConnectorUtils#groupPartitions} cuts an ordered list into contiguous groups. The list keeps the order
 * in which partitions were first seen (new ones are appended, in key order), so a new partition moves at most one
 * partition across each boundary between tasks instead of shifting every partition after it.
 */
public final class TaskAssignment {

    private List<SourcePartition> order = List.of();

    public synchronized List<List<SourcePartition>> assign(Collection<SourcePartition> partitions, int maxTasks) {
        if (maxTasks < 1) {
            throw new IllegalArgumentException("tasks.max must be at least 1, not " + maxTasks);
        }
        Set<SourcePartition> current = new HashSet<>(partitions);
        List<SourcePartition> next = new ArrayList<>(partitions.size());
        for (SourcePartition known : order) {
            if (current.contains(known)) {
                next.add(known);
            }
        }
        Set<SourcePartition> kept = new HashSet<>(next);
        partitions.stream().filter(partition -> !kept.contains(partition))
                .sorted(PartitionDiscovery.order()).forEach(next::add);
        order = List.copyOf(next);
        if (order.isEmpty()) {
            return List.of();
        }
        return ConnectorUtils.groupPartitions(order, Math.min(maxTasks, order.size()));
    }
}
