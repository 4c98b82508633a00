package io.cloudstorage.connect.format.parquet;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * The last bytes of a Parquet file, read with one request, and the footer (the file's metadata) they end with. A
 * Parquet file ends with its footer, the footer's length (4 bytes, little-endian) and the magic bytes {@code PAR1}.
 * The bytes read are kept, so that a small file's row groups are read from them instead of with another request.
 */
final class FileTail {

    private static final byte[] MAGIC = "PAR1".getBytes(US_ASCII);
    private static final byte[] ENCRYPTED_FOOTER_MAGIC = "PARE".getBytes(US_ASCII);
    /** The footer's length and the magic bytes after it. */
    private static final int TRAILER_BYTES = 4 + MAGIC.length;
    /** The magic bytes at the start, and the trailer: a file without any row group or schema is larger. */
    private static final int SMALLEST_FILE_BYTES = MAGIC.length + TRAILER_BYTES;

    private final long size;
    private final long offset;
    private final byte[] bytes;
    private final ParquetMetadata footer;

    private FileTail(long size, long offset, byte[] bytes, ParquetMetadata footer) {
        this.size = size;
        this.offset = offset;
        this.bytes = bytes;
        this.footer = footer;
    }

    /**
     * Reads the last {@code tailBytes} of the content (more if the footer is longer) and parses the footer.
     *
     * @param recordNumber the number of the first record the reader would yield, for errors
     * @throws MalformedDataException if the content's size is unknown, if it is not a Parquet file, or if its
     *                                footer is corrupt or longer than {@code maxFooterBytes}
     */
    static FileTail read(ObjectContent content, int tailBytes, int maxFooterBytes, long recordNumber)
            throws IOException {
        if (content.size().isEmpty()) {
            throw new MalformedDataException("Parquet objects must not be stream-compressed (as with gzip): a "
                    + "Parquet reader needs the object's size to find the footer at its end. Parquet compresses "
                    + "its pages itself; read such objects with compression=none", recordNumber);
        }
        long size = content.size().getAsLong();
        if (size < SMALLEST_FILE_BYTES) {
            throw new MalformedDataException("Not a Parquet file: it holds " + size + " bytes, fewer than the "
                    + SMALLEST_FILE_BYTES + " of the smallest Parquet file", recordNumber);
        }
        long offset = Math.max(0, size - Math.max(tailBytes, TRAILER_BYTES));
        byte[] bytes = readFully(content, offset, (int) (size - offset), recordNumber);

        byte[] magic = Arrays.copyOfRange(bytes, bytes.length - MAGIC.length, bytes.length);
        if (Arrays.equals(magic, ENCRYPTED_FOOTER_MAGIC)) {
            throw new MalformedDataException("The Parquet file is encrypted (its footer ends with PARE): "
                    + "encrypted Parquet files are not supported", recordNumber);
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new MalformedDataException("Not a Parquet file: it does not end with the magic bytes PAR1",
                    recordNumber);
        }
        long footerLength = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, bytes.length - TRAILER_BYTES, 4)
                .order(ByteOrder.LITTLE_ENDIAN).getInt());
        if (footerLength > size - SMALLEST_FILE_BYTES) {
            throw new MalformedDataException("The Parquet footer is corrupt: its length (" + footerLength
                    + " bytes) is more than the file holds (" + size + " bytes)", recordNumber);
        }
        if (footerLength > maxFooterBytes) {
            throw new MalformedDataException("The Parquet footer holds " + footerLength + " bytes, more than "
                    + ParquetFormatProvider.MAX_BUFFER_BYTES + "=" + maxFooterBytes + "; raise "
                    + ParquetFormatProvider.MAX_BUFFER_BYTES + " to read this file", recordNumber);
        }
        long footerStart = size - TRAILER_BYTES - footerLength;
        if (footerStart < offset) {
            byte[] before = readFully(content, footerStart, (int) (offset - footerStart), recordNumber);
            bytes = concat(before, bytes);
            offset = footerStart;
        }
        ParquetMetadata footer = parse(bytes, (int) (footerStart - offset), (int) footerLength, recordNumber);
        return new FileTail(size, offset, bytes, footer);
    }

    private static byte[] readFully(ObjectContent content, long position, int length, long recordNumber)
            throws IOException {
        byte[] bytes;
        try (InputStream in = content.open(position)) {
            bytes = in.readNBytes(length);
        }
        if (bytes.length < length) {
            throw new MalformedDataException("The object ended " + (length - bytes.length) + " bytes before "
                    + "its size: it is shorter than the storage reported", recordNumber);
        }
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static ParquetMetadata parse(byte[] bytes, int start, int length, long recordNumber)
            throws MalformedDataException {
        try {
            return new ParquetMetadataConverter().readParquetMetadata(
                    new ByteArrayInputStream(bytes, start, length), ParquetMetadataConverter.NO_FILTER);
        } catch (IOException | RuntimeException e) {
            throw new MalformedDataException("The Parquet footer is corrupt: " + Failures.describe(e),
                    recordNumber, e);
        }
    }

    /** The file's size in bytes. */
    long size() {
        return size;
    }

    /** Where in the file the bytes read start. */
    long offset() {
        return offset;
    }

    /** The file's last bytes, from {@link #offset()} to its end. */
    byte[] bytes() {
        return bytes;
    }

    ParquetMetadata footer() {
        return footer;
    }
}
