package io.cloudstorage.connect.locals3.proxy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * What a request asks of an S3 server with path-style addressing ({@code /bucket/key?query}), as the proxy sees it.
 *
 * @param query the query string without its {@code ?}, empty if there is none
 * @param range the value of the Range field, or {@code null}
 */
public record S3Request(String method, String path, String query, String range) {

    private static final String BYTES = "bytes=";

    static S3Request of(HttpHead head) {
        String[] requestLine = head.startLine().split(" ");
        String target = requestLine[1];
        int question = target.indexOf('?');
        return new S3Request(requestLine[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? "" : target.substring(question + 1), head.field("Range").orElse(null));
    }

    /** The bucket: the first segment of the path, empty for a request about the whole service. */
    public String bucket() {
        String withoutSlash = path.substring(1);
        int slash = withoutSlash.indexOf('/');
        return decode(slash < 0 ? withoutSlash : withoutSlash.substring(0, slash));
    }

    /** The object key, decoded; empty for a request about the bucket itself (a listing, say). */
    public String key() {
        String withoutSlash = path.substring(1);
        int slash = withoutSlash.indexOf('/');
        return slash < 0 ? "" : decode(withoutSlash.substring(slash + 1));
    }

    /** The first byte asked for by a {@code bytes=N-} or {@code bytes=N-M} range; empty for none, or a suffix range. */
    public OptionalLong rangeStart() {
        if (range == null || !range.startsWith(BYTES) || range.startsWith(BYTES + "-")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(range.substring(BYTES.length(), range.indexOf('-'))));
    }

    public boolean hasQueryParameter(String parameter) {
        return Arrays.asList(query.split("&")).contains(parameter);
    }

    /** Paths encode a space as {@code %20}; a plus sign is a plus sign, unlike in form data. */
    private static String decode(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), UTF_8);
    }
}
