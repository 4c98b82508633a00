package io.cloudstorage.connect.format.csv;

import static io.cloudstorage.connect.format.csv.Reading.content;
import static io.cloudstorage.connect.format.csv.Reading.csv;
import static io.cloudstorage.connect.format.csv.Reading.results;
import static io.cloudstorage.connect.format.csv.Reading.values;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** How rows become records and positions, how reads resume, and what becomes of bad rows and failing reads. */
class CsvReadingTest {

    @Test
    void positionsAreTheByteOffsetsWhereTheNextRowStarts() throws IOException {
        List<ReadResult> results = results(csv(), "a,b\r\n1,2\r\n\"x\ny\",3\n\n4,5");

        assertThat(results).extracting(ReadResult::next).containsExactly(
                new ReadPosition(1, 10, 0), new ReadPosition(2, 18, 0), new ReadPosition(3, 22, 0));
    }

    @Test
    void resumingWithDeclaredColumnsOpensTheContentAtTheRowsOffsetOnly() throws IOException {
        String text = "1,first\n".repeat(1000) + "2,last\n";
        InMemoryContent content = content(text);

        List<ReadResult> rest = results(csv("csv.header", "false", "csv.columns", "id,name"), content,
                new ReadPosition(1000, 8000, 0));

        assertThat(rest).extracting(result -> ((Struct) ((FormatRecord) result).value()).get("name"))
                .containsExactly("last");
        assertThat(rest).extracting(ReadResult::number).containsExactly(1001L);
        assertThat(content.bytesOpened()).isEqualTo(7);
    }

    @Test
    void resumingAfterAHeaderReadsTheHeaderWithASmallReadFromTheStartThenOpensAtTheRow() throws IOException {
        String text = "id,name\n" + "1,some name\n".repeat(100_000) + "2,last\n";
        long lastRow = text.length() - "2,last\n".length();
        InMemoryContent content = content(text);

        List<ReadResult> rest = results(csv(), content, new ReadPosition(100_000, lastRow, 0));

        assertThat(rest).extracting(result -> ((Struct) ((FormatRecord) result).value()).get("name"))
                .containsExactly("last");
        assertThat(content.opens()).containsExactlyInAnyOrder(lastRow, 0L);
        assertThat(content.bytesRead()).isLessThan(16 * 1024);
    }

    @Test
    void resumingAtTheEndOfAnObjectDoesNotReadItsHeader() throws IOException {
        String text = "id,name\n1,a\n";
        InMemoryContent content = content(text);

        assertThat(results(csv(), content, new ReadPosition(1, text.length(), 0))).isEmpty();
        assertThat(content.opens()).containsExactly((long) text.length());
    }

    @Test
    void honoursRecordsToSkipAfterTheSeekPoint() throws IOException {
        List<ReadResult> rest = results(csv(), content("a\n1\n2\n3\n"), new ReadPosition(2, 0, 2));

        assertThat(rest).extracting(result -> ((Struct) ((FormatRecord) result).value()).get("a"))
                .containsExactly("3");
        assertThat(rest).extracting(ReadResult::number).containsExactly(3L);
    }

