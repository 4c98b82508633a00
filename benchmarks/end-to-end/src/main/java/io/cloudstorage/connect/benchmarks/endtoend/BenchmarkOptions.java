package io.cloudstorage.connect.benchmarks.endtoend;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cloudstorage.connect.benchmarks.endtoend.data.DataSets;
import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.KeyValue;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Profiler;
import io.cloudstorage.connect.benchmarks.endtoend.jvm.ChildJvm;

/**
 * The command line of the end-to-end benchmark. Relative paths are resolved against the working folder, which
 * bin/benchmark sets to the project's root.
 *
 * @param dataSets    the data sets to run, all if empty
 * @param contenders  the contenders to run, in this order, all (in their usual order) if empty
 * @param results     where the tables and the chart go
 * @param s3Latency   how long the proxy holds the body of each object GET of the contenders on S3; zero for none
 * @param s3Bandwidth the most bytes per second the proxy sends of each object GET's body on a connection; 0 for no
 *                    limit
 * @param ourSettings settings of our connector on top of the ones it runs with (both storages), in order
 * @param producerSettings the producer settings of every contender: the ceiling's producers and the workers'
 * @param jvmOptions  options of every measured JVM after the usual ones, in order
 * @param repeat      how many times each contender runs each data set, in changing orders
 * @param warmUp      whether each measured JVM first ingests the data set's warm-up copy
 * @param profilers   what each measured JVM records of itself beside its log
 */
