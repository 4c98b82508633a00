package io.cloudstorage.connect.benchmarks.endtoend;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What reached the topic during a run.
 *
 * @param valueBytes         the size of the records' values
 * @param firstRecordSeconds from the start of the run to the first record
 * @param lastRecordSeconds  from the start of the run to the last record expected
 * @param problem            why the run ended before every record arrived
 */
record Arrival(long records, long valueBytes, OptionalDouble firstRecordSeconds, double lastRecordSeconds,
               Optional<String> problem) {
}
