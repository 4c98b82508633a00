package io.cloudstorage.connect.source.reading;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FetchedHeadStreamTest {

    private static final byte[] CONTENT = "0123456789abcdefghij".getBytes(UTF_8);

    private final List<Long> restOpenedAt = new ArrayList<>();
    private boolean restClosed;

    @Test
    void aHeadThatIsTheWholeObjectNeverOpensTheRest() throws IOException {
        try (InputStream in = new FetchedHeadStream(CONTENT.clone(), CONTENT.length, this::rest)) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
            assertThat(in.read()).isNegative();
        }
        assertThat(restOpenedAt).isEmpty();
    }

    @Test
    void theRestIsOpenedWhereTheHeadEndsOnlyWhenItIsReached() throws IOException {
        InputStream in = new FetchedHeadStream(head(8), CONTENT.length, this::rest);

        assertThat(in.readNBytes(8)).isEqualTo(head(8));
        assertThat(restOpenedAt).isEmpty();
        assertThat(in.read()).isEqualTo('8');
        assertThat(in.readAllBytes()).isEqualTo("9abcdefghij".getBytes(UTF_8));
        in.close();

        assertThat(restOpenedAt).containsExactly(8L);
        assertThat(restClosed).isTrue();
    }

    @Test
    void readsAcrossTheBoundaryGiveEveryByteOnce() throws IOException {
        try (InputStream in = new FetchedHeadStream(head(5), CONTENT.length, this::rest)) {
            byte[] buffer = new byte[3];
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
                all.write(buffer, 0, n);
            }
            assertThat(all.toByteArray()).isEqualTo(CONTENT);
        }
    }

    private static byte[] head(int length) {
        byte[] head = new byte[length];
        System.arraycopy(CONTENT, 0, head, 0, length);
        return head;
    }

    private InputStream rest(long position) {
        restOpenedAt.add(position);
        return new FilterInputStream(new ByteArrayInputStream(CONTENT, (int) position, CONTENT.length - (int) position)) {
            @Override
            public void close() throws IOException {
                restClosed = true;
                super.close();
            }
        };
    }
}
