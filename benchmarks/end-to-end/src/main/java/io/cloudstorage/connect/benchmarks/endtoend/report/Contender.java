package io.cloudstorage.connect.benchmarks.endtoend.report;

/**
 * Who a row of the results measures.
 *
 * @param id      how the command line names it
 * @param storage where it reads from ({@code s3}, {@code local}), or {@code none}: our connector on the same
 *                storage is what a peer is compared with
 */
public record Contender(String id, String name, Role role, String storage) {

    public static final String NO_STORAGE = "none";
}
