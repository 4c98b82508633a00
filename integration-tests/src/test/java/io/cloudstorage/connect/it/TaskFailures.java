package io.cloudstorage.connect.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/** Waits for a connector's task to fail, as Connect's status API reports it. */
final class TaskFailures {

    private TaskFailures() {
    }

    /** The first task of {@code connector} that Connect reports FAILED, with its trace. */
    static ConnectorStateInfo.TaskState awaitFailedTask(EmbeddedConnectCluster connect, String connector,
                                                        Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                Optional<ConnectorStateInfo.TaskState> failed = connect.connectorStatus(connector).tasks().stream()
                        .filter(task -> "FAILED".equals(task.state())).findFirst();
                if (failed.isPresent()) {
                    return failed.get();
                }
            } catch (RuntimeException notYetKnown) {
                // The connector is not in the status topic yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No task of " + connector + " failed within " + timeout.toSeconds() + " s");
    }
}
