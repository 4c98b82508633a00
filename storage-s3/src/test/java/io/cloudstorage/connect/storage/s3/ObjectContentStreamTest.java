package io.cloudstorage.connect.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

class ObjectContentStreamTest {

    private final AtomicInteger aborts = new AtomicInteger();

    @Test
    void abortsTheRequestWhenClosedBeforeTheEnd() throws Exception {
        try (InputStream in = contentOf(new byte[100])) {
            assertThat(in.read(new byte[10])).isEqualTo(10);
        }
        assertThat(aborts).hasValue(1);
    }

    @Test
    void keepsTheConnectionWhenClosedAtTheEnd() throws Exception {
        try (InputStream in = contentOf(new byte[100])) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
        try (InputStream in = contentOf(new byte[1])) {
            assertThat(in.read()).isZero();
            assertThat(in.read()).isNegative();
        }
        assertThat(aborts).hasValue(0);
    }

    @Test
    void keepsTheConnectionWhenTheResponsesLastByteIsReadWithoutReadingPastIt() throws Exception {
        try (InputStream in = contentOf(new byte[100], 100L)) {
            assertThat(in.readNBytes(100)).hasSize(100);
        }
        try (InputStream in = contentOf(new byte[100], 100L)) {
            assertThat(in.readNBytes(99)).hasSize(99);
        }
        assertThat(aborts).hasValue(1);
    }

    private InputStream contentOf(byte[] content) {
        return contentOf(content, null);
    }

    private InputStream contentOf(byte[] content, Long contentLength) {
        AbortableInputStream body = AbortableInputStream.create(new ByteArrayInputStream(content),
                aborts::incrementAndGet);
        return new ObjectContentStream(new ResponseInputStream<>(
                GetObjectResponse.builder().contentLength(contentLength).build(), body));
    }
}
