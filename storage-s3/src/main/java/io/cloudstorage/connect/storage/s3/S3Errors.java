package io.cloudstorage.connect.storage.s3;

import static io.cloudstorage.connect.storage.s3.S3StorageProvider.ACCESS_KEY_ID;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.REGION;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SECRET_ACCESS_KEY;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SESSION_TOKEN;
import static io.cloudstorage.connect.storage.s3.S3StorageProvider.SSL_TRUSTSTORE_LOCATION;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Objects;

import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.client5.http.ConnectTimeoutException;

import io.cloudstorage.connect.spi.storage.RetriableStorageException;
import io.cloudstorage.connect.spi.storage.StorageException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one place that turns the SDK's exceptions into the SPI's: whether trying again may help, and which key a
 * user should look at. Messages name the operation, the object, where the bucket is and the S3 error code.
 */
final class S3Errors {

    private final String location;
    private final String connectionKey;

    S3Errors(S3StorageConfig config) {
        this.location = config.location();
        this.connectionKey = config.connectionKey();
    }

    /**
     * @param operation what failed
     * @param target    the object or prefix, as {@code s3://bucket/key}
     */
    StorageException translate(S3Operation operation, String target, SdkException e) {
        String failed = "Could not " + operation.verb() + " " + target + " at " + location;
        if (e instanceof AwsServiceException service) {
            return translateService(failed, operation, service);
        }
        // Before the I/O failures below, which include TLS handshakes, and which may pass: a certificate stays.
        if (isUntrustedCertificate(e)) {
            return new StorageException(failed + ": the server's certificate is not trusted (" + e.getMessage()
                    + "). Set " + SSL_TRUSTSTORE_LOCATION + " to a trust store holding the server's certificate, or "
                    + "that of the authority that signed it, issued for the server's host name.",
                    SSL_TRUSTSTORE_LOCATION, e);
        }
        if (isConnectionFailure(e)) {
            return new RetriableStorageException(failed + ": the server cannot be reached (" + e.getMessage()
                    + "). Check " + connectionKey + " and the network.", connectionKey, e);
        }
        if (isTransient(e)) {
            return new RetriableStorageException(failed + ": " + e.getMessage(), e);
        }
        return new StorageException(failed + ": " + e.getMessage(), e);
    }

    /** The default credentials chain found nothing to sign requests with. */
    StorageException noCredentials(String target, SdkException e) {
        return new StorageException("Found no AWS credentials to read " + target + " at " + location + ". Set "
                + ACCESS_KEY_ID + " and " + SECRET_ACCESS_KEY + ", or give the worker credentials through the "
                + "default chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile file, a web identity "
                + "token, a container or instance role). " + e.getMessage(), ACCESS_KEY_ID, e);
    }

    private StorageException translateService(String failed, S3Operation operation, AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        // Responses to HEAD requests have no body, hence no error code.
        String code = Objects.requireNonNullElse(details == null ? null : details.errorCode(), "");
        int status = e.statusCode();
        String serverMessage = details == null || details.errorMessage() == null ? ""
                : ": " + details.errorMessage().replaceAll("\\.$", "");
        String error = failed + ": S3 error " + (code.isEmpty() ? "" : code + " ") + "(HTTP " + status + ")"
                + serverMessage + ". ";
        if (status == 501 || code.equals("NotImplemented")) {
            return new StorageException(error + "The server does not support this request: it lacks a feature of "
                    + "Amazon S3 that the connector needs to " + operation.verb() + " objects.", e);
        }
        if (status >= 500 || status == 429 || e.isThrottlingException() || code.equals("RequestTimeout")) {
            return new RetriableStorageException(error + "This may pass when tried again.", e);
        }
        switch (code) {
            case "NoSuchBucket":
                return new StorageException(error + "Check the bucket name.", "bucket", e);
            case "InvalidAccessKeyId":
                return new StorageException(error + "The server does not know this access key id: check "
                        + ACCESS_KEY_ID + ".", ACCESS_KEY_ID, e);
            case "SignatureDoesNotMatch":
                return new StorageException(error + "The secret access key does not belong to the access key id: "
                        + "check " + SECRET_ACCESS_KEY + ".", SECRET_ACCESS_KEY, e);
            case "ExpiredToken", "InvalidToken", "TokenRefreshRequired":
                return new StorageException(error + "The session token is invalid or has expired: renew "
                        + SESSION_TOKEN + ", or use the default credentials chain, which renews it.",
                        SESSION_TOKEN, e);
            case "PermanentRedirect", "AuthorizationHeaderMalformed":
                return wrongRegion(error, e);
            default:
                if (status == 301) {
                    return wrongRegion(error, e);
                }
                if (status == 401 || status == 403) {
                    return new StorageException(error + "These credentials may not " + operation.verb() + " it: "
                            + "grant them " + operation.permission() + ", or check " + ACCESS_KEY_ID + ".",
                            ACCESS_KEY_ID, e);
                }
                return new StorageException(error, e);
        }
    }

    /** Amazon S3 names the bucket's region in a header of its answer to a request signed for another one. */
    private static StorageException wrongRegion(String error, AwsServiceException e) {
        String bucketRegion = e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null ? null
                : e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region").orElse(null);
        return new StorageException(error + (bucketRegion == null
                ? "The bucket is in another region: set " + REGION + " to the bucket's region."
                : "The bucket is in region " + bucketRegion + ": set " + REGION + "=" + bucketRegion + "."),
                REGION, e);
    }

    /** Also a connection that did not open within s3.connection.timeout.ms (httpclient's own exception). */
    private static boolean isConnectionFailure(Throwable e) {
        return hasCause(e, ConnectException.class, UnknownHostException.class, NoRouteToHostException.class,
                ConnectTimeoutException.class);
    }

    /**
     * A certificate that no trusted authority signed (PKIX path building failed), or that does not name the host
     * (the JDK's or httpclient's host name check).
     */
    private static boolean isUntrustedCertificate(Throwable e) {
        return hasCause(e, SSLPeerUnverifiedException.class, CertificateException.class,
                CertPathBuilderException.class, CertPathValidatorException.class);
    }

    /** Timeouts and broken connections pass; so may whatever the SDK itself would retry. */
    private static boolean isTransient(SdkException e) {
        return e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException || e.retryable()
                || hasCause(e.getCause(), IOException.class);
    }

    /** Whether {@code e} or one of its causes is of one of these types. */
    private static boolean hasCause(Throwable e, Class<?>... types) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (Class<?> type : types) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
