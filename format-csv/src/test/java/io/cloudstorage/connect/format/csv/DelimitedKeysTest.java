package io.cloudstorage.connect.format.csv;

import static io.cloudstorage.connect.format.csv.Reading.csv;
import static io.cloudstorage.connect.format.csv.Reading.onlyValue;
import static io.cloudstorage.connect.format.csv.Reading.results;
import static io.cloudstorage.connect.format.csv.Reading.tsv;
import static io.cloudstorage.connect.format.csv.Reading.values;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;

/** What each key of the format changes. */
class DelimitedKeysTest {

    @Test
    void headerFalseMakesTheFirstRowDataNamedByColumns() throws IOException {
        List<Struct> values = values(csv("csv.header", "false", "csv.columns", "id, name"), "1,a\n2,b\n");

        assertThat(values).extracting(value -> value.get("id")).containsExactly("1", "2");
        assertThat(values).extracting(value -> value.get("name")).containsExactly("a", "b");
    }

    @Test
    void columnsReplaceTheNamesOfTheHeaderRow() throws IOException {
        Struct value = onlyValue(csv("csv.columns", "x,y"), "a,a\n1,2\n");

        assertThat(value.schema().fields()).extracting(Field::name).containsExactly("x", "y");
        assertThat(value.get("y")).isEqualTo("2");
    }

    @Test
    void theSchemaNamesTheColumnsAndSkipsTheHeaderRow() throws IOException {
        Struct value = onlyValue(csv("csv.schema", "n:int32,s:string"), "whatever,names\n7,seven\n");

        assertThat(value.schema().fields()).extracting(Field::name).containsExactly("n", "s");
        assertThat(value.get("n")).isEqualTo(7);
        assertThat(value.get("s")).isEqualTo("seven");
    }

    @Test
    void theDelimiterCanBeAnyAsciiCharacterOrATab() throws IOException {
        assertThat(onlyValue(csv("csv.delimiter", ";"), "a;b\n1,5;2\n").get("a")).isEqualTo("1,5");
        assertThat(onlyValue(csv("csv.delimiter", "\\t"), "a\tb\n1,5\t2\n").get("b")).isEqualTo("2");
        assertThat(onlyValue(csv("csv.delimiter", "tab"), "a\tb\n1\t2\n").get("b")).isEqualTo("2");
    }

