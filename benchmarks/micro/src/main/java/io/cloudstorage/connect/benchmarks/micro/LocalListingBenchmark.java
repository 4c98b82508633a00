package io.cloudstorage.connect.benchmarks.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;
import io.cloudstorage.connect.storage.local.LocalStorageProvider;

/**
 * Lists a whole folder of empty files on local storage, page after page as a task reads a prefix (pages of 1,000
 * keys): the cost of reading a prefix of many small objects is mostly this. The files are made once per trial in a
 * temporary folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class LocalListingBenchmark {

    private static final int PAGE_SIZE = 1000;

    @Param({"10000", "50000"})
    public int files;

    private Path root;
    private ObjectStorage storage;

    @Setup(Level.Trial)
    public void createFiles() throws IOException {
        root = Files.createTempDirectory("local-listing-benchmark");
        Path folder = Files.createDirectories(root.resolve("bucket").resolve("objects"));
        for (int i = 0; i < files; i++) {
            Files.createFile(folder.resolve(String.format("part-%08d.jsonl", i)));
        }
        storage = new LocalStorageProvider().open("bucket", Map.of(LocalStorageProvider.ROOT, root.toString()));
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        storage.close();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public int listEveryPage() {
        int listed = 0;
        String startAfter = null;
        List<StorageObject> page;
        do {
            page = storage.list("objects/", startAfter, PAGE_SIZE);
            listed += page.size();
            startAfter = page.isEmpty() ? startAfter : page.get(page.size() - 1).key();
        } while (page.size() == PAGE_SIZE);
        if (listed != files) {
            throw new IllegalStateException("Listed " + listed + " of " + files + " files");
        }
        return listed;
    }
}
