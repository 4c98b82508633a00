package io.cloudstorage.connect.format.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;

import org.junit.jupiter.api.Test;

class BoundedDecoderTest {

    /** Zig-zag varints: 2 is 1, 0x7E is 63, 0x80 0x80 0x80 0x80 0x08 is 2^30 (one GiB). */
    private static final byte[] ONE_GIB = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};

    @Test
    void aStringLongerThanWhatIsLeftOfTheBlockIsRefusedBeforeItIsAllocated() {
        BoundedDecoder decoder = new BoundedDecoder(concat(ONE_GIB, new byte[] {'a', 'b'}), 100);

        assertThatThrownBy(() -> decoder.readString(null)).isInstanceOf(EOFException.class)
                .hasMessage("a string declares 1073741824 bytes, where the block has 2 bytes left");
    }

    @Test
    void bytesLongerThanWhatIsLeftOfTheBlockAreRefused() {
        BoundedDecoder decoder = new BoundedDecoder(new byte[] {0x7E, 1, 2}, 100);

        assertThatThrownBy(() -> decoder.readBytes(null)).isInstanceOf(EOFException.class)
                .hasMessageContaining("a bytes value declares 63 bytes");
    }

    @Test
    void aMapOfMoreEntriesThanTheBlockHasBytesIsRefused() {
        BoundedDecoder decoder = new BoundedDecoder(new byte[] {0x7E, 2, 'k', 0}, 100);

        assertThatThrownBy(decoder::readMapStart).isInstanceOf(EOFException.class)
                .hasMessage("a map declares 63 items, more than the block can hold");
    }

    @Test
    void anArrayOfMoreItemsThanAllowedIsRefused() {
        BoundedDecoder decoder = new BoundedDecoder(ONE_GIB, 1_000);

        assertThatThrownBy(decoder::readArrayStart).isInstanceOf(EOFException.class)
                .hasMessage("an array declares 1073741824 items, more than the block can hold");
    }

    @Test
    void lengthsWithinTheBlockAreReadAndThePositionFollowsThem() throws IOException {
        BoundedDecoder decoder = new BoundedDecoder(new byte[] {4, 'h', 'i', 2, 7, 2}, 10);

        assertThat(decoder.readString(null).toString()).isEqualTo("hi");
        assertThat(decoder.position()).isEqualTo(3);
        assertThat(decoder.readBytes(null).get()).isEqualTo((byte) 7);
        assertThat(decoder.isEnd()).isFalse();
        assertThat(decoder.readLong()).isEqualTo(1);
        assertThat(decoder.isEnd()).isTrue();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
