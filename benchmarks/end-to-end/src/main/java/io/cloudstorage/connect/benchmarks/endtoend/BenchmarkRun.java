package io.cloudstorage.connect.benchmarks.endtoend;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.connect.util.clusters.EmbeddedKafkaCluster;

import io.cloudstorage.connect.benchmarks.endtoend.ceiling.CeilingIngester;
import io.cloudstorage.connect.benchmarks.endtoend.connect.ConnectorIngester;
import io.cloudstorage.connect.benchmarks.endtoend.connect.FileStreamSourcePeer;
import io.cloudstorage.connect.benchmarks.endtoend.connect.OurConnector;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSet;
import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Ingester;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Ingestion;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.JvmLauncher;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.WarmUp;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.JvmUsage;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.UsageSampler;
import io.cloudstorage.connect.benchmarks.endtoend.report.Contender;
import io.cloudstorage.connect.benchmarks.endtoend.report.Measurement;
import io.cloudstorage.connect.benchmarks.endtoend.report.Role;
import io.cloudstorage.connect.benchmarks.endtoend.storage.BenchmarkBucket;
import io.cloudstorage.connect.benchmarks.endtoend.storage.GetThroughput;
import io.cloudstorage.connect.benchmarks.endtoend.storage.S3Location;
import io.cloudstorage.connect.benchmarks.endtoend.storage.StorageRequests;
import io.cloudstorage.connect.locals3.LocalS3Server;
import io.cloudstorage.connect.locals3.proxy.Fault;
import io.cloudstorage.connect.locals3.proxy.FaultInjectingProxy;
import io.cloudstorage.connect.locals3.proxy.RequestMatcher;

/**
 * One run: a KRaft broker in this JVM, an S3 server in its own process holding every data set, then for each data
 * set the raw GETs and each contender in turn, each in a fresh JVM writing to a topic of its own.
 */
final class BenchmarkRun {

    static final Contender S3_GET = new Contender("s3-get", "storage: raw S3 GET", Role.STORAGE, "s3");
    static final List<String> CONTENDERS = List.of(S3_GET.id(), "ceiling", "ours-s3", "ours-local",
            "file-stream-source");

    private static final int PARTITIONS = 4;
    private static final String BUCKET = "benchmark";
    private static final String S3_FOLDER = "s3";
    private static final String RUNS_FOLDER = "runs";
    private static final String SCRATCH_FOLDER = "scratch";
    private static final String REQUESTS_NOTE = "storage requests: n/a (counted on S3 only)";

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final List<Measurement> measurements = new ArrayList<>();
    /** The warm-up copy of each data set, by its name, as loaded into the bucket (--warm-up). */
    private final Map<String, DataSet> warmUps = new HashMap<>();

