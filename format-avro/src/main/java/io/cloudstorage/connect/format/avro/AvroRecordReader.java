package io.cloudstorage.connect.format.avro;

import java.io.IOException;
import java.util.Arrays;

import org.apache.avro.io.DatumReader;
import org.apache.kafka.connect.errors.DataException;

import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.MalformedDataException;
import io.cloudstorage.connect.spi.format.MalformedRecord;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.ReadResult;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Reads the datums of an Avro container file block by block, from the block its input is positioned at. A block is
 * read whole (its stored bytes, then its sync marker) before its datums are decoded from memory, so the framing of
 * every block is checked before anything of it is returned.
 *
 * <p>What can still be trusted decides what becomes of bad data. Broken framing (a truncated file, a block that
 * does not end with the file's sync marker) leaves nothing after it to trust: {@link MalformedDataException}. A
 * block whose framing holds but whose contents do not (its data does not decompress, is larger than allowed, or a
 * datum does not decode) is stepped over: each of its datums that cannot be read is a {@link MalformedRecord}, and
 * reading goes on with the next block.
 */
final class AvroRecordReader implements RecordReader {

    private final ContainerInput input;
    private final ContainerHeader header;
    private final DatumReader<Object> datumReader;
    private final ConnectMapping mapping;
    private final int maxBlockBytes;

    private long records;
    private Block block;
    /** The datums of the current block already returned. */
    private long index;
    private BoundedDecoder decoder;
    /** Why the current block's remaining datums cannot be read, or {@code null} while they can. */
    private String unreadable;
    private boolean ended;

    AvroRecordReader(ContainerInput input, ContainerHeader header, DatumReader<Object> datumReader,
                     ConnectMapping mapping, int maxBlockBytes, ReadPosition start) throws IOException {
        this.input = input;
        this.header = header;
        this.datumReader = datumReader;
        this.mapping = mapping;
        this.maxBlockBytes = maxBlockBytes;
        this.records = start.records() - start.skip();
        for (long i = 0; i < start.skip(); i++) {
            if (next() == null) {
                break;
            }
        }
    }

    @Override
    public ReadResult next() throws IOException {
        while (!ended) {
            if (block != null && index < block.count()) {
                return nextDatum();
            }
            readBlock();
        }
        return null;
    }

    private ReadResult nextDatum() throws IOException {
        index++;
        records++;
        ReadPosition next = block.after(index, records);
        if (unreadable != null) {
            return new MalformedRecord(new byte[0], describeDatum() + unreadable, next);
        }
        int from = decoder.position();
        Object datum;
        try {
            datum = datumReader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            // The block is in memory: whatever fails here is in its data.
            unreadable = "an earlier datum of the block (record " + records + ") cannot be decoded, so where the "
                    + "datums after it start is unknown";
            return new MalformedRecord(decoder.bytesFrom(from), describeDatum() + "it cannot be decoded as the "
                    + "file's schema (" + e + ")", next);
        }
        if (index == block.count() && !decoder.isEnd()) {
            throw new MalformedDataException("the Avro block at byte " + block.offset() + " holds bytes after the "
                    + "last of the " + block.count() + " datums it declares: its datum count is corrupt", records);
        }
        try {
            return new FormatRecord(mapping.schema(), mapping.converter().convert(datum), next);
        } catch (DataException e) {
            return new MalformedRecord(decoder.bytes(from, decoder.position()),
                    describeDatum() + e.getMessage(), next);
        }
    }

    private String describeDatum() {
        return "datum " + index + " of the " + block.count() + " in the Avro block at byte " + block.offset() + ": ";
    }

    private void readBlock() throws IOException {
        long offset = input.offset();
        try {
            int first = input.readOrEnd();
            if (first < 0) {
                ended = true;
                return;
            }
            String what = "the block at byte " + offset;
            long count = input.readLong(first, what);
            long size = input.readLong(what);
            if (count < 0 || size < 0) {
                throw new CorruptDataException(what + " is corrupt: it declares " + count + " datums in " + size
                        + " bytes");
            }
            byte[] stored = null;
            if (size <= maxBlockBytes) {
                stored = input.readBytes((int) size, what);
            } else {
                input.skip(size, what);
            }
            if (!Arrays.equals(input.readBytes(ContainerHeader.SYNC_BYTES, what), header.sync())) {
                throw new CorruptDataException(what + " is corrupt: it does not end with the file's sync marker");
            }
            startBlock(new Block(offset, count, input.offset()), stored, size);
        } catch (CorruptDataException e) {
            throw new MalformedDataException(e.getMessage(), records + 1, e);
        }
    }

    private void startBlock(Block next, byte[] stored, long size) {
        block = next;
        index = 0;
        decoder = null;
        unreadable = null;
        if (stored == null) {
            unreadable = "the block holds " + size + " bytes, more than " + AvroFormatProvider.MAX_BLOCK_BYTES + "="
                    + maxBlockBytes + "; raise " + AvroFormatProvider.MAX_BLOCK_BYTES + " if such blocks are expected";
            return;
        }
        try {
            decoder = new BoundedDecoder(header.codec().inflate(stored, maxBlockBytes), maxBlockBytes);
        } catch (CorruptDataException e) {
            unreadable = e.getMessage();
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
