package io.cloudstorage.connect.benchmarks.endtoend.storage;

import java.net.URI;

/** Where a bucket of the S3 server is, and the credentials it takes. */
public record S3Location(URI endpoint, String region, String accessKey, String secretKey, String bucket) {

    /** The same bucket reached through another endpoint, e.g. a proxy in front of the server. */
    public S3Location through(URI proxy) {
        return new S3Location(proxy, region, accessKey, secretKey, bucket);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + " at " + endpoint;
    }
}
