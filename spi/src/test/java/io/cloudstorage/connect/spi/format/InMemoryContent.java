package io.cloudstorage.connect.spi.format;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.OptionalLong;

/** Object content held in memory; remembers how many bytes readers asked for, to check that formats seek. */
public final class InMemoryContent implements ObjectContent {

    private final String key;
    private final byte[] bytes;
    private long bytesOpened;

    public InMemoryContent(String key, byte[] bytes) {
        this.key = key;
        this.bytes = bytes.clone();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String location() {
        return "memory://" + key;
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(bytes.length);
    }

    @Override
    public InputStream open(long position) {
        int from = (int) Math.min(position, bytes.length);
        bytesOpened += bytes.length - from;
        return new ByteArrayInputStream(bytes, from, bytes.length - from);
    }

    /** The bytes that lay after the positions readers opened the content at, summed over every open. */
    public long bytesOpened() {
        return bytesOpened;
    }
}
