package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.kafka.connect.data.Struct;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ReadPosition;

class ResumingTest {

    private static final int MAX_BUFFER_BYTES = 64 * 1024 * 1024;
    private static final int ROWS_PER_GROUP = 100;
    private static final int ROW_GROUPS = 20;

    /** About 4 MB of incompressible rows: larger than the tail read first. */
    private static byte[] large;
    private static List<BlockMetaData> largeRowGroups;

    @BeforeAll
    static void writeLargeFile() throws IOException {
        ParquetFiles files = ParquetFiles.withSchema("message row { required int64 id; required binary payload; }")
                .rowGroupRows(ROWS_PER_GROUP);
        Random random = new Random(11);
        List<Group> rows = new ArrayList<>();
        for (int i = 0; i < ROWS_PER_GROUP * ROW_GROUPS; i++) {
            byte[] payload = new byte[2048];
            random.nextBytes(payload);
            rows.add(files.row().append("id", (long) i).append("payload", Binary.fromConstantByteArray(payload)));
        }
        large = files.write(rows);
        largeRowGroups = FileTail.read(Reading.content(large), large.length, MAX_BUFFER_BYTES, 1).footer().getBlocks();
    }

    @Test
    void positionsNameTheRowGroupAndTheRowsReadInItOrTheNextRowGroupAfterItsLastRow() throws IOException {
        List<FormatRecord> records = Reading.all(ids(10, 4));

        assertThat(records).extracting(FormatRecord::next).containsExactly(
                new ReadPosition(1, 0, 1), new ReadPosition(2, 0, 2), new ReadPosition(3, 0, 3),
                new ReadPosition(4, 1, 0), new ReadPosition(5, 1, 1), new ReadPosition(6, 1, 2),
                new ReadPosition(7, 1, 3), new ReadPosition(8, 2, 0), new ReadPosition(9, 2, 1),
                new ReadPosition(10, 3, 0));
    }

    @Test
    void resumingInsideARowGroupDropsTheRowsBeforeThePosition() throws IOException {
        List<FormatRecord> records = Reading.all(Reading.FORMAT, Reading.content(ids(10, 4)), new ReadPosition(6, 1, 2));

        assertThat(records).extracting(record -> ((Struct) record.value()).getInt64("id")).containsExactly(6L, 7L, 8L,
                9L);
        assertThat(records).extracting(FormatRecord::number).containsExactly(7L, 8L, 9L, 10L);
    }

    @Test
    void resumingLateInAFileReadsOnlyItsTailAndTheRowGroupsFromThePositionOn() throws IOException {
        int tailBytes = 64 * 1024;
        InMemoryContent content = Reading.content(large);

        List<FormatRecord> rest = Reading.all(new ParquetFormat(MAX_BUFFER_BYTES, tailBytes), content,
                new ReadPosition(1_850, 18, 50));

        long rowGroup18 = largeRowGroups.get(18).getStartingPos();
        assertThat(content.opens()).containsExactly((long) large.length - tailBytes, rowGroup18);
        assertThat(content.bytesOpened()).isEqualTo(tailBytes + large.length - rowGroup18);
        assertThat(rest).hasSize(150);
        assertThat(((Struct) rest.get(0).value()).getInt64("id")).isEqualTo(1_850L);
    }

    @Test
    void aWholeFileIsReadWithTwoRequestsTheTailAndTheRowGroups() throws IOException {
        InMemoryContent content = Reading.content(large);

        assertThat(Reading.all(Reading.FORMAT, content, ReadPosition.START)).hasSize(ROWS_PER_GROUP * ROW_GROUPS);

        assertThat(content.opens()).containsExactly((long) large.length - ParquetFormat.DEFAULT_TAIL_BYTES,
                largeRowGroups.get(0).getStartingPos());
    }

    @Test
    void aSmallFileIsReadWithOneRequest() throws IOException {
        InMemoryContent content = Reading.content(ids(1_000, 100));

        assertThat(Reading.all(Reading.FORMAT, content, ReadPosition.START)).hasSize(1_000);

        assertThat(content.opens()).containsExactly(0L);
    }

    @Test
    void resumingAfterTheLastRowReadsNoRowGroup() throws IOException {
        InMemoryContent content = Reading.content(large);

        List<FormatRecord> rest = Reading.all(Reading.FORMAT, content,
                new ReadPosition(ROWS_PER_GROUP * ROW_GROUPS, ROW_GROUPS, 0));

        assertThat(rest).isEmpty();
        assertThat(content.opens()).hasSize(1);
    }

    @Test
    void aFooterLongerThanTheTailReadFirstIsReadWithASecondRequest() throws IOException {
        byte[] file = ids(10, 4);
        InMemoryContent content = Reading.content(file);

        List<FormatRecord> records = Reading.all(new ParquetFormat(MAX_BUFFER_BYTES, 8), content, ReadPosition.START);

        assertThat(records).hasSize(10);
        assertThat(content.opens()).hasSize(3).startsWith((long) file.length - 8);
    }

    @Test
    void aPositionPastTheFileOrPastItsRowGroupIsMalformedData() {
        byte[] file = ids(10, 4);

        assertThatThrownBy(() -> Reading.all(Reading.FORMAT, Reading.content(file), new ReadPosition(10, 4, 0)))
                .isInstanceOf(MalformedDataException.class).hasMessageContaining("past the file's 3 row groups");
        assertThatThrownBy(() -> Reading.all(Reading.FORMAT, Reading.content(file), new ReadPosition(8, 1, 4)))
                .isInstanceOf(MalformedDataException.class).hasMessageContaining("past the end of that row group");
    }

    /** A file of {@code rows} ids (from 0) in row groups of {@code rowsPerGroup}. */
    private static byte[] ids(int rows, int rowsPerGroup) {
        ParquetFiles files = ParquetFiles.withSchema("message row { required int64 id; }").rowGroupRows(rowsPerGroup);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            groups.add(files.row().append("id", (long) i));
        }
        try {
            return files.write(groups);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
