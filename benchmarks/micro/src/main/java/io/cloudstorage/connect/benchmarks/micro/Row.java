package io.cloudstorage.connect.benchmarks.micro;

import java.time.Instant;

/** One generated event, the same logical record that every format's sample object holds. */
record Row(long id, Instant time, String user, String event, double amount, String message) {
}
