package io.cloudstorage.connect.format.parquet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes Parquet files in memory with parquet-hadoop's own writer and codecs, as other tools write them. Shared with
 * the integration tests through this module's test jar.
 */
public final class ParquetFiles {

    private final MessageType schema;
    private CompressionCodecName codec = CompressionCodecName.UNCOMPRESSED;
    private int rowGroupRows = Integer.MAX_VALUE;
    private int pageRows = Integer.MAX_VALUE;
    private boolean checksums = true;
    private boolean dictionary = true;
    private WriterVersion version = WriterVersion.PARQUET_1_0;

    private ParquetFiles(MessageType schema) {
        this.schema = schema;
    }

    /** Files of the schema given as Parquet writes it, e.g. {@code message row { required int32 id; }}. */
    public static ParquetFiles withSchema(String schema) {
        return new ParquetFiles(MessageTypeParser.parseMessageType(schema));
    }

    public ParquetFiles codec(CompressionCodecName codec) {
        this.codec = codec;
        return this;
    }

    public ParquetFiles rowGroupRows(int rows) {
        this.rowGroupRows = rows;
        return this;
    }

    public ParquetFiles pageRows(int rows) {
        this.pageRows = rows;
        return this;
    }

    public ParquetFiles checksums(boolean checksums) {
        this.checksums = checksums;
        return this;
    }

    public ParquetFiles dictionary(boolean dictionary) {
        this.dictionary = dictionary;
        return this;
    }

    public ParquetFiles version(WriterVersion version) {
        this.version = version;
        return this;
    }

    /** An empty row to fill with {@link Group#add} and {@link Group#addGroup}. */
    public Group row() {
        return new SimpleGroup(schema);
    }

    public byte[] write(List<Group> rows) throws IOException {
        InMemoryOutputFile file = new InMemoryOutputFile();
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(file)
                .withConf(new PlainParquetConfiguration())
                .withType(schema)
                .withCompressionCodec(codec)
                .withRowGroupRowCountLimit(rowGroupRows)
                .withPageRowCountLimit(pageRows)
                .withPageWriteChecksumEnabled(checksums)
                .withDictionaryEncoding(dictionary)
                .withWriterVersion(version)
                .build()) {
            for (Group row : rows) {
                writer.write(row);
            }
        }
        return file.bytes.toByteArray();
    }

    private static final class InMemoryOutputFile implements OutputFile {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                @Override
                public long getPos() {
                    return bytes.size();
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            bytes.reset();
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
