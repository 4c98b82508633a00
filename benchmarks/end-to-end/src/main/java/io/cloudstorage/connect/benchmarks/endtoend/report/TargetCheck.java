package io.cloudstorage.connect.benchmarks.endtoend.report;

/**
 * One target, judged from one contender's figures.
 *
 * @param contender the contender's name, or {@code –} where the run did not hold one to judge
 * @param measured  the figures the verdict rests on, and what they are compared with
 */
public record TargetCheck(String target, String contender, String measured, Verdict verdict) {
}
