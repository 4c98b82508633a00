package io.cloudstorage.connect.it;

import java.time.Duration;

import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/** Waits for a connector's task to fail, as Connect's status API reports it. */
final class TaskFailures {

    private TaskFailures() {
    }

    /** The first task of {@code connector} that Connect reports FAILED, with its trace. */
    static ConnectorStateInfo.TaskState awaitFailedTask(EmbeddedConnectCluster connect, String connector,
                                                        Duration timeout) throws InterruptedException {
        ConnectorStateInfo status = ConnectWorkers.awaitStatus(connect, connector,
                candidate -> candidate.tasks().stream().anyMatch(TaskFailures::failed),
                "a task of " + connector + " failed", timeout);
        return status.tasks().stream().filter(TaskFailures::failed).findFirst().orElseThrow();
    }

    private static boolean failed(ConnectorStateInfo.TaskState task) {
        return "FAILED".equals(task.state());
    }
}
