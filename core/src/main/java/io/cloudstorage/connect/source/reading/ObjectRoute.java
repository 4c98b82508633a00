package io.cloudstorage.connect.source.reading;

import java.util.Map;

/** What every record of an object shares: the topic it goes to, and the variables its key template may name. */
record ObjectRoute(String topic, Map<String, String> variables) {
}
