package io.cloudstorage.connect.format.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordFormatContractTest;

class BytesFormatContractTest extends RecordFormatContractTest {

    @Override
    protected RecordFormat format() {
        return new BytesFormatProvider().create(Map.of());
    }

    @Override
    protected Stream<Sample> samples() {
        byte[] binary = new byte[300_000];
        new Random(7).nextBytes(binary);
        return Stream.of(
                new Sample("empty object", new byte[0], List.of(new byte[0])),
                new Sample("text", "a\nb\n".getBytes(UTF_8),
                        List.of("a\nb\n".getBytes(UTF_8))),
                new Sample("binary", binary, List.of(binary)));
    }
}
