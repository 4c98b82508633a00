package io.cloudstorage.connect.source.reading;

import io.cloudstorage.connect.spi.format.FormatRecord;

/** A record of an object, and whether it is the object's last. */
record ObjectRecord(FormatRecord record, boolean last) {
}
