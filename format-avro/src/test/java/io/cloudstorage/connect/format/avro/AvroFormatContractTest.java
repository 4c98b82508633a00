package io.cloudstorage.connect.format.avro;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class AvroFormatContractTest extends RecordFormatContractTest {

    private static final int MAX_BLOCK_BYTES = 64 * 1024;
    private static final Schema STRING = Schema.create(Schema.Type.STRING);

    @Override
    protected RecordFormat format() {
        return new AvroFormatProvider().create(Map.of(AvroFormatProvider.MAX_BLOCK_BYTES,
                String.valueOf(MAX_BLOCK_BYTES)));
    }

    @Override
    protected Stream<Sample> samples() {
        List<Object> texts = texts(400);
        List<Sample> samples = new ArrayList<>(List.of(
                new Sample("a file with only a header", AvroFiles.write(STRING, CodecFactory.nullCodec(), 100,
                        List.of()), List.of()),
                new Sample("one datum", AvroFiles.write(STRING, CodecFactory.nullCodec(), 100, List.of("only")),
                        List.of("only")),
                new Sample("nullable longs in blocks of about 64 bytes", AvroFiles.write(
                        new Schema.Parser().parse("[\"null\", \"long\"]"), CodecFactory.snappyCodec(), 64,
                        nullableLongs(500)), nullableLongs(500)),
                everyType(CodecFactory.nullCodec(), 2_000),
                everyType(CodecFactory.deflateCodec(6), 64_000)));
        samples.addAll(malformed());
        for (CodecFactory codec : codecs()) {
            samples.add(new Sample("unicode strings in many blocks, " + codec, AvroFiles.write(STRING, codec, 200,
                    texts), texts));
        }
        return samples.stream();
    }

    /** Files with bad data in one block, whose datums are stepped over: reading goes on with the next block. */
    private static List<Sample> malformed() {
        AvroFiles.Written deflated = AvroFiles.fiveStringsPerBlock(CodecFactory.deflateCodec(6), 4);
        AvroFiles.Written plain = AvroFiles.fiveStringsPerBlock(CodecFactory.nullCodec(), 3);
        AvroFiles.Written large = AvroFiles.writeBlocks(STRING, CodecFactory.nullCodec(),
                List.of(List.of("before"), List.of("x".repeat(MAX_BLOCK_BYTES), "y"), List.of("after")));
        Schema time = new Schema.Parser().parse("{\"type\": \"int\", \"logicalType\": \"time-millis\"}");
        return List.of(
                new Sample("a block whose deflate data is corrupt", deflated.patched(deflated.dataStart(1),
                        (byte) 0xFF, (byte) 0xFF), concat(AvroFiles.fiveStrings(0), Collections.nCopies(5, MALFORMED),
                        AvroFiles.fiveStrings(2), AvroFiles.fiveStrings(3))),
                new Sample("a datum that does not decode", plain.patched(plain.dataStart(1) + 2 * 16, (byte) 0x7E),
                        concat(AvroFiles.fiveStrings(0), AvroFiles.fiveStrings(1).subList(0, 2),
                                Collections.nCopies(3, MALFORMED), AvroFiles.fiveStrings(2))),
                new Sample("a block larger than " + AvroFormatProvider.MAX_BLOCK_BYTES, large.bytes(),
                        List.of("before", MALFORMED, MALFORMED, "after")),
                new Sample("a time of day beyond a day", AvroFiles.write(time, CodecFactory.nullCodec(), 100,
                        List.of(1, 86_400_000, 2)), List.of(new java.util.Date(1), MALFORMED, new java.util.Date(2))));
    }

    private static List<Object> concat(List<?>... parts) {
        List<Object> all = new ArrayList<>();
        for (List<?> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static List<CodecFactory> codecs() {
        return List.of(CodecFactory.nullCodec(), CodecFactory.deflateCodec(6), CodecFactory.snappyCodec(),
                CodecFactory.zstandardCodec(3), CodecFactory.bzip2Codec(), CodecFactory.xzCodec(6));
    }

    private static Sample everyType(CodecFactory codec, int syncInterval) {
        int datums = 150;
        return new Sample("records of every type, " + codec + ", sync interval " + syncInterval,
                AvroFiles.write(EveryType.AVRO, codec, syncInterval,
                        IntStream.range(0, datums).mapToObj(EveryType::datum).toList()),
                IntStream.range(0, datums).mapToObj(i -> (Object) EveryType.expected(i)).toList());
    }

    static List<Object> texts(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> (Object) ("datum " + i + " " + "ünïcödé 日本 \uD83D\uDE00".repeat(i % 5)))
                .toList();
    }

    private static List<Object> nullableLongs(int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(i % 3 == 0 ? null : (long) i * i);
        }
        return Collections.unmodifiableList(values);
    }
}
