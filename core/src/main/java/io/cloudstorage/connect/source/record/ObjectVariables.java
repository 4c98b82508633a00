package io.cloudstorage.connect.source.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What templates can name about an object: {@code bucket}, {@code object.key}, {@code etag}, and the named groups
 * of {@code object.key.regex} matched against the key.
 */
public final class ObjectVariables {

    public static final String BUCKET = "bucket";
    public static final String OBJECT_KEY = "object.key";
    public static final String ETAG = "etag";
    public static final String RECORD_NUMBER = "record.number";

    /** The variables every object has, and those every record has on top. */
    public static final Set<String> OF_OBJECTS = Set.of(BUCKET, OBJECT_KEY, ETAG);
    public static final Set<String> OF_RECORDS = Set.of(BUCKET, OBJECT_KEY, ETAG, RECORD_NUMBER);

    private ObjectVariables() {
    }

    public static Map<String, String> of(String bucket, String key, String etag, Map<String, String> keyGroups) {
        Map<String, String> variables = new LinkedHashMap<>(keyGroups);
        variables.put(BUCKET, bucket);
        variables.put(OBJECT_KEY, key);
        variables.put(ETAG, etag);
        return variables;
    }
}
