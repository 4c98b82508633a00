package io.cloudstorage.connect.source.reading;

import io.cloudstorage.connect.spi.format.ReadResult;

/** A record of an object (good or malformed), and whether it is the object's last. */
record ObjectRecord(ReadResult result, boolean last) {
}
