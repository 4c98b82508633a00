package io.cloudstorage.connect.compression;

import java.util.List;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/** A codec described by its name, its key endings and, if it has one, the signature its streams start with. */
abstract class DescribedCodec implements CompressionCodec {

    private final String name;
    private final String description;
    private final List<String> extensions;
    private final MagicBytes magic;

    /**
     * @param magic the signature, or {@code null} if the codec's streams cannot be told by their first bytes
     */
    DescribedCodec(String name, String description, List<String> extensions, MagicBytes magic) {
        this.name = name;
        this.description = description;
        this.extensions = List.copyOf(extensions);
        this.magic = magic;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }

    @Override
    public final int magicLength() {
        return magic == null ? 0 : magic.length();
    }

    @Override
    public final boolean matchesMagic(byte[] head) {
        return magic != null && magic.matches(head);
    }
}
