package io.cloudstorage.connect.spi.format;

/**
 * Where a reader resumes inside an object, stored in the connector's source offsets.
 *
 * @param records how many records of the object come before this position
 * @param seek    a point the format can jump to without reading what comes before it, in the format's own unit
 *                (a byte offset for line-oriented text; a block or row-group start for others); 0 is the start
 * @param skip    how many records to read and drop after {@code seek} to arrive at this position
 */
public record ReadPosition(long records, long seek, long skip) {

    public static final ReadPosition START = new ReadPosition(0, 0, 0);

    public ReadPosition {
        if (records < 0 || seek < 0 || skip < 0 || skip > records) {
            throw new IllegalArgumentException(
                    "Invalid read position: records=" + records + ", seek=" + seek + ", skip=" + skip);
        }
    }
}
