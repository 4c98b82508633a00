package io.cloudstorage.connect.locals3.proxy;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request that went through the proxy and what it was answered.
 *
 * @param status the status of the answer the client got (the server's, or the proxy's own error)
 * @param fault  the fault applied to it, or {@code null} if it was forwarded faithfully
 */
public record ProxiedRequest(S3Request request, int status, Fault fault) {

    public String method() {
        return request.method();
    }

    public String path() {
        return request.path();
    }

    public String query() {
        return request.query();
    }

    public String bucket() {
        return request.bucket();
    }

    public String key() {
        return request.key();
    }

    /** The Range field the client sent, e.g. {@code bytes=1000-}. */
    public Optional<String> range() {
        return Optional.ofNullable(request.range());
    }

    /** See {@link S3Request#rangeStart()}. */
    public OptionalLong rangeStart() {
        return request.rangeStart();
    }

    public boolean faultInjected() {
        return fault != null;
    }

    @Override
    public String toString() {
        return request.method() + " " + request.path() + (request.query().isEmpty() ? "" : "?" + request.query())
                + range().map(value -> " [" + value + "]").orElse("") + " -> " + status
                + (fault == null ? "" : " (" + fault + ")");
    }
}
