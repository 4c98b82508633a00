package io.cloudstorage.connect.format.avro;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.avro.Schema;

/**
 * The header of an Avro object container file: the schema its datums were written with, the codec of its blocks,
 * the sync marker that ends every block, and the offset of its first block.
 */
record ContainerHeader(Schema schema, BlockCodec codec, byte[] sync, long firstBlock) {

    static final int SYNC_BYTES = 16;

    private static final byte[] MAGIC = {'O', 'b', 'j', 1};
    private static final String SCHEMA_KEY = "avro.schema";
    private static final String CODEC_KEY = "avro.codec";

    /**
     * Reads the header from the start of the file.
     *
     * @param maxBytes the most bytes the header's metadata may hold, so that a corrupt length cannot exhaust memory
     */
    static ContainerHeader read(ContainerInput input, int maxBytes) throws IOException, CorruptDataException {
        byte[] magic = input.readUpTo(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new CorruptDataException("it is not an Avro object container file: "
                    + (magic.length == 0 ? "it is empty" : "its first bytes are " + hex(magic))
                    + ", not the Avro magic " + hex(MAGIC) + " ('Obj' 1)");
        }
        String schemaJson = null;
        String codecName = BlockCodec.NULL.avroName();
        long metadataBytes = 0;
        for (long entries = input.readLong("the header"); entries != 0; entries = input.readLong("the header")) {
            if (entries < 0) {
                entries = -entries;
                input.readLong("the header");
            }
            for (long i = 0; i < entries; i++) {
                byte[] keyBytes = input.readBytes(length(input, maxBytes - metadataBytes), "the header");
                metadataBytes += keyBytes.length;
                byte[] value = input.readBytes(length(input, maxBytes - metadataBytes), "the header");
                metadataBytes += value.length;
                String key = new String(keyBytes, UTF_8);
                if (SCHEMA_KEY.equals(key)) {
                    schemaJson = new String(value, UTF_8);
                } else if (CODEC_KEY.equals(key)) {
                    codecName = new String(value, UTF_8);
                }
            }
        }
        byte[] sync = input.readBytes(SYNC_BYTES, "the header");
        if (schemaJson == null) {
            throw new CorruptDataException("its header has no schema (metadata key '" + SCHEMA_KEY + "')");
        }
        return new ContainerHeader(parse(schemaJson), codec(codecName), sync, input.offset());
    }

    private static int length(ContainerInput input, long maxBytes) throws IOException, CorruptDataException {
        long length = input.readLong("the header");
        if (length < 0 || length > maxBytes) {
            throw new CorruptDataException("its header is corrupt: it declares a metadata entry of " + length
                    + " bytes at byte " + input.offset() + (length < 0 ? "" : ", more than "
                    + AvroFormatProvider.MAX_BLOCK_BYTES + " allows for the whole header"));
        }
        return (int) length;
    }

    private static Schema parse(String json) throws CorruptDataException {
        try {
            // Defaults only matter to a reader schema: a writer's odd default must not make its data unreadable.
            return new Schema.Parser().setValidateDefaults(false).parse(json);
        } catch (RuntimeException e) {
            throw new CorruptDataException("the schema in its header is not a valid Avro schema: " + e.getMessage(),
                    e);
        }
    }

    private static BlockCodec codec(String name) throws CorruptDataException {
        return BlockCodec.named(name).orElseThrow(() -> new CorruptDataException("its blocks are compressed with "
                + "the codec '" + name + "', which is not supported (supported: " + BlockCodec.names() + ")"));
    }

    private static String hex(byte[] bytes) {
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
