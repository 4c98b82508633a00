package io.cloudstorage.connect.source.offset;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A record's source offset as the map Connect stores, whose fields are made only when something reads them. Every
 * record carries an offset, but Connect writes only the last one of each source partition per commit: building
 * the fields (and boxing their numbers) for every record was the largest allocation of a task's poll loop.
 * Unmodifiable, as offsets handed to Connect are never changed.
 */
final class OffsetMap extends AbstractMap<String, Object> {

    private final SourceOffset offset;
    /** Written at most once per thread that reads the map first; every copy holds the same fields. */
    private volatile Map<String, Object> fields;

    OffsetMap(SourceOffset offset) {
        this.offset = offset;
    }

    SourceOffset offset() {
        return offset;
    }

    private Map<String, Object> fields() {
        Map<String, Object> made = fields;
        if (made == null) {
            made = Collections.unmodifiableMap(OffsetCodec.fields(offset));
            fields = made;
        }
        return made;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return fields().entrySet();
    }

    @Override
    public Object get(Object key) {
        return fields().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return fields().containsKey(key);
    }

    @Override
    public int size() {
        return fields().size();
    }
}
