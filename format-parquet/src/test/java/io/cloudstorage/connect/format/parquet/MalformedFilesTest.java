package io.cloudstorage.connect.format.parquet;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

class MalformedFilesTest {

    private static final int ROWS_PER_GROUP = 50;

    @Test
    void contentThatIsNotParquetIsMalformedData() {
        assertMalformed(Reading.content("id,name\n1,a\n2,b\n".repeat(50).getBytes(UTF_8)),
                "Not a Parquet file: it does not end with the magic bytes PAR1");
        assertMalformed(Reading.content("PAR1".getBytes(US_ASCII)),
                "Not a Parquet file: it holds 4 bytes, fewer than the 12 of the smallest Parquet file");
    }

    @Test
    void contentOfUnknownSizeIsMalformedDataSayingParquetMustNotBeStreamCompressed() throws IOException {
        assertMalformed(Reading.content(file(CompressionCodecName.UNCOMPRESSED, true)).withoutSize(),
                "Parquet objects must not be stream-compressed");
    }

    @Test
    void aCorruptFooterIsMalformedData() throws IOException {
        byte[] file = file(CompressionCodecName.UNCOMPRESSED, true);
        int footerLength = footerLength(file);
        byte[] garbled = file.clone();
        Arrays.fill(garbled, file.length - 8 - footerLength, file.length - 8, (byte) 0x7F);
        assertMalformed(Reading.content(garbled), "The Parquet footer is corrupt");

        byte[] tooLong = file.clone();
        ByteBuffer.wrap(tooLong, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(file.length);
        assertMalformed(Reading.content(tooLong), "The Parquet footer is corrupt: its length (" + file.length
                + " bytes) is more than the file holds");
    }

    @Test
    void anEncryptedFooterIsMalformedDataSayingEncryptionIsNotSupported() throws IOException {
        byte[] file = file(CompressionCodecName.UNCOMPRESSED, true);
        System.arraycopy("PARE".getBytes(US_ASCII), 0, file, file.length - 4, 4);

        assertMalformed(Reading.content(file), "encrypted Parquet files are not supported");
    }

    @Test
    void aCorruptPageIsMalformedDataNamingTheFirstRecordNotRead() throws IOException {
        byte[] file = file(CompressionCodecName.SNAPPY, true);
        corruptMiddleOf(file, rowGroups(file).get(1));

        List<FormatRecord> read = new ArrayList<>();
        MalformedDataException failure = readUntilFailure(Reading.FORMAT, Reading.content(file), read);

        assertThat(read).hasSize(ROWS_PER_GROUP);
        assertThat(failure.recordNumber()).isEqualTo(ROWS_PER_GROUP + 1);
        assertThat(failure).hasMessageStartingWith("Row group 1 (of 3, counting from 0) is corrupt");
    }

    @Test
    void aCorruptCompressedPageWithoutChecksumIsMalformedData() throws IOException {
        byte[] file = file(CompressionCodecName.GZIP, false);
        corruptMiddleOf(file, rowGroups(file).get(2));

        List<FormatRecord> read = new ArrayList<>();
        MalformedDataException failure = readUntilFailure(Reading.FORMAT, Reading.content(file), read);

        assertThat(read).hasSize(2 * ROWS_PER_GROUP);
        assertThat(failure.recordNumber()).isEqualTo(2 * ROWS_PER_GROUP + 1);
        assertThat(failure).hasMessageStartingWith("Row group 2 (of 3, counting from 0) is corrupt");
    }

    @Test
    void aPageCompressedWithAnUnsupportedCodecIsMalformedDataNamingTheCodec() throws IOException {
        byte[] file = file(CompressionCodecName.LZ4, true);

        assertMalformed(Reading.content(file),
                "Column id of row group 0 (of 3, counting from 0) is compressed with LZ4, which is not supported");
    }

    @Test
    void aRowGroupLargerThanTheLimitIsMalformedDataNamingTheKey() throws IOException {
        byte[] file = file(CompressionCodecName.UNCOMPRESSED, true);

        assertThatThrownBy(() -> Reading.all(limitedTo(4096), Reading.content(file), ReadPosition.START))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("Row group 0 (of 3, counting from 0) holds")
                .hasMessageContaining("more than parquet.max.buffer.bytes=4096");
    }

    @Test
    void aFooterLargerThanTheLimitIsMalformedDataNamingTheKey() throws IOException {
        ParquetFiles files = ParquetFiles.withSchema("message row { required int64 id; }").rowGroupRows(1);
        List<Group> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(files.row().append("id", (long) i));
        }
        byte[] file = files.write(rows);

        assertThat(footerLength(file)).isGreaterThan(1024);
        assertMalformed(Reading.content(file), limitedTo(1024),
                "The Parquet footer holds " + footerLength(file) + " bytes, more than parquet.max.buffer.bytes=1024");
    }

