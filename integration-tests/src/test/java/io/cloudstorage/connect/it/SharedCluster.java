package io.cloudstorage.connect.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An S3 server and a Connect cluster (one KRaft broker, distributed workers with the packaged plug-in) shared by the
 * tests of one class: started before the first, stopped after the last. Register it as a static field.
 */
final class SharedCluster implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private final int workers;
    private Path s3Data;
    private S3Fixture s3;
    private EmbeddedConnectCluster connect;

    SharedCluster(String name, int workers) {
        this.name = name;
        this.workers = workers;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        s3Data = Files.createTempDirectory("it-s3-" + name);
        s3 = S3Fixture.start(s3Data);
        connect = ConnectWorkers.startCluster(name, workers);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (connect != null) {
            connect.stop();
        }
        if (s3 != null) {
            s3.close();
        }
        try (Stream<Path> paths = Files.walk(s3Data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    S3Fixture s3() {
        return s3;
    }

    EmbeddedConnectCluster connect() {
        return connect;
    }
}
