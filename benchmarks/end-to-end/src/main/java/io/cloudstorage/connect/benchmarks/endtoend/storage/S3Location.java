package io.cloudstorage.connect.benchmarks.endtoend.storage;

import java.net.URI;

/** Where a bucket of the S3 server is, and the credentials it takes. */
public record S3Location(URI endpoint, String region, String accessKey, String secretKey, String bucket) {

    @Override
    public String toString() {
        return "s3://" + bucket + " at " + endpoint;
    }
}
