package io.cloudstorage.connect.format.avro;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.InMemoryContent;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

class AvroFormatTest {

    private static final Schema STRING = Schema.create(Schema.Type.STRING);

    @Test
    void eachPositionIsTheStartOfItsBlockAndTheDatumsOfItAlreadyRead() throws IOException {
        AvroFiles.Written file = AvroFiles.writeBlocks(STRING, CodecFactory.nullCodec(),
                List.of(List.of("a", "b", "c"), List.of("d"), List.of("e", "f")));
        List<Long> starts = file.blockStarts();

        List<ReadResult> results = readAll(format(), AvroFiles.content(file.bytes()), ReadPosition.START);

        assertThat(results).extracting(ReadResult::next).containsExactly(
                new ReadPosition(1, starts.get(0), 1), new ReadPosition(2, starts.get(0), 2),
                new ReadPosition(3, starts.get(1), 0),
                new ReadPosition(4, starts.get(2), 0),
                new ReadPosition(5, starts.get(2), 1), new ReadPosition(6, starts.get(3), 0));
        assertThat(starts.get(3)).isEqualTo(file.bytes().length);
    }

    @Test
    void avroItselfFindsTheNextDatumAtEveryPosition() throws IOException {
        byte[] file = AvroFiles.write(STRING, CodecFactory.snappyCodec(), 100, AvroFormatContractTest.texts(300));
        List<Object> datums = AvroFiles.readAll(file);

        List<ReadResult> results = readAll(format(), AvroFiles.content(file), ReadPosition.START);

        assertThat(results).hasSize(datums.size());
        for (int i = 0; i < results.size(); i++) {
            ReadPosition next = results.get(i).next();
            Object expected = i + 1 < datums.size() ? datums.get(i + 1).toString() : null;
            Object found = AvroFiles.datumAt(file, next.seek(), next.skip());
            assertThat(found == null ? null : found.toString()).as("datum after record %d", i + 1)
                    .isEqualTo(expected);
        }
    }

    @Test
    void resumingAtEveryDatumOfAMultiBlockFileYieldsExactlyTheDatumsAfterIt() throws IOException {
        List<Object> datums = IntStream.range(0, 250).mapToObj(i -> (Object) EveryType.datum(i)).toList();
        byte[] file = AvroFiles.write(EveryType.AVRO, CodecFactory.zstandardCodec(3), 1_000, datums);
        List<ReadResult> all = readAll(format(), AvroFiles.content(file), ReadPosition.START);
        assertThat(all.stream().map(ReadResult::next).map(ReadPosition::seek).distinct().count())
                .as("blocks").isGreaterThan(20);

        for (int i = 0; i < all.size(); i++) {
            List<ReadResult> rest = readAll(format(), AvroFiles.content(file), all.get(i).next());
            assertThat(rest).as("after record %d", i + 1).containsExactlyElementsOf(all.subList(i + 1, all.size()));
        }
    }

    @Test
    void resumingLateOpensTheContentAtTheBlockWithoutReadingTheBlocksBeforeIt() throws IOException {
        List<Object> texts = IntStream.range(0, 20_000).mapToObj(i -> (Object) ("datum " + i + " " + "x".repeat(90)))
                .toList();
        byte[] file = AvroFiles.write(STRING, CodecFactory.nullCodec(), 16_000, texts);
        ReadPosition late = readAll(format(), AvroFiles.content(file), ReadPosition.START).get(19_990).next();
        InMemoryContent content = AvroFiles.content(file);

        List<ReadResult> rest = readAll(format(), content, late);

        assertThat(rest).extracting(result -> ((FormatRecord) result).value())
                .containsExactlyElementsOf(texts.subList(19_991, 20_000));
        assertThat(content.opens()).containsExactly(0L, late.seek());
        assertThat(content.bytesRead()).as("bytes read of %d", file.length).isLessThan(file.length / 10);
    }

    @Test
    void contentOfUnknownSizeIsReadInTheStreamOfTheHeaderSteppingOverTheBlocksBefore() throws IOException {
        List<Object> texts = AvroFormatContractTest.texts(500);
        byte[] file = AvroFiles.write(STRING, CodecFactory.deflateCodec(6), 300, texts);
        ReadPosition position = readAll(format(), AvroFiles.content(file), ReadPosition.START).get(400).next();
        InMemoryContent content = AvroFiles.content(file).withoutSize();

        List<ReadResult> rest = readAll(format(), content, position);

        assertThat(rest).extracting(result -> ((FormatRecord) result).value())
                .containsExactlyElementsOf(texts.subList(401, 500));
        assertThat(content.opens()).containsExactly(0L);
    }

