package io.cloudstorage.connect.source.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

import io.cloudstorage.connect.source.config.CodecRegistry;
import io.cloudstorage.connect.spi.compression.CompressionCodec;
import io.cloudstorage.connect.spi.format.ObjectContent;

/**
 * An object that is decompressed if its key ends with a codec's extension, or else if its first bytes are a
 * codec's signature. The first bytes are looked at on the first open only, in the stream that open returns, so
 * detection costs no extra request. Until then, {@link #size()} goes by the key's ending.
 */
final class DetectedContent implements ObjectContent {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final ObjectContent stored;
    private final CodecRegistry codecs;
    private ObjectContent detected;

    DetectedContent(ObjectContent stored, CodecRegistry codecs) {
        this.stored = stored;
        this.codecs = codecs;
        this.detected = codecs.byExtension(stored.key())
                .<ObjectContent>map(codec -> new DecompressedContent(stored, codec)).orElse(null);
    }

    @Override
    public String key() {
        return stored.key();
    }

    @Override
    public String location() {
        return detected == null ? stored.location() : detected.location();
    }

    @Override
    public OptionalLong size() {
        return detected == null ? stored.size() : detected.size();
    }

    @Override
    public InputStream open(long position) throws IOException {
        if (detected != null) {
            return detected.open(position);
        }
        // A small object gets a buffer of its size: many small objects would each allocate the larger one.
        long bufferBytes = Math.min(BUFFER_BYTES, stored.size().orElse(BUFFER_BYTES) + 1);
        BufferedInputStream head = new BufferedInputStream(stored.open(0),
                (int) Math.max(codecs.longestMagic(), bufferBytes));
        Optional<CompressionCodec> codec;
        try {
            head.mark(codecs.longestMagic());
            codec = codecs.byMagic(head.readNBytes(codecs.longestMagic()));
            head.reset();
        } catch (IOException | RuntimeException e) {
            head.close();
            throw e;
        }
        if (codec.isPresent()) {
            DecompressedContent decompressed = new DecompressedContent(stored, codec.get());
            detected = decompressed;
            return decompressed.decompress(head, position);
        }
        detected = stored;
        if (position == 0) {
            return head;
        }
        head.close();
        return stored.open(position);
    }
}
