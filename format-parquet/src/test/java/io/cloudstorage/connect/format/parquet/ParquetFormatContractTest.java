package io.cloudstorage.connect.format.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class ParquetFormatContractTest extends RecordFormatContractTest {

    @Override
    protected RecordFormat format() {
        return new ParquetFormatProvider().create(Map.of());
    }

    @Override
    protected Stream<Sample> samples() {
        Stream<Sample> codecs = PageDecompressors.SUPPORTED.stream().map(codec ->
                people(codec + ", several row groups and pages", 300,
                        People.files().codec(codec).rowGroupRows(40).pageRows(15)));
        return Stream.concat(Stream.of(
                people("no rows", 0, People.files()),
                people("one row", 1, People.files()),
                people("one row group", 250, People.files().codec(CompressionCodecName.SNAPPY)),
                people("data pages v2 with dictionaries", 300,
                        People.files().version(WriterVersion.PARQUET_2_0).rowGroupRows(64).pageRows(20)),
                people("plain encoding without checksums", 120,
                        People.files().dictionary(false).checksums(false).rowGroupRows(50))), codecs);
    }

    private static Sample people(String name, int rows, ParquetFiles files) {
        try {
            return new Sample(name, files.write(People.rows(files, rows)), People.values(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