    @Test
    void anIoErrorOfTheContentPropagatesUnchangedWhileTheFooterIsRead() throws IOException {
        byte[] file = file(CompressionCodecName.UNCOMPRESSED, true);
        IOException reset = new IOException("Connection reset");

        assertThatThrownBy(() -> Reading.all(Reading.FORMAT, Reading.content(file).failingAt(file.length - 3, reset),
                ReadPosition.START)).isSameAs(reset);
    }

    @Test
    void anIoErrorOfTheContentPropagatesUnchangedWhileARowGroupIsRead() throws IOException {
        byte[] file = file(CompressionCodecName.SNAPPY, true);
        IOException reset = new IOException("Connection reset");
        InMemoryContent content = Reading.content(file).failingAt(rowGroups(file).get(1).getStartingPos() + 100, reset);

        List<ReadResult> read = new ArrayList<>();
        IOException failure = catchThrowableOfType(IOException.class, () -> {
            try (RecordReader reader = new ParquetFormat(1 << 20, 16).open(content, ReadPosition.START)) {
                for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                    read.add(result);
                }
            }
        });

        assertThat(failure).isSameAs(reset);
        assertThat(read).hasSize(ROWS_PER_GROUP);
    }

    /** Three row groups of rows with incompressible payloads. */
    private static byte[] file(CompressionCodecName codec, boolean checksums) throws IOException {
        ParquetFiles files = ParquetFiles.withSchema("message row { required int64 id; required binary payload; }")
                .codec(codec).checksums(checksums).rowGroupRows(ROWS_PER_GROUP).dictionary(false);
        Random random = new Random(5);
        List<Group> rows = new ArrayList<>();
        for (int i = 0; i < 3 * ROWS_PER_GROUP; i++) {
            byte[] payload = new byte[200];
            random.nextBytes(payload);
            rows.add(files.row().append("id", (long) i).append("payload", Binary.fromConstantByteArray(payload)));
        }
        return files.write(rows);
    }

    private static int footerLength(byte[] file) {
        return ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static List<BlockMetaData> rowGroups(byte[] file) throws IOException {
        return FileTail.read(Reading.content(file), file.length, Integer.MAX_VALUE, 1).footer().getBlocks();
    }

    /** Overwrites bytes in the middle of the row group's last column chunk, past its first page header. */
    private static void corruptMiddleOf(byte[] file, BlockMetaData rowGroup) {
        var column = rowGroup.getColumns().get(rowGroup.getColumns().size() - 1);
        int middle = (int) (column.getStartingPos() + column.getTotalSize() / 2);
        Arrays.fill(file, middle, middle + 64, (byte) 0xFF);
    }

    private static RecordFormat limitedTo(int maxBufferBytes) {
        return new ParquetFormatProvider().create(
                Map.of(ParquetFormatProvider.MAX_BUFFER_BYTES, Integer.toString(maxBufferBytes)));
    }

    private static MalformedDataException readUntilFailure(RecordFormat format, ObjectContent content,
                                                           List<FormatRecord> read) {
        return catchThrowableOfType(MalformedDataException.class, () -> {
            try (RecordReader reader = format.open(content, ReadPosition.START)) {
                for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                    read.add((FormatRecord) result);
                }
            }
        });
    }

    private static void assertMalformed(ObjectContent content, String message) {
        assertMalformed(content, Reading.FORMAT, message);
    }

    private static void assertMalformed(ObjectContent content, RecordFormat format, String message) {
        MalformedDataException failure = catchThrowableOfType(MalformedDataException.class,
                () -> Reading.all(format, content, ReadPosition.START));
        assertThat(failure).as("the failure reading " + content.location()).isNotNull();
        assertThat(failure.getMessage()).contains(message);
        assertThat(failure.recordNumber()).isEqualTo(1);
    }
}