    @Test
    void aFileThatIsNotAvroIsMalformedDataThatSaysSo() {
        InMemoryContent content = AvroFiles.content("line one\nline two\n".getBytes(UTF_8));

        assertThatThrownBy(() -> format().open(content, ReadPosition.START))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("it is not an Avro object container file",
                            "its first bytes are 0x6c696e65", "not the Avro magic 0x4f626a01");
                });
    }

    @Test
    void anEmptyObjectIsNotAnAvroFile() {
        assertThatThrownBy(() -> format().open(AvroFiles.content(new byte[0]), ReadPosition.START))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("is not an Avro object container file: it is empty");
    }

    @Test
    void aFileCutInTheHeaderIsMalformedData() {
        byte[] file = AvroFiles.write(STRING, CodecFactory.nullCodec(), 100, List.of("a"));

        assertThatThrownBy(() -> format().open(AvroFiles.content(Arrays.copyOf(file, 20)), ReadPosition.START))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("truncated", "ends at byte 20", "the header");
                });
    }

    @Test
    void aFileCutInABlockIsMalformedDataNamingTheBlocksFirstRecord() throws IOException {
        AvroFiles.Written file = AvroFiles.fiveStringsPerBlock(CodecFactory.deflateCodec(6), 3);
        byte[] cut = Arrays.copyOf(file.bytes(), (int) (file.blockStarts().get(1) + 10));

        try (RecordReader reader = format().open(AvroFiles.content(cut), ReadPosition.START)) {
            for (int i = 0; i < 5; i++) {
                assertThat(reader.next()).isInstanceOf(FormatRecord.class);
            }
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedDataException.class, e -> {
                assertThat(e.recordNumber()).isEqualTo(6);
                assertThat(e.getMessage()).contains("truncated", "the block at byte " + file.blockStarts().get(1));
            });
        }
    }

    @Test
    void aBlockThatDoesNotEndWithTheSyncMarkerIsMalformedData() throws IOException {
        AvroFiles.Written file = AvroFiles.fiveStringsPerBlock(CodecFactory.nullCodec(), 3);
        byte[] broken = file.patched(file.blockStarts().get(2) - 1, (byte) 0);

        List<ReadResult> read = new ArrayList<>();
        assertThatThrownBy(() -> readInto(read, format(), AvroFiles.content(broken)))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("does not end with the file's sync marker");
                });
        assertThat(read).hasSize(5);
    }

    @Test
    void aBlockWhoseDataDoesNotDecompressIsSteppedOverDatumByDatum() throws IOException {
        AvroFiles.Written file = AvroFiles.fiveStringsPerBlock(CodecFactory.deflateCodec(6), 3);
        long data = file.dataStart(1);
        // 0xFF opens a deflate block of the reserved type 3.
        byte[] broken = file.patched(data, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF);

        List<ReadResult> results = readAll(format(), AvroFiles.content(broken), ReadPosition.START);

        assertThat(results).hasSize(15);
        assertThat(results.subList(5, 10)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
                    assertThat(malformed.reason()).contains("in the Avro block at byte " + file.blockStarts().get(1),
                            "deflate data cannot be decompressed");
                    assertThat(malformed.raw()).isEmpty();
                }));
        assertThat(results.subList(10, 15)).extracting(result -> ((FormatRecord) result).value())
                .containsExactlyElementsOf(AvroFiles.fiveStrings(2));
        assertThat(results).extracting(ReadResult::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 15).mapToObj(Long::valueOf).toList());
    }

    @Test
    void aDatumThatDoesNotDecodeIsSteppedOverWithTheRestOfItsBlock() throws IOException {
        AvroFiles.Written file = AvroFiles.fiveStringsPerBlock(CodecFactory.nullCodec(), 3);
        // Each datum is 16 bytes: its length, then 15 characters. The third one claims 63 bytes.
        long third = file.dataStart(1) + 2 * 16;
        byte[] broken = file.patched(third, (byte) 0x7E);

        List<ReadResult> results = readAll(format(), AvroFiles.content(broken), ReadPosition.START);

        assertThat(results.subList(5, 7)).allMatch(FormatRecord.class::isInstance);
        assertThat(results.get(7)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.reason()).contains("datum 3 of the 5", "cannot be decoded");
            assertThat(malformed.raw()).hasSize(3 * 16).startsWith(0x7E, 'b', 'l', 'o', 'c', 'k');
        });
        assertThat(results.subList(8, 10)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(MalformedRecord.class, malformed -> assertThat(malformed.reason())
                        .contains("an earlier datum of the block (record 8) cannot be decoded")));
        assertThat(results.subList(10, 15)).allMatch(FormatRecord.class::isInstance);
    }

    @Test
    void aBlockLargerThanTheLimitIsSteppedOverWithoutBeingHeld() throws IOException {
        AvroFiles.Written file = AvroFiles.writeBlocks(STRING, CodecFactory.nullCodec(),
                List.of(List.of("before"), List.of("x".repeat(3_000), "y"), List.of("after")));

        List<ReadResult> results = readAll(format(Map.of(AvroFormatProvider.MAX_BLOCK_BYTES, "1024")),
                AvroFiles.content(file.bytes()), ReadPosition.START);

        assertThat(results).hasSize(4);
        assertThat(results.subList(1, 3)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(MalformedRecord.class, malformed -> assertThat(malformed.reason())
                        .contains("the block holds 3004 bytes, more than avro.max.block.bytes=1024")));
        assertThat(((FormatRecord) results.get(3)).value()).isEqualTo("after");
    }

    @Test
    void aBlockThatDecompressesBeyondTheLimitIsSteppedOver() throws IOException {
        AvroFiles.Written file = AvroFiles.writeBlocks(STRING, CodecFactory.zstandardCodec(3),
                List.of(List.of("0".repeat(100_000)), List.of("after")));
        assertThat(file.blockStarts().get(1)).as("stored size").isLessThan(4_000);

        List<ReadResult> results = readAll(format(Map.of(AvroFormatProvider.MAX_BLOCK_BYTES, "4096")),
                AvroFiles.content(file.bytes()), ReadPosition.START);

        assertThat(results.get(0)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> assertThat(
                malformed.reason()).contains("the block decompresses to more than avro.max.block.bytes=4096"));
        assertThat(((FormatRecord) results.get(1)).value()).isEqualTo("after");
    }

    @Test
    void aValueConnectCannotHoldIsAMalformedRecordAndItsBlockGoesOn() throws IOException {
        Schema time = new Schema.Parser().parse("{\"type\": \"int\", \"logicalType\": \"time-millis\"}");
        byte[] file = AvroFiles.write(time, CodecFactory.nullCodec(), 1_000, List.of(1_000, 90_000_000, 2_000));

        List<ReadResult> results = readAll(format(), AvroFiles.content(file), ReadPosition.START);

        assertThat(((FormatRecord) results.get(0)).value()).isEqualTo(new Date(1_000));
        assertThat(results.get(1)).isInstanceOfSatisfying(MalformedRecord.class, malformed -> {
            assertThat(malformed.reason()).contains("the time-millis value 90000000 is not a time of day");
            assertThat(malformed.raw()).containsExactly(0x80, 0xAA, 0xEA, 0x55);
        });
        assertThat(((FormatRecord) results.get(2)).value()).isEqualTo(new Date(2_000));
    }

    @Test
    void aBlockHoldingMoreThanTheDatumsItDeclaresIsMalformedData() throws IOException {
        AvroFiles.Written file = AvroFiles.fiveStringsPerBlock(CodecFactory.nullCodec(), 2);
        byte[] broken = file.patched(file.blockStarts().get(0), (byte) (4 << 1));

        List<ReadResult> read = new ArrayList<>();
        assertThatThrownBy(() -> readInto(read, format(), AvroFiles.content(broken)))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("holds bytes after the last of the 4 datums it declares");
                });
        assertThat(read).hasSize(3);
    }

    @Test
    void aCodecThatIsNotSupportedIsMalformedDataNamingIt() {
        byte[] file = AvroFiles.write(STRING, CodecFactory.deflateCodec(6), 100, List.of("a"));
        byte[] renamed = replaceFirst(file, "deflate", "deflat3");

        assertThatThrownBy(() -> format().open(AvroFiles.content(renamed), ReadPosition.START))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("the codec 'deflat3', which is not supported (supported: null, deflate, snappy, "
                        + "zstandard, bzip2, xz)");
    }

    @Test
    void aRecursiveSchemaCannotBeReadAndTheReaderSaysWhyWhenOpening() {
        Schema node = new Schema.Parser().parse("""
                {"type": "record", "name": "Node", "namespace": "test", "fields": [
                  {"name": "value", "type": "int"}, {"name": "next", "type": ["null", "Node"]}]}""");
        byte[] file = AvroFiles.write(node, CodecFactory.nullCodec(), 100, List.of());

        assertThatThrownBy(() -> format().open(AvroFiles.content(file), ReadPosition.START))
                .isInstanceOfSatisfying(MalformedDataException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("the schema is recursive (test.Node -> test.Node)");
                });
    }

    @Test
    void aFailureOfTheContentsStreamInTheHeaderIsPassedOnUnchanged() {
        byte[] file = AvroFiles.write(STRING, CodecFactory.nullCodec(), 100, List.of("a"));
        IOException failure = new IOException("connection reset");

        assertThatThrownBy(() -> format().open(AvroFiles.content(file).failingAt(10, failure), ReadPosition.START))
                .isSameAs(failure);
    }

    @Test
    void aFailureOfTheContentsStreamInABlockIsPassedOnUnchanged() throws IOException {
        AvroFiles.Written file = AvroFiles.fiveStringsPerBlock(CodecFactory.nullCodec(), 3);
        IOException failure = new IOException("connection reset");
        InMemoryContent content = AvroFiles.content(file.bytes()).failingAt(file.blockStarts().get(1) + 20, failure);

        List<ReadResult> read = new ArrayList<>();
        assertThatThrownBy(() -> readInto(read, format(), content)).isSameAs(failure);
        assertThat(read).hasSize(5);
    }

    @Test
    void aReaderSchemaResolvesFilesWrittenWithAnOlderSchema() throws IOException {
        Schema v1 = new Schema.Parser().parse("""
                {"type": "record", "name": "User", "fields": [
                  {"name": "id", "type": "int"}, {"name": "name", "type": "string"}]}""");
        String v2 = """
                {"type": "record", "name": "User", "fields": [
                  {"name": "id", "type": "long"},
                  {"name": "email", "type": "string", "default": "unknown"}]}""";
        GenericRecord user = new GenericData.Record(v1);
        user.put("id", 7);
        user.put("name", "Ada");
        byte[] file = AvroFiles.write(v1, CodecFactory.nullCodec(), 100, List.of(user));

        List<ReadResult> results = readAll(format(Map.of(AvroFormatProvider.READER_SCHEMA, v2)),
                AvroFiles.content(file), ReadPosition.START);

        org.apache.kafka.connect.data.Schema expected = SchemaBuilder.struct().name("User")
                .field("id", org.apache.kafka.connect.data.Schema.INT64_SCHEMA)
                .field("email", SchemaBuilder.string().defaultValue("unknown").build())
                .build();
        assertThat(results).singleElement().isInstanceOfSatisfying(FormatRecord.class, record -> {
            assertThat(record.valueSchema()).isEqualTo(expected);
            assertThat(record.value()).isEqualTo(new Struct(expected).put("id", 7L).put("email", "unknown"));
        });
    }

    @Test
    void aFileWhoseSchemaCannotBeResolvedToTheReaderSchemaIsMalformedData() {
        Schema writer = new Schema.Parser().parse("""
                {"type": "record", "name": "User", "fields": [{"name": "id", "type": "string"}]}""");
        String reader = """
                {"type": "record", "name": "User", "fields": [{"name": "id", "type": "long"}]}""";
        byte[] file = AvroFiles.write(writer, CodecFactory.nullCodec(), 100, List.of());

        assertThatThrownBy(() -> format(Map.of(AvroFormatProvider.READER_SCHEMA, reader))
                .open(AvroFiles.content(file), ReadPosition.START))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("its schema cannot be read as the schema of avro.schema")
                .hasMessageContaining("/fields/0/type");
    }

    private static byte[] replaceFirst(byte[] bytes, String text, String replacement) {
        String latin1 = new String(bytes, ISO_8859_1);
        int at = latin1.indexOf(text);
        byte[] copy = bytes.clone();
        byte[] with = replacement.getBytes(UTF_8);
        System.arraycopy(with, 0, copy, at, with.length);
        return copy;
    }

    private static RecordFormat format() {
        return format(Map.of());
    }

    private static RecordFormat format(Map<String, String> props) {
        return new AvroFormatProvider().create(props);
    }

    private static List<ReadResult> readAll(RecordFormat format, ObjectContent content, ReadPosition start)
            throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (RecordReader reader = format.open(content, start)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                results.add(result);
            }
        }
        return Collections.unmodifiableList(results);
    }

    /** Reads into {@code results} until the end or a failure, which is thrown. */
    private static void readInto(List<ReadResult> results, RecordFormat format, ObjectContent content)
            throws IOException {
        try (RecordReader reader = format.open(content, ReadPosition.START)) {
            for (ReadResult result = reader.next(); result != null; result = reader.next()) {
                results.add(result);
            }
        }
    }
}
