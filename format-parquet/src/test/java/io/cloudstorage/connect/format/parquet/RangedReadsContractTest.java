package io.cloudstorage.connect.format.parquet;

import io.cloudstorage.connect.spi.format.RecordFormat;

/**
 * The contract samples again, read with a tail too short to hold their row groups: the footer and every row group
 * are fetched with ranged reads of the content, from the start and from every resume point.
 */
class RangedReadsContractTest extends ParquetFormatContractTest {

    @Override
    protected RecordFormat format() {
        return new ParquetFormat(256 * 1024 * 1024, 8);
    }
}