    @Test
    void aRowWithTooFewColumnsIsSteppedOverAsMalformedNamingRowAndOffset() throws IOException {
        List<ReadResult> results = results(csv(), "a,b,c\n1,2,3\n4,5\n6,7,8\n");

        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("4,5");
            assertThat(malformed.reason()).isEqualTo("Row 2 (at byte 12) has 2 fields, but there are 3 columns");
            assertThat(malformed.next()).isEqualTo(new ReadPosition(2, 16, 0));
        });
        assertThat(results.get(2)).isInstanceOf(FormatRecord.class);
    }

    @Test
    void aValueNotOfItsColumnsTypeMakesAMalformedRecordNamingRowColumnAndValue() throws IOException {
        RecordFormat format = csv("csv.schema", "id:int64,price:decimal(5,2)");

        List<ReadResult> results = results(format, "id,price\n1,2.50\n2,12.345\r\n3,1\n");

        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("2,12.345");
            assertThat(malformed.reason()).isEqualTo("Row 2 (at byte 16) has in column 2 (price) the value "
                    + "'12.345', which has more than 2 digits after the decimal point (decimal(5,2))");
        });
        assertThat(results).extracting(result -> result instanceof FormatRecord).containsExactly(true, false, true);
    }

    @Test
    void anUnclosedQuoteAtTheEndOfTheObjectIsAMalformedLastRow() throws IOException {
        List<ReadResult> results = results(csv(), "a,b\n1,\"open\n2,3\n");

        assertThat(results).hasSize(1);
        assertThat(results.get(0)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("1,\"open\n2,3\n");
            assertThat(malformed.reason()).isEqualTo("Row 1 (at byte 4) has a quoted field (column 2) that is not "
                    + "closed before the end of the object");
            assertThat(malformed.next()).isEqualTo(new ReadPosition(1, 16, 0));
        });
    }

    @Test
    void textAfterAClosingQuoteIsMalformedAndTheRowEndsWhereItsLineDoes() throws IOException {
        List<ReadResult> results = results(csv(), "a,b\n\"x\"y,\"z\n\"\n1,2\n");

        assertThat(results.get(0)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("\"x\"y,\"z\n\"");
            assertThat(malformed.reason()).contains("Row 1", "text after the closing quote of column 1");
        });
        assertThat(results.get(1)).isInstanceOf(FormatRecord.class);
    }

    @Test
    void aHeaderRowThatCannotBeReadMakesTheObjectUnreadable() {
        assertThatThrownBy(() -> results(csv(), "\"a,b\n1,2\n"))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("header row of memory://object.csv",
                            "quoted field (column 1) that is not closed");
                });
    }

    @Test
    void aHeaderOnlyObjectAndAnEmptyOneHaveNoRecords() throws IOException {
        assertThat(results(csv(), "")).isEmpty();
        assertThat(results(csv(), "\uFEFF")).isEmpty();
        assertThat(results(csv(), "a,b\r\n")).isEmpty();
        assertThat(results(csv("csv.header", "false"), "\n\n")).isEmpty();
    }

    @Test
    void anIoErrorOfTheContentPropagatesUnchanged() {
        String text = "a,b\n" + "1,2\n".repeat(50_000);
        InMemoryContent content = content(text).failingAt(100_000, new IOException("Connection reset"));

        assertThatThrownBy(() -> results(csv(), content, ReadPosition.START))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(MalformedDataException.class)
                .hasMessage("Connection reset");
    }

    @Test
    void everyRecordOfAnObjectSharesOneSchemaAndObjectsWithTheSameHeaderShareIt() throws IOException {
        RecordFormat format = csv();

        List<ReadResult> first = results(format, "a,b\n1,2\n3,4\n");
        List<ReadResult> second = results(format, "a,b\n5,6\n");

        assertThat(((FormatRecord) first.get(0)).valueSchema())
                .isSameAs(((FormatRecord) first.get(1)).valueSchema())
                .isSameAs(((FormatRecord) second.get(0)).valueSchema());
    }

    @Test
    void theValueIsAStructValidForItsUnnamedSchemaOfOptionalFields() throws IOException {
        FormatRecord record = (FormatRecord) results(csv(), "a,b\n1,\n").get(0);

        assertThat(record.valueSchema().name()).isNull();
        assertThat(record.valueSchema().fields()).allSatisfy(field -> assertThat(field.schema().isOptional()).isTrue());
        ConnectSchema.validateValue(record.valueSchema(), record.value());
        ((Struct) record.value()).validate();
    }

    @Test
    void repeatedAndEmptyHeaderNamesAreMadeDistinct() throws IOException {
        FormatRecord record = (FormatRecord) results(csv(), "a,,a,a_2,a,\n1,2,3,4,5,6\n").get(0);

        assertThat(record.valueSchema().fields()).extracting(Field::name)
                .containsExactly("a", "column_2", "a_2", "a_2_2", "a_3", "column_6");
    }

    @Test
    void withoutHeaderOrColumnsTheFirstRowCountsTheColumns() throws IOException {
        RecordFormat format = csv("csv.header", "false");

        List<ReadResult> results = results(format, "1,2\n3,4,5\n6,7\n");

        assertThat(((FormatRecord) results.get(0)).valueSchema().fields())
                .extracting(Field::name).containsExactly("column_1", "column_2");
        assertThat(results).extracting(result -> result instanceof FormatRecord).containsExactly(true, false, true);
    }

    @Test
    void invalidUtf8IsReplacedNotMalformed() throws IOException {
        byte[] bytes = {'a', '\n', (byte) 0xC3, '(', '\n'};

        List<ReadResult> results = results(csv(), new InMemoryContent("bad.csv", bytes), ReadPosition.START);

        assertThat(((Struct) ((FormatRecord) results.get(0)).value()).get("a")).isEqualTo("\uFFFD(");
    }

    @Test
    void aQuotedCrlfSplitAcrossBufferRefillsStaysInTheField() throws IOException {
        String first = "z".repeat(64 * 1024 - 8);
        String text = "a,b\n\"" + first + "\r\n\",\"x\"\"\r\ny\"\r\nnext,row";

        List<Struct> values = values(csv(), text);

        assertThat(values).extracting(value -> value.get("a")).containsExactly(first + "\r\n", "next");
        assertThat(values).extracting(value -> value.get("b")).containsExactly("x\"\r\ny", "row");
    }
}
