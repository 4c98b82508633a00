package io.cloudstorage.connect.storage.s3;

/** What the connector asks of S3, as named in error messages, with the permission that a denial says to grant. */
enum S3Operation {
    LIST("list", "s3:ListBucket and s3:GetObject on the bucket"),
    LOOK_UP("look up", "s3:GetObject on the bucket"),
    READ("read", "s3:GetObject on the bucket"),
    DELETE("delete", "s3:DeleteObject on the bucket"),
    COPY("copy", "s3:GetObject on the source bucket and s3:PutObject on the target bucket"),
    READ_TAGS("read the tags of", "s3:GetObjectTagging on the bucket"),
    TAG("tag", "s3:PutObjectTagging on the bucket");

    private final String verb;
    private final String permission;

    S3Operation(String verb, String permission) {
        this.verb = verb;
        this.permission = permission;
    }

    /** As in "Could not <verb> s3://bucket/key". */
    String verb() {
        return verb;
    }

    /** The IAM permission it needs, and on what. */
    String permission() {
        return permission;
    }
}
