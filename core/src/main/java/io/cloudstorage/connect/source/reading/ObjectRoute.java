package io.cloudstorage.connect.source.reading;

import java.util.Map;

/**
 * What every record of an object shares: the topic it goes to, the variables its key template may name, and the
 * user metadata it carries as headers.
 */
record ObjectRoute(String topic, Map<String, String> variables, Map<String, String> metadataHeaders) {
}