    BenchmarkRun(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** @throws IllegalStateException if the plug-in or a peer's folder is missing */
    List<Measurement> run(List<DataSet> dataSets) throws Exception {
        requireFolder(options.pluginPath(), "the packaged plug-in: build it first (bin/benchmark does), or give "
                + "--plugin-path");
        requireFolder(options.peers(), "the peers' plug-in folders: build this module first (bin/benchmark "
                + "does), or give --peers");
        // What an earlier run left: only the folders a run makes, whatever else --work holds.
        for (String folder : List.of(S3_FOLDER, RUNS_FOLDER, SCRATCH_FOLDER)) {
            deleteRecursively(options.work().resolve(folder));
        }
        Path scratch = Files.createDirectories(options.work().resolve(SCRATCH_FOLDER));
        JvmLauncher launcher = JvmLauncher.create(options.work(), options.measuredJvmOptions(), options.profilers());

        out.println("Starting a Kafka broker (KRaft, in this JVM) and an S3 server (s3proxy, its own process)...");
        EmbeddedKafkaCluster kafka = startKafka();
        try (LocalS3Server s3 = LocalS3Server.start(options.work().resolve(S3_FOLDER));
             FaultInjectingProxy proxy = FaultInjectingProxy.start(s3.endpoint());
             BenchmarkBucket bucket = BenchmarkBucket.create(s3, BUCKET, scratch);
             Admin admin = kafka.createAdminClient()) {
            for (DataSet dataSet : dataSets) {
                load(bucket, dataSet);
                if (options.warmUp()) {
                    DataSet warmUp = DataSets.warmUp(dataSet.name(), options.seed());
                    load(bucket, warmUp);
                    warmUps.put(dataSet.name(), warmUp);
                }
            }
            if (options.remoteS3()) {
                proxy.faultUntilCleared(RequestMatcher.objectReads().inBucket(BUCKET),
                        Fault.paced(options.s3Latency(), options.s3Bandwidth()));
            }
            for (DataSet dataSet : dataSets) {
                if (selected(S3_GET)) {
                    report(measureGets(bucket, dataSet));
                }
                // Only where the resume cost is measured or S3 is made remote: elsewhere the proxy's extra hop would
                // weigh on throughput.
                Optional<FaultInjectingProxy> requestLog = dataSet.lastReadKey().isPresent() || options.remoteS3()
                        ? Optional.of(proxy) : Optional.empty();
                S3Location s3Location = requestLog.map(log -> bucket.location().through(log.endpoint()))
                        .orElse(bucket.location());
                List<Ingester> ingesters = ingesters(launcher, kafka.bootstrapServers(), bucket, s3Location);
                for (int run = 1; run <= options.repeat(); run++) {
                    if (options.repeat() > 1) {
                        out.printf(Locale.ROOT, "%s, run %d of %d:%n", dataSet.name(), run, options.repeat());
                    }
                    for (Ingester ingester : inRunOrder(ingesters, run)) {
                        boolean readsS3 = ingester.contender().storage().equals(S3_GET.storage());
                        report(measure(ingester, dataSet, run, kafka.bootstrapServers(), admin,
                                requestLog.filter(log -> readsS3), Optional.of(s3).filter(server -> readsS3)));
                    }
                }
            }
        } finally {
            kafka.stop();
        }
        return List.copyOf(measurements);
    }

    private void load(BenchmarkBucket bucket, DataSet dataSet) throws IOException, InterruptedException {
        long start = System.nanoTime();
        bucket.load(dataSet);
        out.printf(Locale.ROOT, "Loaded %s (%s) in %.1f s%n", dataSet.name(), dataSet.description(),
                (System.nanoTime() - start) / 1e9);
    }

    /** @param s3Location where the contenders on S3 reach the bucket */
    private List<Ingester> ingesters(JvmLauncher launcher, String bootstrapServers, BenchmarkBucket bucket,
                                     S3Location s3Location) {
        List<Ingester> all = List.of(
                new CeilingIngester(launcher, bootstrapServers, options.producerSettings(), options.scale(),
                        options.seed()),
                new ConnectorIngester(OurConnector.onS3(options.pluginPath(), s3Location, options.ourSettings()),
                        launcher, bootstrapServers, options.producerSettings()),
                new ConnectorIngester(OurConnector.onLocal(options.pluginPath(), bucket.root(), BUCKET,
                        options.ourSettings()), launcher, bootstrapServers, options.producerSettings()),
                new ConnectorIngester(new FileStreamSourcePeer(options.peers().resolve("file-stream-source"),
                        bucket.folder()), launcher, bootstrapServers, options.producerSettings()));
        List<String> order = List.copyOf(options.contenders());
        return all.stream().filter(ingester -> selected(ingester.contender()))
                .sorted(Comparator.comparingInt(ingester -> order.indexOf(ingester.contender().id()))).toList();
    }

    /**
     * The contenders in the order of the given run (from 1), the first run in the order given. A run's contender
     * may find the machine in a state the one before it left (caches, the broker's files, the collector of the
     * shared JVMs), so the orders form a Williams design: over as many runs as contenders (twice as many if their
     * number is odd), each contender runs right after each other one equally often.
     */
    static <T> List<T> inRunOrder(List<T> contenders, int run) {
        int n = contenders.size();
        int[] first = williamsRow(n, 0);
        int[] givenPosition = new int[n];
        for (int i = 0; i < n; i++) {
            givenPosition[first[i]] = i;
        }
        List<T> order = new ArrayList<>(n);
        for (int index : williamsRow(n, run - 1)) {
            order.add(contenders.get(givenPosition[index]));
        }
        return order;
    }

    /** Row {@code row} (from 0) of a Williams design for {@code n} treatments: 0, 1, n-1, 2, n-2, ... shifted. */
    private static int[] williamsRow(int n, int row) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int base = i % 2 == 1 ? (i + 1) / 2 : (n - i / 2) % n;
            order[i] = (base + row) % n;
        }
        boolean mirrored = n % 2 == 1 && (row / n) % 2 == 1;
        if (mirrored) {
            for (int i = 0; i < n / 2; i++) {
                int swapped = order[i];
                order[i] = order[n - 1 - i];
                order[n - 1 - i] = swapped;
            }
        }
        return order;
    }

    private boolean selected(Contender contender) {
        return options.contenders().isEmpty() || options.contenders().contains(contender.id());
    }

    private Measurement measureGets(BenchmarkBucket bucket, DataSet dataSet) throws IOException, InterruptedException {
        GetThroughput gets = bucket.measureGets(dataSet);
        return new Measurement(dataSet.name(), S3_GET, dataSet.records(), gets.storedBytes(), OptionalDouble.empty(),
                OptionalDouble.of(gets.seconds()), OptionalLong.empty(), OptionalDouble.empty(), Optional.empty(),
                dataSet.compressed() ? "stored (gzip) bytes, from the harness's JVM" : "from the harness's JVM");
    }

    /**
     * A contender's run; a failure is a row that says what failed, and the run goes on with the next.
     *
     * @param requestLog the proxy between the contender and the S3 server, if its requests are counted
     * @param s3Server   the S3 server, if the contender reads from it
     */
    private Measurement measure(Ingester ingester, DataSet dataSet, int run, String bootstrapServers, Admin admin,
                                Optional<FaultInjectingProxy> requestLog, Optional<LocalS3Server> s3Server)
            throws Exception {
        Contender contender = ingester.contender();
        Optional<String> unsupported = ingester.unsupported(dataSet);
        if (unsupported.isPresent()) {
            return Measurement.withoutFigures(dataSet.name(), contender, "n/a: " + unsupported.get());
        }
        // Each run its own topic and folder: a worker would resume from the offsets an earlier run stored.
        String runName = options.repeat() > 1 ? "run-" + run : "";
        String topic = dataSet.name() + "." + contender.id() + (runName.isEmpty() ? "" : "." + runName);
        Path folder = Files.createDirectories(options.work().resolve(RUNS_FOLDER).resolve(dataSet.name())
                .resolve(contender.id()).resolve(runName));
        createTopic(admin, topic);
        try (TopicCounter counter = new TopicCounter(bootstrapServers, topic, PARTITIONS);
             Ingestion ingestion = ingester.prepare(dataSet, topic, folder)) {
            DataSet warmUp = warmUps.get(dataSet.name());
            if (warmUp != null) {
                Optional<String> problem = warmUp(ingestion, warmUp, topic, bootstrapServers, admin);
                if (problem.isPresent()) {
                    return Measurement.failed(dataSet.name(), contender, "warm-up: " + problem.get() + "; logs in "
                            + folder);
                }
            }
            return measure(ingestion, counter, dataSet, contender, folder, requestLog, s3Server);
        } catch (IOException e) {
            return Measurement.failed(dataSet.name(), contender, e.getMessage() + "; logs in " + folder);
        } finally {
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }

    /**
     * Ingests {@code warmUp}, a data set's warm-up copy, into a topic of its own and waits until all of it has arrived.
     *
     * @return what went wrong, if not all of it arrived
     */
    private Optional<String> warmUp(Ingestion ingestion, DataSet warmUp, String topic, String bootstrapServers,
                                    Admin admin) throws Exception {
        String warmUpTopic = "warm-up." + topic;
        createTopic(admin, warmUpTopic);
        try (TopicCounter counter = new TopicCounter(bootstrapServers, warmUpTopic, PARTITIONS);
             WarmUp running = ingestion.warmUp(warmUp, warmUpTopic)) {
            return counter.await(warmUp.records(), System.nanoTime(), timeout(warmUp), running::failure).problem();
        } finally {
            admin.deleteTopics(List.of(warmUpTopic)).all().get();
        }
    }

    /** A topic of the run's number of partitions, which its {@link TopicCounter} reads. */
    private static void createTopic(Admin admin, String topic) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
    }

    /** The measured part of a run: from {@link Ingestion#begin()} until every record has arrived. */
    private Measurement measure(Ingestion ingestion, TopicCounter counter, DataSet dataSet, Contender contender,
                                Path folder, Optional<FaultInjectingProxy> requestLog,
                                Optional<LocalS3Server> s3Server) throws IOException, InterruptedException {
        try (UsageSampler usage = UsageSampler.start(ingestion.probe())) {
            // What the worker asked while it was set up (validation, offsets) is not part of the measured interval.
            requestLog.ifPresent(FaultInjectingProxy::clearRequests);
            Optional<Duration> serverCpuBefore = s3Server.flatMap(LocalS3Server::cpuTime);
            long start = System.nanoTime();
            ingestion.begin();
            Arrival arrival = counter.await(dataSet.records(), start, timeout(dataSet), ingestion::failure);
            Optional<StorageRequests> requests = requestLog.map(log -> StorageRequests.count(log.requests()));
            Optional<Duration> serverCpu = serverCpuBefore.flatMap(before -> s3Server.flatMap(LocalS3Server::cpuTime)
                    .map(after -> after.minus(before)));
            JvmUsage used = usage.stop();
            if (arrival.problem().isPresent()) {
                return Measurement.failed(dataSet.name(), contender, arrival.problem().get() + "; logs in "
                        + folder);
            }
            return new Measurement(dataSet.name(), contender, arrival.records(), arrival.valueBytes(),
                    arrival.firstRecordSeconds(), OptionalDouble.of(arrival.lastRecordSeconds()),
                    OptionalLong.of(used.peakHeapBytes()), OptionalDouble.of(used.cpuSeconds()), requests,
                    note(dataSet, contender, arrival, requests, serverCpu));
        }
    }

    /**
     * @param requests  the storage requests counted during the run, empty where they were not counted
     * @param serverCpu the CPU time the S3 server used during the run, empty where the contender did not read it
     */
    static String note(DataSet dataSet, Contender contender, Arrival arrival, Optional<StorageRequests> requests,
                       Optional<Duration> serverCpu) {
        List<String> notes = new ArrayList<>();
        if (arrival.records() > dataSet.records()) {
            notes.add(String.format(Locale.ROOT, "%,d records more than the data set holds",
                    arrival.records() - dataSet.records()));
        } else if (arrival.valueBytes() != dataSet.valueBytes()) {
            notes.add("values differ in size from the data set's lines");
        }
        if (requests.isPresent()) {
            notes.add(requests.get().toString());
        } else if (dataSet.lastReadKey().isPresent() && contender.role() == Role.OURS) {
            notes.add(REQUESTS_NOTE);
        }
        serverCpu.ifPresent(cpu -> notes.add(String.format(Locale.ROOT, "S3 server: %.1f CPU s",
                cpu.toMillis() / 1000.0)));
        return String.join("; ", notes);
    }

    /** Generous: two minutes, then a second per MB and 50 ms per object; a slower run has gone wrong. */
    private static Duration timeout(DataSet dataSet) {
        return Duration.ofSeconds(120 + dataSet.valueBytes() / 1_000_000).plusMillis(50L * dataSet.toRead().size());
    }

    private void report(Measurement measurement) {
        measurements.add(measurement);
        if (measurement.seconds().isEmpty()) {
            out.printf(Locale.ROOT, "%-13s %-24s %s%n", measurement.dataSet(), measurement.contender().name(),
                    measurement.note());
            return;
        }
        out.printf(Locale.ROOT, "%-13s %-24s %,.1f MB in %.2f s: %.1f MB/s, %,.0f records/s%s%n",
                measurement.dataSet(), measurement.contender().name(), measurement.bytes() / 1e6,
                measurement.seconds().getAsDouble(), measurement.megabytesPerSecond().getAsDouble(),
                measurement.recordsPerSecond().getAsDouble(), measurement.firstRecordSeconds().isPresent()
                        ? String.format(Locale.ROOT, " (first record after %.2f s)",
                        measurement.firstRecordSeconds().getAsDouble()) : "");
    }

    /** The broker formats its storage with a tool that prints to standard output, where the results go. */
    private static EmbeddedKafkaCluster startKafka() {
        EmbeddedKafkaCluster kafka = new EmbeddedKafkaCluster(1, new Properties());
        PrintStream standardOutput = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            kafka.start();
        } finally {
            System.setOut(standardOutput);
        }
        return kafka;
    }

    private static void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("No folder " + folder + ", which should hold " + what);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
