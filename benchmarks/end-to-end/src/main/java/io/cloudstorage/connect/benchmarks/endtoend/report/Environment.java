package io.cloudstorage.connect.benchmarks.endtoend.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a run measured, as the results describe it: figures mean little without it. */
public record Environment(String processor, int cores, long memoryBytes, String operatingSystem, String java) {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    public static Environment current() {
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Environment(processorModel(), Runtime.getRuntime().availableProcessors(),
                system.getTotalMemorySize(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB of memory, %s, %s", cores, processor,
                memoryBytes / (double) (1L << 30), operatingSystem, java);
    }

    /** The processor's model name where the system tells it (Linux), else what the JVM knows. */
    private static String processorModel() {
        try {
            return Files.readAllLines(CPU_INFO).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException notLinux) {
            return System.getProperty("os.arch");
        }
    }
}
