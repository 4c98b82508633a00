package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cloudstorage.connect.benchmarks.endtoend.jvm.ChildJvm;

/**
 * Starts the JVMs that are measured, all with the same heap and collector: Connect workers on Kafka's class path
 * alone (connectors come from their plug-in folders), and the ceiling producer on that class path plus the
 * harness's own classes.
 */
public final class JvmLauncher {

    /** The system property naming the file that holds the workers' class path, as Maven wrote it. */
    static final String KAFKA_CLASS_PATH_PROPERTY = "benchmark.worker.classpath";
    private static final String LOG_CONFIG = "log4j2-benchmark.xml";

    private final List<String> kafkaClassPath;
    private final List<String> harnessClassPath;
    private final Path logConfig;
    private final List<String> jvmOptions;
    private final Set<Profiler> profilers;

    private JvmLauncher(List<String> kafkaClassPath, List<String> harnessClassPath, Path logConfig,
                        List<String> jvmOptions, Set<Profiler> profilers) {
        this.kafkaClassPath = kafkaClassPath;
        this.harnessClassPath = harnessClassPath;
        this.logConfig = logConfig;
        this.jvmOptions = jvmOptions;
        this.profilers = profilers;
    }

    /**
     * @param folder  where the logging configuration of the child JVMs is written
     * @param jvmOptions the options of each JVM, besides its logging and profiling
     * @param profilers  what each JVM records of itself beside its log
     * @throws IllegalStateException if the system property {@value #KAFKA_CLASS_PATH_PROPERTY} names no file
     */
    public static JvmLauncher create(Path folder, List<String> jvmOptions, Set<Profiler> profilers)
            throws IOException {
        String listFile = System.getProperty(KAFKA_CLASS_PATH_PROPERTY);
        if (listFile == null || !Files.isRegularFile(Path.of(listFile))) {
            throw new IllegalStateException("Set -D" + KAFKA_CLASS_PATH_PROPERTY + " to the worker class path file "
                    + "that the build writes (benchmarks/end-to-end/target/worker-classpath.txt); bin/benchmark does");
        }
        List<String> kafka = List.of(Files.readString(Path.of(listFile)).trim().split(File.pathSeparator));
        List<String> harness = new ArrayList<>();
        harness.add(ownCodeLocation().toString());
        harness.addAll(kafka);
        Path logConfig = folder.resolve(LOG_CONFIG);
        try (InputStream in = JvmLauncher.class.getResourceAsStream("/" + LOG_CONFIG)) {
            Files.copy(in, logConfig, StandardCopyOption.REPLACE_EXISTING);
        }
        return new JvmLauncher(kafka, List.copyOf(harness), logConfig, List.copyOf(jvmOptions),
                Set.copyOf(profilers));
    }

    /** The logging configuration of the harness itself, on its class path. */
    public static String harnessLogConfig() {
        return LOG_CONFIG;
    }

    /** A JVM on Kafka's class path, as a Connect worker of a Kafka installation runs. */
    public ChildJvm startOnKafka(String name, String mainClass, List<String> arguments, Path log)
            throws IOException {
        return ChildJvm.start(name, kafkaClassPath, options(log), mainClass, arguments, log);
    }

    /** A JVM on Kafka's class path and the harness's classes. */
    public ChildJvm startOnHarness(String name, String mainClass, List<String> arguments, Path log)
            throws IOException {
        return ChildJvm.start(name, harnessClassPath, options(log), mainClass, arguments, log);
    }

    private List<String> options(Path log) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dlog4j2.configurationFile=" + logConfig);
        options.add("-Dbenchmark.log=" + log);
        profilers.forEach(profiler -> options.add(profiler.jvmOptionBeside(log)));
        return options;
    }

    private static Path ownCodeLocation() throws IOException {
        try {
            return Path.of(JvmLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot tell where the harness's classes are", e);
        }
    }
}
