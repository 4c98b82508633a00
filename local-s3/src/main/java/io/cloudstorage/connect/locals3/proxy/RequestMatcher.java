package io.cloudstorage.connect.locals3.proxy;

import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Which requests a fault applies to: a kind of S3 request, narrowed to a bucket or to keys. */
public final class RequestMatcher {

    private final String description;
    private final Predicate<S3Request> test;

    private RequestMatcher(String description, Predicate<S3Request> test) {
        this.description = description;
        this.test = test;
    }

    public static RequestMatcher anyRequest() {
        return new RequestMatcher("any request", request -> true);
    }

    /** ListObjectsV2: a GET of a bucket with {@code list-type=2}. */
    public static RequestMatcher listings() {
        return new RequestMatcher("listings", request -> request.method().equals("GET")
                && !request.bucket().isEmpty() && request.key().isEmpty() && request.hasQueryParameter("list-type=2"));
    }

    /** GetObject, whole or ranged: a GET of a key. */
    public static RequestMatcher objectReads() {
        return new RequestMatcher("object reads", request -> request.method().equals("GET")
                && !request.key().isEmpty());
    }

    /** HeadObject and HeadBucket. */
    public static RequestMatcher heads() {
        return new RequestMatcher("HEAD requests", request -> request.method().equals("HEAD"));
    }

    public RequestMatcher inBucket(String bucket) {
        return and("in bucket " + bucket, request -> request.bucket().equals(bucket));
    }

    /** Only requests about keys that match {@code regex} as a whole. */
    public RequestMatcher withKey(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return and("with a key matching " + regex, request -> pattern.matcher(request.key()).matches());
    }

    /** Only reads of a range that starts at byte {@code position} ({@code Range: bytes=position-…}). */
    public RequestMatcher withRangeFrom(long position) {
        return and("with a range from byte " + position,
                request -> request.rangeStart().equals(OptionalLong.of(position)));
    }

    public boolean matches(S3Request request) {
        return test.test(request);
    }

    private RequestMatcher and(String narrowing, Predicate<S3Request> more) {
        return new RequestMatcher(description + " " + narrowing, test.and(more));
    }

    @Override
    public String toString() {
        return description;
    }
}
