package io.cloudstorage.connect.format.json;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;

/** Turns a JSON value read by {@link JsonTree} into a record of the configured schema mode. */
interface ValueMapping {

    /** Whether the JSON must be read exactly (see {@link JsonTree}). */
    boolean exactNumbers();

    /**
     * The record holding the value; the value's arrays and maps may be reused in it.
     *
     * @throws ValueMismatch if the value cannot become a record of this mapping
     */
    FormatRecord record(Object json, ReadPosition next);
}
