package io.cloudstorage.connect.format.avro;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * Decodes the datums of one decompressed block, refusing lengths and counts that the block cannot hold before
 * anything is allocated for them. Avro's decoder allocates a string, bytes or array of the length a datum
 * declares, so a corrupt length would otherwise cost up to 2 GiB of memory.
 */
final class BoundedDecoder extends Decoder {

    private final byte[] data;
    private final int maxItems;
    private final BinaryDecoder in;

    /** @param maxItems the most elements an array may declare (its elements may take no bytes at all) */
    BoundedDecoder(byte[] data, int maxItems) {
        this.data = data;
        this.maxItems = maxItems;
        this.in = DecoderFactory.get().binaryDecoder(data, 0, data.length, null);
    }

    /** The offset in the block of the next byte to decode. */
    int position() throws IOException {
        return data.length - in.inputStream().available();
    }

    /** The block's bytes from {@code from} to {@code to}. */
    byte[] bytes(int from, int to) {
        return Arrays.copyOfRange(data, from, to);
    }

    /** The block's bytes from {@code from} to its end. */
    byte[] bytesFrom(int from) {
        return bytes(from, data.length);
    }

    boolean isEnd() throws IOException {
        return in.isEnd();
    }

    @Override
    public void readNull() throws IOException {
        in.readNull();
    }

    @Override
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    @Override
    public int readInt() throws IOException {
        return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
        return in.readLong();
    }

    @Override
    public float readFloat() throws IOException {
        return in.readFloat();
    }

    @Override
    public double readDouble() throws IOException {
        return in.readDouble();
    }

    @Override
    public Utf8 readString(Utf8 old) throws IOException {
        return new Utf8(readLengthPrefixed("a string"));
    }

    @Override
    public String readString() throws IOException {
        return new String(readLengthPrefixed("a string"), UTF_8);
    }

    @Override
    public void skipString() throws IOException {
        in.skipString();
    }

    @Override
    public ByteBuffer readBytes(ByteBuffer old) throws IOException {
        return ByteBuffer.wrap(readLengthPrefixed("a bytes value"));
    }

    @Override
    public void skipBytes() throws IOException {
        in.skipBytes();
    }

    @Override
    public void readFixed(byte[] bytes, int start, int length) throws IOException {
        in.readFixed(bytes, start, length);
    }

    @Override
    public void skipFixed(int length) throws IOException {
        in.skipFixed(length);
    }

    @Override
    public int readEnum() throws IOException {
        return in.readEnum();
    }

    @Override
    public long readArrayStart() throws IOException {
        return checkItems(in.readArrayStart(), maxItems, "an array");
    }

    @Override
    public long arrayNext() throws IOException {
        return checkItems(in.arrayNext(), maxItems, "an array");
    }

    @Override
    public long skipArray() throws IOException {
        return in.skipArray();
    }

    /** Every entry of a map takes at least one byte, the length of its key. */
    @Override
    public long readMapStart() throws IOException {
        return checkItems(in.readMapStart(), remaining(), "a map");
    }

    @Override
    public long mapNext() throws IOException {
        return checkItems(in.mapNext(), remaining(), "a map");
    }

    @Override
    public long skipMap() throws IOException {
        return in.skipMap();
    }

    @Override
    public int readIndex() throws IOException {
        return in.readIndex();
    }

    private byte[] readLengthPrefixed(String what) throws IOException {
        long length = in.readLong();
        if (length < 0 || length > remaining()) {
            throw new EOFException(what + " declares " + length + " bytes, where the block has " + remaining()
                    + " bytes left");
        }
        byte[] bytes = new byte[(int) length];
        in.readFixed(bytes);
        return bytes;
    }

    private long checkItems(long items, long max, String what) throws IOException {
        if (items > max) {
            throw new EOFException(what + " declares " + items + " items, more than the block can hold");
        }
        return items;
    }

    private int remaining() throws IOException {
        return in.inputStream().available();
    }
}
