package io.cloudstorage.connect.source.reading;

import java.util.Map;

/**
 * What every record of an object shares: the topic it goes to, the variables its key template may name, the user
 * metadata it carries as headers, and the object's last-modified time (in milliseconds since the epoch, boxed once
 * rather than for each record that takes it as its timestamp).
 */
record ObjectRoute(String topic, Map<String, String> variables, Map<String, String> metadataHeaders,
                   Long lastModified) {
}
