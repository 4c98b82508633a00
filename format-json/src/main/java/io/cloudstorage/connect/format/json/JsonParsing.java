package io.cloudstorage.connect.format.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/** How the formats set up Jackson's streaming parser, and how its errors are told to operators. */
final class JsonParsing {

    /** Jackson names its own setting in every location it reports; operators cannot change that setting here. */
    private static final String REDACTED_SOURCE =
            "Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ";

    private JsonParsing() {
    }

    /**
     * A parser factory for strict JSON that puts no limit of its own on the length of a string: the formats bound
     * the bytes of a record, so that their limit is the one users meet. Factories are thread-safe and reuse their
     * buffers and symbol tables across parsers.
     */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build();
    }

    /** What is wrong with the JSON, without where (callers say where in their own terms). */
    static String problem(IOException e) {
        if (e instanceof JsonProcessingException parseError) {
            return parseError.getOriginalMessage().replace(REDACTED_SOURCE, "");
        }
        return String.valueOf(e.getMessage());
    }

    /** The byte offset, in what the parser read, where the JSON went wrong; -1 if the parser did not say. */
    static long byteOffset(IOException e) {
        if (e instanceof JsonProcessingException parseError) {
            JsonLocation location = parseError.getLocation();
            return location == null ? -1 : location.getByteOffset();
        }
        return -1;
    }
}
