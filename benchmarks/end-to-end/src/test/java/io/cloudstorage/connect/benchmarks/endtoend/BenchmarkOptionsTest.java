package io.cloudstorage.connect.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.benchmarks.endtoend.data.Scale;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.ProducerSettings;
import io.cloudstorage.connect.benchmarks.endtoend.ingest.Profiler;

class BenchmarkOptionsTest {

    @Test
    void withoutArgumentsARunIsShortWithTheDefaultSeedAndFoldersUnderTheProjectRoot() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of(), "20261127-101500");

        assertThat(options.scale()).isEqualTo(Scale.SHORT);
        assertThat(options.seed()).isEqualTo(BenchmarkOptions.DEFAULT_SEED);
        assertThat(options.pluginPath()).isEqualTo(Path.of("plugin/target/plugin").toAbsolutePath());
        assertThat(options.results()).isEqualTo(
                Path.of("benchmarks/end-to-end/target/results/20261127-101500-short").toAbsolutePath());
        assertThat(options.dataSets()).isEmpty();
        assertThat(options.contenders()).isEmpty();
        assertThat(options.s3Latency()).isZero();
        assertThat(options.remoteS3()).isFalse();
        assertThat(options.ourSettings()).isEmpty();
        assertThat(options.producerSettings().producer()).isEqualTo(ProducerSettings.usual().producer());
        assertThat(options.profilers()).isEmpty();
        assertThat(options.repeat()).isEqualTo(1);
        assertThat(options.warmUp()).isFalse();
        assertThat(options.jvmOptions()).isEmpty();
        assertThat(options.measuredJvmOptions()).containsExactly("-Xmx1g", "-XX:+UseG1GC");
        assertThat(options.measuredMaxHeapBytes()).isEqualTo(1L << 30);
        assertThat(options.help()).isFalse();
    }

    @Test
    void everyOptionIsRead() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--full", "--seed", "7", "--plugin-path", "/p",
                "--peers", "/peers", "--work", "/w", "--results", "/r", "--data-sets", "json-1k, resume",
                "--contenders", "ours-s3", "--s3-latency", "20", "--s3-bandwidth", "50", "--profile", "--profile-cpu", "--repeat", "3", "--warm-up", "--jvm-option", "-Xmx2g", "--jvm-option", "-XX:G1NewSizePercent=40",
                "--set", "read.ahead.ranges=4", "--set", "topic.suffix = a=b", "--producer", "buffer.memory=4194304",
                "--producer", "linger.ms=20"), "now");

        assertThat(options.scale()).isEqualTo(Scale.FULL);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.pluginPath()).isEqualTo(Path.of("/p"));
        assertThat(options.peers()).isEqualTo(Path.of("/peers"));
        assertThat(options.work()).isEqualTo(Path.of("/w"));
        assertThat(options.results()).isEqualTo(Path.of("/r"));
        assertThat(options.dataSets()).containsExactlyInAnyOrder("json-1k", "resume");
        assertThat(options.contenders()).containsExactly("ours-s3");
        assertThat(options.s3Latency()).isEqualTo(Duration.ofMillis(20));
        assertThat(options.s3Bandwidth()).isEqualTo(50_000_000);
        assertThat(options.remoteS3()).isTrue();
        assertThat(options.repeat()).isEqualTo(3);
        assertThat(options.warmUp()).isTrue();
        assertThat(options.jvmOptions()).containsExactly("-Xmx2g", "-XX:G1NewSizePercent=40");
        assertThat(options.measuredJvmOptions()).containsExactly("-Xmx1g", "-XX:+UseG1GC", "-Xmx2g",
                "-XX:G1NewSizePercent=40");
        assertThat(options.measuredMaxHeapBytes()).isEqualTo(2L << 30);
        assertThat(options.profilers()).containsExactlyInAnyOrder(Profiler.FLIGHT_RECORDING,
                Profiler.CPU_FLAME_GRAPH);
        assertThat(options.ourSettings()).containsExactly(entry("read.ahead.ranges", "4"), entry("topic.suffix", "a=b"));
        assertThat(options.producerSettings().producer()).containsEntry("buffer.memory", "4194304")
                .containsEntry("linger.ms", "20").containsEntry("acks", "all");
    }

    @Test
    void theContendersKeepTheOrderTheyAreGivenIn() {
        List<String> given = List.of("file-stream-source", "ours-local", "ceiling", "ours-s3", "s3-get");

        assertThat(BenchmarkOptions.parse(List.of("--contenders", String.join(",", given)), "t").contenders())
                .containsExactlyElementsOf(given);
    }

    @Test
    void theDefaultResultsFolderNamesTheMode() {
        assertThat(BenchmarkOptions.parse(List.of("--full"), "t").results().getFileName())
                .isEqualTo(Path.of("t-full"));
    }

    @Test
    void anUnknownArgumentAMissingValueOrABadSeedIsRefused() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--fast"), "t"))
                .hasMessage("Unknown argument: --fast");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--seed"), "t")).hasMessage("--seed needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--results", "--full"), "t"))
                .hasMessage("--results needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--s3-latency", "-1"), "t"))
                .hasMessage("--s3-latency takes milliseconds, a whole number of at least 0, not '-1'");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--seed", "x"), "t"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--data-sets", " , "), "t"))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--set", "=4"), "t"))
                .hasMessage("--set takes KEY=VALUE, not '=4'");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--producer", "acks"), "t"))
                .hasMessage("--producer takes KEY=VALUE, not 'acks'");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--repeat", "0"), "t"))
                .hasMessage("--repeat takes 1 to 100 runs, not 0");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--jvm-option", "--full"), "t"))
                .hasMessage("--jvm-option needs a JVM option, such as -Xmx2g");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--jvm-option", "-Xmx2q"), "t"))
                .hasMessage("-Xmx takes a heap size (e.g. -Xmx2g), a whole number of at least 0, not '2q'");
    }

    @Test
    void theMeasuredJvmsMaximumHeapIsTheLastXmxInItsUnits() {
        assertThat(BenchmarkOptions.parse(List.of("--jvm-option", "-Xmx3G", "--jvm-option", "-Xmx1536m"), "t")
                .measuredMaxHeapBytes()).isEqualTo(1536L << 20);
        assertThat(BenchmarkOptions.parse(List.of("--jvm-option", "-Xmx2097152k"), "t").measuredMaxHeapBytes())
                .isEqualTo(2L << 30);
        assertThat(BenchmarkOptions.parse(List.of("--jvm-option", "-Xmx1073741824"), "t").measuredMaxHeapBytes())
                .isEqualTo(1L << 30);
    }
}
