package io.cloudstorage.connect.format.avro;

import io.cloudstorage.connect.spi.format.ReadPosition;

/**
 * A block of an Avro container file, whose framing was checked: it ends with the file's sync marker.
 *
 * @param offset the byte offset of its first byte (its datum count), where a reader jumps to read its datums
 * @param count  how many datums it holds
 * @param end    the byte offset just after its sync marker, where the next block starts
 */
record Block(long offset, long count, long end) {

    /**
     * The position after the block's datum {@code index} (counting from 1), the object's record {@code records}:
     * inside the block, its start and the datums to drop; after its last datum, the next block's start, so that
     * resuming there does not read this block again.
     */
    ReadPosition after(long index, long records) {
        return index < count ? new ReadPosition(records, offset, index) : new ReadPosition(records, end, 0);
    }
}
