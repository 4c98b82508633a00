package io.cloudstorage.connect.benchmarks.endtoend.data;

/**
 * How big the data sets are. {@link #SHORT} fits a run in a few minutes on two cores; {@link #FULL} has the sizes
 * the benchmark is about (100,000 small objects, a 2 GiB object, a prefix of 1,000,000 finished objects).
 */
public enum Scale {

    SHORT(32_768, 160_000, 2_000, 131_072, 2_000, 100),
    FULL(524_288, 1_280_000, 100_000, 2_097_152, 1_000_000, 1_000);

    private final int kibLinesPerPrefix;
    private final int shortLinesPerPrefix;
    private final int smallObjects;
    private final int largeObjectLines;
    private final int finishedObjects;
    private final int newObjects;

    /**
     * @param kibLinesPerPrefix   lines of the 1 KiB data sets, in each of their two prefixes
     * @param shortLinesPerPrefix lines of the 100-byte data sets, in each of their two prefixes
     * @param smallObjects        4 KiB objects of the small-objects data set, over two prefixes
     * @param largeObjectLines    1 KiB lines of the large object
     * @param finishedObjects     objects already read in the resume data set
     * @param newObjects          4 KiB objects to read after them
     */
    Scale(int kibLinesPerPrefix, int shortLinesPerPrefix, int smallObjects, int largeObjectLines,
          int finishedObjects, int newObjects) {
        this.kibLinesPerPrefix = kibLinesPerPrefix;
        this.shortLinesPerPrefix = shortLinesPerPrefix;
        this.smallObjects = smallObjects;
        this.largeObjectLines = largeObjectLines;
        this.finishedObjects = finishedObjects;
        this.newObjects = newObjects;
    }

    int kibLinesPerPrefix() {
        return kibLinesPerPrefix;
    }

    int shortLinesPerPrefix() {
        return shortLinesPerPrefix;
    }

    int smallObjects() {
        return smallObjects;
    }

    int largeObjectLines() {
        return largeObjectLines;
    }

    int finishedObjects() {
        return finishedObjects;
    }

    int newObjects() {
        return newObjects;
    }
}
