package io.cloudstorage.connect.format.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;

/**
 * Reads one JSON value from a streaming parser into plain Java values: objects become {@link LinkedHashMap}s in
 * document order (a repeated key keeps its first place and its last value), arrays {@link ArrayList}s, strings
 * {@link String}s, {@code true}/{@code false} {@link Boolean}s, and {@code null} null.
 *
 * <p>Integers in the 64-bit range become {@link Long}s. Other numbers become {@link Double}s (an integer beyond
 * the 64-bit range keeps its magnitude and about 17 digits; one beyond a double's range becomes an infinity),
 * unless the tree is exact, where integers beyond the 64-bit range become {@link java.math.BigInteger}s and
 * numbers with a fraction or exponent {@link java.math.BigDecimal}s, so that nothing is rounded before a schema
 * says how to hold them.
 */
final class JsonTree {

    private final boolean exact;

    JsonTree(boolean exact) {
        this.exact = exact;
    }

    /**
     * Reads the value whose first token is the parser's current token; the parser is left on its last token.
     *
     * @throws IOException if the JSON is not valid (a {@link com.fasterxml.jackson.core.JsonProcessingException})
     *                     or the parser's input failed
     */
    Object read(JsonParser parser) throws IOException {
        switch (parser.currentTokenId()) {
            case JsonTokenId.ID_START_OBJECT:
                return readObject(parser);
            case JsonTokenId.ID_START_ARRAY:
                return readArray(parser);
            case JsonTokenId.ID_STRING:
                return parser.getText();
            case JsonTokenId.ID_NUMBER_INT:
                return readInteger(parser);
            case JsonTokenId.ID_NUMBER_FLOAT:
                return exact ? parser.getDecimalValue() : (Object) parser.getDoubleValue();
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "Expected a JSON value, found " + parser.currentToken());
        }
    }

    private Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            object.put(name, read(parser));
        }
        return object;
    }

    private List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
        }
        return array;
    }

    private Object readInteger(JsonParser parser) throws IOException {
        if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        return exact ? parser.getBigIntegerValue() : (Object) parser.getDoubleValue();
    }
}