record BenchmarkOptions(Scale scale, long seed, Path pluginPath, Path peers, Path work, Path results,
                        Set<String> dataSets, Set<String> contenders, Duration s3Latency, long s3Bandwidth,
                        Map<String, String> ourSettings, ProducerSettings producerSettings, List<String> jvmOptions,
                        int repeat, boolean warmUp, Set<Profiler> profilers, boolean help) {

    static final long DEFAULT_SEED = 20_261_127L;

    private static final String MAX_HEAP = "-Xmx";

    static final String USAGE = """
            Usage: bin/benchmark [--short | --full] [options]
            Ingests generated data sets with the packaged connector (from S3 and from local files), with a plain
            producer (the ceiling) and with peer connectors, and writes a table and a chart of the results.

              --short              small data sets, a few minutes on two cores (the default)
              --full               100,000 small objects, a 2 GiB object, 1,000,000 finished objects...
              --plugin-path DIR    the folder holding the packaged plug-in folder (default: plugin/target/plugin)
              --peers DIR          the folder holding one plug-in folder per peer
                                   (default: benchmarks/end-to-end/target/peers)
              --data-sets A,B      only these data sets, of: %s
              --contenders A,B     only these contenders, in this order, of: %s
              --seed N             the seed the data sets are made from (default: %d)
              --work DIR           data, worker logs and configurations (default: benchmarks/end-to-end/target/work)
              --results DIR        the results (default: benchmarks/end-to-end/target/results/<time>-<mode>)
              --s3-latency MS      the contenders on S3 reach it through a proxy that holds the body of every
                                   object GET for MS milliseconds, as a remote store's first byte takes
              --s3-bandwidth MBPS  the same proxy sends each object GET's body at no more than MBPS megabytes
                                   (10^6 bytes) a second on each connection, as a remote store serves one
              --jvm-option OPT     an option of every measured JVM (workers, ceiling producer) after -Xmx1g
                                   -XX:+UseG1GC, e.g. --jvm-option -Xmx2g; repeat it for several
              --repeat N           each contender runs each data set N times, each contender after each other one
                                   equally often over the contenders' number of runs; the table shows the run
                                   with the median total time and notes every run's MB/s (default: 1)
              --warm-up            each measured JVM (worker, ceiling producer) first ingests the short size of the
                                   data set (under warm-up/, into a topic of its own), then is measured: the pace
                                   of a JVM that has loaded and compiled its code, as a long-running worker has
              --set KEY=VALUE      a setting of our connector (both storages) other than its default, e.g.
                                   --set read.ahead.ranges=4; repeat it for several
              --producer KEY=VALUE a producer setting of every contender (the ceiling's producers and every
                                   worker's) other than the usual, e.g. --producer buffer.memory=4194304
              --profile            each measured JVM writes a flight recording (JFR, profile settings) beside its
                                   log, e.g. runs/json-1k/ours-s3/worker.jfr (`jfr print` or JDK Mission Control)
              --profile-cpu        each measured JVM writes a flame graph of its threads' CPU time (async-profiler,
                                   JIT and GC threads included) beside its log, e.g. .../worker.cpu.html
              --help               this text
            """.formatted(String.join(", ", DataSets.NAMES), String.join(", ", BenchmarkRun.CONTENDERS),
            DEFAULT_SEED);

    /**
     * @param runName names the default results folder, e.g. the time the run started
     * @throws IllegalArgumentException saying what is wrong with the arguments
     */
    static BenchmarkOptions parse(List<String> args, String runName) {
        Scale scale = Scale.SHORT;
        long seed = DEFAULT_SEED;
        Path pluginPath = Path.of("plugin", "target", "plugin");
        Path peers = Path.of("benchmarks", "end-to-end", "target", "peers");
        Path work = Path.of("benchmarks", "end-to-end", "target", "work");
        Path results = null;
        Set<String> dataSets = Set.of();
        Set<String> contenders = Set.of();
        Duration s3Latency = Duration.ZERO;
        long s3Bandwidth = 0;
        Map<String, String> ourSettings = new LinkedHashMap<>();
        Map<String, String> producerOverrides = new LinkedHashMap<>();
        List<String> jvmOptions = new ArrayList<>();
        int repeat = 1;
        boolean warmUp = false;
        Set<Profiler> profilers = EnumSet.noneOf(Profiler.class);
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--short" -> scale = Scale.SHORT;
                case "--full" -> scale = Scale.FULL;
                case "--help", "-h" -> help = true;
                case "--profile" -> profilers.add(Profiler.FLIGHT_RECORDING);
                case "--profile-cpu" -> profilers.add(Profiler.CPU_FLAME_GRAPH);
                case "--set" -> setting(value(args, ++i, arg), arg, ourSettings);
                case "--producer" -> setting(value(args, ++i, arg), arg, producerOverrides);
                case "--repeat" -> repeat = repeat(value(args, ++i, arg));
                case "--warm-up" -> warmUp = true;
                case "--jvm-option" -> jvmOptions.add(jvmOption(args, ++i));
                case "--plugin-path" -> pluginPath = Path.of(value(args, ++i, arg));
                case "--peers" -> peers = Path.of(value(args, ++i, arg));
                case "--work" -> work = Path.of(value(args, ++i, arg));
                case "--results" -> results = Path.of(value(args, ++i, arg));
                case "--data-sets" -> dataSets = names(value(args, ++i, arg));
                case "--contenders" -> contenders = names(value(args, ++i, arg));
                case "--seed" -> seed = seed(value(args, ++i, arg));
                case "--s3-latency" -> s3Latency = Duration.ofMillis(wholeNumber(value(args, ++i, arg), arg,
                        "milliseconds"));
                case "--s3-bandwidth" -> s3Bandwidth = wholeNumber(value(args, ++i, arg), arg, "megabytes a second")
                        * 1_000_000;
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        if (results == null) {
            results = Path.of("benchmarks", "end-to-end", "target", "results",
                    runName + "-" + scale.name().toLowerCase(Locale.ROOT));
        }
        return new BenchmarkOptions(scale, seed, pluginPath.toAbsolutePath().normalize(),
                peers.toAbsolutePath().normalize(), work.toAbsolutePath().normalize(),
                results.toAbsolutePath().normalize(), dataSets, contenders, s3Latency, s3Bandwidth,
                Collections.unmodifiableMap(ourSettings), ProducerSettings.usual().with(producerOverrides),
                List.copyOf(jvmOptions), repeat, warmUp, Collections.unmodifiableSet(profilers), help);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static void setting(String keyAndValue, String option, Map<String, String> settings) {
        KeyValue setting = KeyValue.parse(keyAndValue).orElseThrow(() -> new IllegalArgumentException(
                option + " takes KEY=VALUE, not '" + keyAndValue + "'"));
        settings.put(setting.key().trim(), setting.value().trim());
    }

    private static Set<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Name at least one, comma-separated: '" + list + "'");
        }
        return Collections.unmodifiableSet(names);
    }

    private static long wholeNumber(String value, String option, String unit) {
        try {
            long number = Long.parseLong(value);
            if (number >= 0 && number < Long.MAX_VALUE / 1_000_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below, as a negative number is.
        }
        throw new IllegalArgumentException(option + " takes " + unit + ", a whole number of at least 0, not '"
                + value + "'");
    }

    /** The options of every measured JVM: the usual ones, then those of --jvm-option, which may override them. */
    List<String> measuredJvmOptions() {
        List<String> options = new ArrayList<>(ChildJvm.MEASURED_JVM_OPTIONS);
        options.addAll(jvmOptions);
        return List.copyOf(options);
    }

    /** The heap a measured JVM may grow to, in bytes: its last {@code -Xmx}, as the JVM takes the last. */
    long measuredMaxHeapBytes() {
        return measuredJvmOptions().stream().filter(option -> option.startsWith(MAX_HEAP))
                .reduce((first, second) -> second).map(BenchmarkOptions::heapBytes).orElseThrow();
    }

    /** Whether the contenders on S3 reach it as a remote store, through the proxy. */
    boolean remoteS3() {
        return !s3Latency.isZero() || s3Bandwidth > 0;
    }

    /** An option of the JVM starts with '-', so it is taken as the value here, not as an option of the harness. */
    private static String jvmOption(List<String> args, int index) {
        if (index >= args.size() || !args.get(index).startsWith("-") || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException("--jvm-option needs a JVM option, such as -Xmx2g");
        }
        String option = args.get(index);
        if (option.startsWith(MAX_HEAP)) {
            heapBytes(option);
        }
        return option;
    }

    /** {@code -Xmx} with a size in bytes, or with k, m, g or t after it, as the JVM reads it. */
    private static long heapBytes(String maxHeapOption) {
        String size = maxHeapOption.substring(MAX_HEAP.length());
        int shift = size.isEmpty() ? 0 : switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
        return wholeNumber(digits, MAX_HEAP, "a heap size (e.g. -Xmx2g)") << shift;
    }

    private static int repeat(String value) {
        long times = wholeNumber(value, "--repeat", "how many runs");
        if (times < 1 || times > 100) {
            throw new IllegalArgumentException("--repeat takes 1 to 100 runs, not " + times);
        }
        return (int) times;
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed takes a whole number, not '" + value + "'");
        }
    }
}
