package io.cloudstorage.connect.locals3.proxy;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** Where the proxy finds the end of a body, so that the next message on a connection starts where it should. */
class MessageBodyTest {

    private static final String NEXT = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";

    @Test
    void aChunkedBodyIsCopiedAsSentUpToTheEndOfItsTrailer() throws IOException {
        String body = "5\r\nhello\r\n7;name=value\r\n, world\r\n0\r\nx-amz-checksum-crc32: abc=\r\n\r\n";
        InputStream wire = wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body + NEXT);

        assertThat(copy(MessageBody.ofResponse(HttpHead.readRequired(wire), "GET", wire), Long.MAX_VALUE))
                .isEqualTo(body);
        assertThat(HttpHead.readRequired(wire).startLine()).as("the next message").isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void aBodyCopiedInPartsIsCopiedWhole() throws IOException {
        String body = "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n";
        InputStream wire = wire("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body + NEXT);
        MessageBody chunked = MessageBody.ofResponse(HttpHead.readRequired(wire), "GET", wire);

        String first = copy(chunked, 6);
        String second = copy(chunked, 9);
        String rest = copy(chunked, Long.MAX_VALUE);

        assertThat(first).isEqualTo("5\r\nhel");
        assertThat(second).hasSize(9);
        assertThat(first + second + rest).isEqualTo(body);
        assertThat(HttpHead.readRequired(wire).startLine()).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void aBodyWithALengthEndsAfterThatManyBytes() throws IOException {
        InputStream wire = wire("HTTP/1.1 206 Partial Content\r\nContent-Length: 5\r\n\r\nhello" + NEXT);

        assertThat(copy(MessageBody.ofResponse(HttpHead.readRequired(wire), "GET", wire), Long.MAX_VALUE))
                .isEqualTo("hello");
        assertThat(HttpHead.readRequired(wire).startLine()).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void anAnswerToAHeadRequestHasNoBodyWhateverItsLength() throws IOException {
        InputStream wire = wire("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n" + NEXT);

        assertThat(copy(MessageBody.ofResponse(HttpHead.readRequired(wire), "HEAD", wire), Long.MAX_VALUE))
                .isEmpty();
        assertThat(HttpHead.readRequired(wire).startLine()).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void anAnswerWithNeitherLengthNorChunksEndsWithTheConnection() throws IOException {
        InputStream wire = wire("HTTP/1.1 200 OK\r\n\r\nall the rest");
        MessageBody body = MessageBody.ofResponse(HttpHead.readRequired(wire), "GET", wire);

        assertThat(copy(body, Long.MAX_VALUE)).isEqualTo("all the rest");
        assertThat(body.endsWithConnection()).isTrue();
    }

    @Test
    void aConnectionThatEndsBeforeTheAnnouncedLengthIsAnError() throws IOException {
        InputStream wire = wire("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort");
        MessageBody body = MessageBody.ofResponse(HttpHead.readRequired(wire), "GET", wire);

        assertThatThrownBy(() -> copy(body, Long.MAX_VALUE)).isInstanceOf(EOFException.class);
    }

    @Test
    void aRequestWithoutALengthHasNoBody() throws IOException {
        InputStream wire = wire("GET /bucket/key HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /bucket/next HTTP/1.1\r\n\r\n");

        assertThat(copy(MessageBody.ofRequest(HttpHead.readRequired(wire), wire), Long.MAX_VALUE)).isEmpty();
        assertThat(HttpHead.readRequired(wire).startLine()).isEqualTo("GET /bucket/next HTTP/1.1");
    }

    private static InputStream wire(String messages) {
        return new ByteArrayInputStream(messages.getBytes(ISO_8859_1));
    }

    private static String copy(MessageBody body, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.copyTo(out, maxBytes);
        return out.toString(ISO_8859_1);
    }
}
