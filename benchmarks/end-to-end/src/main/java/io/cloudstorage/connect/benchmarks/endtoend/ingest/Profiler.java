package io.cloudstorage.connect.benchmarks.endtoend.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;

import one.profiler.AsyncProfilerLoader;

/** What a measured JVM records of itself, in a file beside its log named as the log. */
public enum Profiler {

    /** A flight recording (JFR, profile settings): allocation, collections, locks, and sparse samples of Java code. */
    FLIGHT_RECORDING(".jfr") {
        @Override
        String jvmOption(Path output) {
            return "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + output;
        }
    },

    /**
     * async-profiler, as a Java agent: the CPU time of every thread (the JIT compilers' and the collector's too),
     * sampled every 5 ms, as a flame graph. JFR samples only threads running Java code, and few of them.
     */
    CPU_FLAME_GRAPH(".cpu.html") {
        @Override
        String jvmOption(Path output) {
            return "-javaagent:" + agentJar() + "=start,event=itimer,interval=5ms,file=" + output;
        }
    };

    private final String suffix;

    Profiler(String suffix) {
        this.suffix = suffix;
    }

    /** The option that makes a JVM whose log is {@code log} write this profile beside it. */
    String jvmOptionBeside(Path log) {
        return jvmOption(log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + suffix));
    }

    abstract String jvmOption(Path output);

    /** The ap-loader jar on the harness's class path, which is the agent and carries async-profiler's libraries. */
    private static Path agentJar() {
        try {
            return Path.of(AsyncProfilerLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where the ap-loader jar is", e);
        }
    }
}
