package io.cloudstorage.connect.spi.format;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** The test double that the format tests rely on to see how formats open, read and fail. */
class InMemoryContentTest {

    private static final IOException RESET = new IOException("connection reset");

    @Test
    void aStreamGivesTheBytesFromItsPositionAndTheContentRecordsTheOpenAndTheRead() throws IOException {
        InMemoryContent content = new InMemoryContent("k", "abcdef".getBytes(US_ASCII));

        try (InputStream in = content.open(2)) {
            assertThat(new String(in.readAllBytes(), US_ASCII)).isEqualTo("cdef");
        }
        assertThat(content.opens()).containsExactly(2L);
        assertThat(content.bytesOpened()).isEqualTo(4);
        assertThat(content.bytesRead()).isEqualTo(4);
        assertThat(content.size()).hasValue(6);
    }

    @Test
    void aFailingContentGivesEveryByteBeforeTheFailingOneThenThrows() throws IOException {
        InMemoryContent content = new InMemoryContent("k", "abcdef".getBytes(US_ASCII)).failingAt(3, RESET);

        try (InputStream in = content.open(0)) {
            byte[] buffer = new byte[6];
            assertThat(in.read(buffer, 0, 6)).isEqualTo(3);
            assertThatThrownBy(() -> in.read(buffer, 0, 6)).isSameAs(RESET);
            assertThatThrownBy(in::read).isSameAs(RESET);
        }
        assertThat(content.bytesRead()).isEqualTo(3);
    }

    @Test
    void skippingStopsAtTheFailingByteAndSkippedBytesCountAsRead() throws IOException {
        InMemoryContent content = new InMemoryContent("k", "abcdef".getBytes(US_ASCII)).failingAt(4, RESET);

        try (InputStream in = content.open(1)) {
            assertThat(in.skip(10)).isEqualTo(3);
            assertThatThrownBy(() -> in.skip(1)).isSameAs(RESET);
        }
        assertThat(content.bytesRead()).isEqualTo(3);
    }

    @Test
    void aStreamOpenedPastTheFailingByteReadsToTheEnd() throws IOException {
        InMemoryContent content = new InMemoryContent("k", "abcdef".getBytes(US_ASCII)).failingAt(1, RESET);

        try (InputStream in = content.open(2)) {
            assertThat(new String(in.readAllBytes(), US_ASCII)).isEqualTo("cdef");
        }
    }

    @Test
    void aContentWithoutSizeSaysNone() {
        assertThat(new InMemoryContent("k", new byte[3]).withoutSize().size()).isEmpty();
    }
}
