package io.cloudstorage.connect.source.offset;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A source partition as the map Connect stores: its fields in a fixed order, unmodifiable, with its hash code
 * computed once. Every record carries its partition's map, and the worker looks each record's map up in hash maps
 * (the records awaiting acknowledgement, the offsets to write), which made a map of two entries hash itself on
 * every record.
 */
final class PartitionMap extends AbstractMap<String, Object> {

    private final Map<String, Object> fields;
    private final int hashCode;

    PartitionMap(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.hashCode = this.fields.hashCode();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return fields.entrySet();
    }

    @Override
    public Object get(Object key) {
        return fields.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.containsKey(key);
    }

    @Override
    public int size() {
        return fields.size();
    }

    @Override
    public int hashCode() {
        return hashCode;
    }
}
