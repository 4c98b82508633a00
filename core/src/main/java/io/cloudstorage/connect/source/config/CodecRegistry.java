package io.cloudstorage.connect.source.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

import io.cloudstorage.connect.spi.compression.CompressionCodec;

/** The compression codecs found on the plug-in's class path through {@link ServiceLoader}, by name. */
public final class CodecRegistry {

    private static final CodecRegistry INSTANCE = new CodecRegistry(ServiceLoader.load(CompressionCodec.class,
            CompressionCodec.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());

    private final Map<String, CompressionCodec> byName;
    private final int longestMagic;

    CodecRegistry(Iterable<CompressionCodec> codecs) {
        Map<String, CompressionCodec> sorted = new TreeMap<>();
        int longest = 0;
        for (CompressionCodec codec : codecs) {
            CompressionCodec previous = sorted.put(codec.name(), codec);
            if (previous != null) {
                throw new IllegalStateException("Two compression codecs are named '" + codec.name() + "': "
                        + previous.getClass().getName() + " and " + codec.getClass().getName()
                        + "; remove one of their jars from the plug-in folder");
            }
            longest = Math.max(longest, codec.magicLength());
        }
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
        this.longestMagic = longest;
    }

    public static CodecRegistry codecs() {
        return INSTANCE;
    }

    /** The codecs by name, in name order. */
    public Map<String, CompressionCodec> byName() {
        return byName;
    }

    /** The codec whose extension ends this key (ignoring case), if any. */
    public Optional<CompressionCodec> byExtension(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return byName.values().stream()
                .filter(codec -> codec.extensions().stream().anyMatch(lower::endsWith))
                .findFirst();
    }

    /** The codec whose signature starts {@code head}, if any. */
    public Optional<CompressionCodec> byMagic(byte[] head) {
        return byName.values().stream()
                .filter(codec -> codec.magicLength() > 0 && codec.magicLength() <= head.length)
                .filter(codec -> codec.matchesMagic(Arrays.copyOf(head, codec.magicLength())))
                .findFirst();
    }

    /** How many leading bytes the signatures need at most. */
    public int longestMagic() {
        return longestMagic;
    }
}
