package io.cloudstorage.connect.format.text;

import java.io.IOException;

import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/** Lines resume at a byte offset: the position after a line is where the next one starts. */
final class LinesFormat implements RecordFormat {

    private final int maxLineBytes;
    private final boolean skipEmpty;

    LinesFormat(int maxLineBytes, boolean skipEmpty) {
        this.maxLineBytes = maxLineBytes;
        this.skipEmpty = skipEmpty;
    }

    @Override
    public RecordReader open(ObjectContent content, ReadPosition start) throws IOException {
        return new LineReader(content, start, maxLineBytes, skipEmpty);
    }
}
