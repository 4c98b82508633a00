package io.cloudstorage.connect.benchmarks.endtoend.jvm;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started by the harness, with its output in a log file and a JMX agent on a loopback port, so that its heap
 * and CPU time can be read from outside while it works.
 */
public final class ChildJvm implements AutoCloseable {

    /** The same for every measured JVM, so that their heap figures compare. */
    public static final List<String> MEASURED_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseG1GC");

    private static final long STOP_SECONDS = 30;

    private final String name;
    private final Process process;
    private final int jmxPort;
    private final Path log;

    private ChildJvm(String name, Process process, int jmxPort, Path log) {
        this.name = name;
        this.process = process;
        this.jmxPort = jmxPort;
        this.log = log;
    }

    /**
     * @param jvmOptions options besides the class path and the JMX agent's
     */
    public static ChildJvm start(String name, List<String> classPath, List<String> jvmOptions, String mainClass,
                                 List<String> arguments, Path log) throws IOException {
        int jmxPort = LoopbackPorts.free();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-cp", String.join(File.pathSeparator, classPath),
                mainClass));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildJvm(name, process, jmxPort, log);
    }

    /** Connects to the JVM's JMX agent, waiting until it listens. */
    public JvmProbe probe() throws IOException, InterruptedException {
        return JvmProbe.connect(this);
    }

    int jmxPort() {
        return jmxPort;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Why the JVM is gone, if it is. */
    public String exitDescription() {
        return name + " exited with code " + process.exitValue() + "; see " + log;
    }

    /** Writes a line to the JVM's standard input. */
    public void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(UTF_8));
        in.flush();
    }

    public Path log() {
        return log;
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }

    /**
     * Asks the JVM to stop (SIGTERM, so that a worker shuts down cleanly), and kills it if it does not, or if this
     * thread is interrupted meanwhile.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