    @Test
    void theQuoteCharacterCanBeChangedOrTurnedOff() throws IOException {
        assertThat(onlyValue(csv("csv.quote", "'"), "a,b\n'x,''y''',\"z\"\n").get("a")).isEqualTo("x,'y'");
        assertThat(onlyValue(csv("csv.quote", "'"), "a,b\n'x,''y''',\"z\"\n").get("b")).isEqualTo("\"z\"");
        assertThat(onlyValue(csv("csv.quote", ""), "a,b\n\"x\",y\"\n").get("a")).isEqualTo("\"x\"");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsData() throws IOException {
        assertThat(onlyValue(csv(), "a,b\n5\"10,x\"\"y\n").get("a")).isEqualTo("5\"10");
        assertThat(onlyValue(csv(), "a,b\n5\"10,x\"\"y\n").get("b")).isEqualTo("x\"\"y");
    }

    @Test
    void theEscapeCharacterMakesTheNextCharacterDataInAndOutOfQuotes() throws IOException {
        RecordFormat format = csv("csv.escape", "\\");

        Struct value = onlyValue(format, "a,b,c,d\n1\\,5,\"say \\\"hi\\\" \"\"twice\"\"\",x\\\ny,t\\tn\\nr\\r\\\\\n");

        assertThat(value.get("a")).isEqualTo("1,5");
        assertThat(value.get("b")).isEqualTo("say \"hi\" \"twice\"");
        assertThat(value.get("c")).isEqualTo("x\ny");
        assertThat(value.get("d")).isEqualTo("t\tn\nr\r\\");
    }

    @Test
    void withoutAnEscapeCharacterABackslashIsData() throws IOException {
        assertThat(onlyValue(csv(), "a\nC:\\temp\\new\n").get("a")).isEqualTo("C:\\temp\\new");
    }

    @Test
    void anEscapeCharacterAtTheEndOfTheObjectIsData() throws IOException {
        assertThat(onlyValue(csv("csv.escape", "\\"), "a\nend\\").get("a")).isEqualTo("end\\");
    }

    @Test
    void anEscapedCarriageReturnBeforeTheLineFeedStaysInTheValue() throws IOException {
        List<Struct> values = values(csv("csv.escape", "\\"), "a\nx\\\r\ny\n");

        assertThat(values).extracting(value -> value.get("a")).containsExactly("x\r", "y");
    }

    @Test
    void skipLinesSkipsLinesBeforeTheHeaderWhateverTheyHold() throws IOException {
        RecordFormat format = csv("csv.skip.lines", "2");

        List<ReadResult> results = results(format, "# exported \"today\n# by someone\nid,name\n1,a\n");

        assertThat(results).hasSize(1);
        assertThat(((Struct) ((FormatRecord) results.get(0)).value()).get("name")).isEqualTo("a");
        assertThat(results.get(0).next().seek()).isEqualTo(43);
    }

    @Test
    void skippingMoreLinesThanTheObjectHoldsLeavesNoRecords() throws IOException {
        assertThat(results(csv("csv.skip.lines", "5"), "a\n1\n")).isEmpty();
    }

    @Test
    void trimRemovesBlanksAroundValuesButNotInsideQuotes() throws IOException {
        Struct value = onlyValue(csv("csv.trim", "true"), "a,b,c\n  x y \t,  \" q \"  , \t\r\n");

        assertThat(value.get("a")).isEqualTo("x y");
        assertThat(value.get("b")).isEqualTo(" q ");
        assertThat(value.get("c")).isNull();
    }

    @Test
    void withoutTrimBlanksAreData() throws IOException {
        Struct value = onlyValue(csv(), "a,b\n x , y\n");

        assertThat(value.get("a")).isEqualTo(" x ");
        assertThat(value.get("b")).isEqualTo(" y");
    }

    @Test
    void blanksBeforeAQuoteWithoutTrimMakeTheQuoteData() throws IOException {
        assertThat(onlyValue(csv(), "a,b\n1, \"x\"\n").get("b")).isEqualTo(" \"x\"");
    }

    @Test
    void trimKeepsAnEscapedBlank() throws IOException {
        assertThat(onlyValue(csv("csv.trim", "true", "csv.escape", "\\"), "a\n x\\  \n").get("a")).isEqualTo("x ");
    }

    @Test
    void trimInTsvLeavesTabsToTheDelimiter() throws IOException {
        Struct value = onlyValue(tsv("tsv.trim", "true"), "a\tb\tc\n x \t\t y \n");

        assertThat(value.get("a")).isEqualTo("x");
        assertThat(value.get("b")).isNull();
        assertThat(value.get("c")).isEqualTo("y");
    }

    @Test
    void emptyValueChoosesBetweenNullAndTheEmptyStringForStringColumns() throws IOException {
        String text = "a,b\n,\"\"\n";

        Struct asNull = onlyValue(csv(), text);
        Struct asEmpty = onlyValue(csv("csv.empty.value", "empty"), text);

        assertThat(asNull.get("a")).isNull();
        assertThat(asNull.get("b")).isNull();
        assertThat(asEmpty.get("a")).isEqualTo("");
        assertThat(asEmpty.get("b")).isEqualTo("");
    }

    @Test
    void anEmptyFieldOfATypedColumnIsNullWhateverEmptyValueSays() throws IOException {
        Struct value = onlyValue(csv("csv.empty.value", "empty", "csv.schema", "n:int64,s:string"), "n,s\n , \n");

        assertThat(value.get("n")).isNull();
        assertThat(value.get("s")).isEqualTo(" ");
    }

    @Test
    void aRowLongerThanMaxRowBytesIsMalformedWithItsFirstBytesAndReadingGoesOn() throws IOException {
        RecordFormat format = csv("csv.max.row.bytes", "5");

        List<ReadResult> results = results(format, "a,b\n12,45\r\n123,56\nab,c\n1234,5678");

        assertThat(results).hasSize(4);
        assertThat(((Struct) ((FormatRecord) results.get(0)).value()).get("b")).isEqualTo("45");
        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).asString(UTF_8).isEqualTo("123,5");
            assertThat(malformed.reason()).isEqualTo("Row 2 (at byte 11) is longer than csv.max.row.bytes=5 bytes "
                    + "(6 bytes); raise csv.max.row.bytes if such rows are expected");
        });
        assertThat(results.get(2)).isInstanceOf(FormatRecord.class);
        assertThat(results.get(3)).isInstanceOfSatisfying(MalformedRecord.class,
                malformed -> assertThat(malformed.next().seek()).isEqualTo(32));
    }

    @Test
    void aLongRowSpanningManyRefillsIsSteppedOverHoldingOnlyItsFirstBytes() throws IOException {
        RecordFormat format = csv("csv.max.row.bytes", "100000");

        List<ReadResult> results = results(format, "a\n\"" + "x\n".repeat(1_000_000) + "\"\nafter\n");

        assertThat(results.get(0)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.raw()).hasSize(100_000);
            assertThat(malformed.reason()).contains("Row 1", "(2000002 bytes)");
        });
        assertThat(((Struct) ((FormatRecord) results.get(1)).value()).get("a")).isEqualTo("after");
    }

    @Test
    void aRowOfExactlyMaxRowBytesBeforeCrlfIsNotTooLong() throws IOException {
        assertThat(onlyValue(csv("csv.max.row.bytes", "5"), "a,b\n12,45\r\n").get("b")).isEqualTo("45");
    }

    @Test
    void aTooLongRowWithAnUnclosedQuoteSaysSo() throws IOException {
        List<ReadResult> results = results(csv("csv.max.row.bytes", "10"), "a\n\"" + "x".repeat(100));

        assertThat(results.get(0)).isInstanceOfSatisfying(MalformedRecord.class, malformed ->
                assertThat(malformed.reason()).contains("quoted field that is not closed before the end"));
    }

    @Test
    void tsvReadsTabsWithoutQuotingByDefault() throws IOException {
        Struct value = onlyValue(tsv(), "a\tb\n\"x\ty\"\n");

        assertThat(value.get("a")).isEqualTo("\"x");
        assertThat(value.get("b")).isEqualTo("y\"");
    }

    @Test
    void tsvQuotesFieldsWhenTsvQuoteIsSet() throws IOException {
        assertThat(onlyValue(tsv("tsv.quote", "\""), "a\tb\n\"x\ty\"\tz\n").get("a")).isEqualTo("x\ty");
    }
}
