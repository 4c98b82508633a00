package io.cloudstorage.connect.quickstart;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The quickstart's command line: connector settings as {@code key=value}, with the connector's own key names, and
 * a few options of the quickstart itself. Without {@code bucket=...} the quickstart reads sample objects from an
 * S3 server it starts; with it, the user's bucket.
 */
record QuickstartArgs(Map<String, String> connectorSettings, Duration duration, boolean help) {

    static final String USAGE = """
            Usage: bin/quickstart [key=value ...] [--duration SECONDS] [--help]

              Starts a Kafka broker (KRaft) and a Kafka Connect worker on this machine, creates the cloud storage
              source connector through the worker's REST API and shows the records arriving in Kafka, until Ctrl-C.

              Without bucket=..., it also starts an S3 server on 127.0.0.1, loads sample objects into it and keeps
              adding new ones (and, after a while, a new folder), so that you can watch them being picked up.

              With bucket=..., it reads your bucket instead. Every key=value is a connector setting, as in
              docs/configuration.md; for example:
                bin/quickstart bucket=my-bucket s3.region=eu-west-1 prefix.whitelist=logs/
                bin/quickstart bucket=data s3.endpoint=https://minio.example.com:9000 s3.path.style.access=true \\
                    s3.access.key.id=... s3.secret.access.key=...
                bin/quickstart storage.type=local local.root=/var/data bucket=incoming
              Without s3.access.key.id, credentials come from the AWS SDK's default chain (AWS_ACCESS_KEY_ID and
              AWS_SECRET_ACCESS_KEY, ~/.aws, a role). Nothing is written to your bucket.

              --duration SECONDS   stop by itself after that long (default: run until Ctrl-C)
              --help               show this text
            """;

    /**
     * @throws IllegalArgumentException naming the argument that is not understood
     */
    static QuickstartArgs parse(String... args) {
        Map<String, String> settings = new LinkedHashMap<>();
        Duration duration = Duration.ZERO;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--duration")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--duration needs a number of seconds");
                }
                duration = parseDuration(args[++i]);
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown option " + arg);
            } else {
                int equals = arg.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("'" + arg + "' is not a connector setting: write key=value, "
                            + "e.g. bucket=my-bucket");
                }
                settings.put(arg.substring(0, equals).trim(), arg.substring(equals + 1).trim());
            }
        }
        return new QuickstartArgs(Map.copyOf(settings), duration, help);
    }

    private static Duration parseDuration(String seconds) {
        try {
            long value = Long.parseLong(seconds);
            if (value <= 0) {
                throw new IllegalArgumentException("--duration must be a positive number of seconds, not " + seconds);
            }
            return Duration.ofSeconds(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--duration must be a number of seconds, not '" + seconds + "'");
        }
    }

    /** The user's own bucket, if one was named; otherwise the quickstart serves sample objects. */
    Optional<String> bucket() {
        return Optional.ofNullable(connectorSettings.get("bucket"));
    }

    /** Whether the quickstart stops by itself, after {@link #duration()}. */
    boolean bounded() {
        return !duration.isZero();
    }
}
