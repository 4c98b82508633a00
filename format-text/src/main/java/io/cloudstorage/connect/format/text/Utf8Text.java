package io.cloudstorage.connect.format.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes UTF-8, replacing invalid sequences with U+FFFD and counting the texts that held any. The JDK's fast
 * decoder replaces silently, so a strict decoder runs only on texts that contain U+FFFD, to tell a replaced
 * sequence from a genuine U+FFFD.
 */
final class Utf8Text {

    private final CharsetDecoder strict = UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long malformed;
    private long firstMalformedRecord;

    String decode(byte[] bytes, int offset, int length, long recordNumber) {
        String text = new String(bytes, offset, length, UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isValid(bytes, offset, length)) {
            if (malformed++ == 0) {
                firstMalformedRecord = recordNumber;
            }
        }
        return text;
    }

    private boolean isValid(byte[] bytes, int offset, int length) {
        try {
            strict.reset().decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    long malformedLines() {
        return malformed;
    }

    long firstMalformedRecord() {
        return firstMalformedRecord;
    }
}
