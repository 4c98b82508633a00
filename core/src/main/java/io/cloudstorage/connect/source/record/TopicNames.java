package io.cloudstorage.connect.source.record;

import java.util.regex.Pattern;

/** Kafka's rule for topic names, checked here so that a bad name fails early and says why. */
public final class TopicNames {

    public static final String RULE = "A topic name is 1 to 249 characters from a-z, A-Z, 0-9, '.', '_' and '-', "
            + "and is neither '.' nor '..'";

    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private TopicNames() {
    }

    public static boolean isLegal(String topic) {
        return LEGAL.matcher(topic).matches() && !topic.equals(".") && !topic.equals("..");
    }
}
