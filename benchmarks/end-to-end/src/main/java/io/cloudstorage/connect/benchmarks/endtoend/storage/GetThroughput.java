package io.cloudstorage.connect.benchmarks.endtoend.storage;

/** What plain GETs of a data set's objects moved, and how long they took. */
public record GetThroughput(int objects, long storedBytes, double seconds) {
}
