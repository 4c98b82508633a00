package io.cloudstorage.connect.benchmarks.endtoend.report;

/** What a row of the results stands for, which decides what its figures are compared with. */
public enum Role {
    /** The most a producer achieves here with the same records and settings, with no storage in between. */
    CEILING,
    /** The storage server alone: raw GETs of the objects. */
    STORAGE,
    /** This project's connector. */
    OURS,
    /** Another connector, loaded from its own plug-in folder. */
    PEER
}
