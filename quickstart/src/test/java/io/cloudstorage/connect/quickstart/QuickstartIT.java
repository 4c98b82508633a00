package io.cloudstorage.connect.quickstart;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The quickstart as bin/quickstart runs it: its own broker, worker, S3 server and sample objects. */
class QuickstartIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @Test
    void showsTheSampleObjectsAndThoseWrittenLaterIncludingANewFolderArrivingInKafka() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Quickstart quickstart = new Quickstart(QuickstartArgs.parse(),
                new LiveConsole(new PrintStream(output, true, UTF_8), false));
        // Only the first writes go to the first folders: a fifth later object can only come from the new folder.
        int laterObjects = SampleBucket.OBJECTS_BEFORE_LATER_FOLDER + 1;
        long expectedRecords = SampleBucket.initialRecords() + (long) laterObjects
                * SampleBucket.LATER_LINES_PER_OBJECT;
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Quickstart.Outcome> run = runner.submit(quickstart::run);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!run.isDone() && Instant.now().isBefore(deadline)
                    && quickstart.progress().map(totals -> totals.records() < expectedRecords).orElse(true)) {
                Thread.sleep(250);
            }
            quickstart.stop();
            Quickstart.Outcome outcome = run.get(60, TimeUnit.SECONDS);
            String shown = output.toString(UTF_8);

            assertThat(outcome.failed()).as("the connector failed; output:%n%s", shown).isFalse();
            assertThat(outcome.totals().records()).as("records in Kafka; output:%n%s", shown)
                    .isGreaterThanOrEqualTo(expectedRecords);
            assertThat(outcome.totals().objects()).isGreaterThanOrEqualTo(
                    SampleBucket.INITIAL_FOLDERS.size() * SampleBucket.INITIAL_OBJECTS_PER_FOLDER + laterObjects);
            assertThat(shown).contains("Created connector 'quickstart'", "s3.secret.access.key=[hidden]",
                    "records/s", "MB/s", "s3://quickstart/logs/web/part-00001.log #1: {\"time\"",
                    "+ new object s3://quickstart/" + SampleBucket.LATER_FOLDER, "in a new folder", "Stopped: ");
        } finally {
            quickstart.stop();
            runner.shutdownNow();
        }
    }
}
