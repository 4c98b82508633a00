package io.cloudstorage.connect.format.avro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.file.SeekableByteArrayInput;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;

import io.cloudstorage.connect.spi.format.InMemoryContent;

/** Avro container files written and read by Avro's own classes, for tests. */
final class AvroFiles {

    /** The largest sync interval Avro allows: blocks then end only where a test says. */
    private static final int NO_AUTOMATIC_BLOCKS = 1 << 30;

    private AvroFiles() {
    }

    /** An Avro file as object content. */
    static InMemoryContent content(byte[] file) {
        return new InMemoryContent("data.avro", file);
    }

    /** A file whose blocks end where the writer's sync interval (in bytes) ends them. */
    static byte[] write(Schema schema, CodecFactory codec, int syncInterval, List<?> datums) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataFileWriter<Object> writer = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
            writer.setCodec(codec).setSyncInterval(syncInterval).create(schema, out);
            for (Object datum : datums) {
                writer.append(datum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A file with one block per list of datums. */
    static Written writeBlocks(Schema schema, CodecFactory codec, List<? extends List<?>> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> starts = new ArrayList<>();
        try (DataFileWriter<Object> writer = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
            writer.setCodec(codec).setSyncInterval(NO_AUTOMATIC_BLOCKS).create(schema, out);
            for (List<?> block : blocks) {
                starts.add(writer.sync());
                for (Object datum : block) {
                    writer.append(datum);
                }
            }
            starts.add(writer.sync());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(out.toByteArray(), starts);
    }

    /** A file of strings of 15 characters, "block B datum D", five to a block. */
    static Written fiveStringsPerBlock(CodecFactory codec, int blocks) {
        List<List<String>> datums = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            datums.add(fiveStrings(b));
        }
        return writeBlocks(Schema.create(Schema.Type.STRING), codec, datums);
    }

    /** The datums of block {@code block} of {@link #fiveStringsPerBlock}. */
    static List<String> fiveStrings(int block) {
        return IntStream.range(0, 5).mapToObj(d -> "block " + block + " datum " + d).toList();
    }

    /** Every datum of a file, as Avro reads it. */
    static List<Object> readAll(byte[] file) throws IOException {
        List<Object> datums = new ArrayList<>();
        try (DataFileReader<Object> reader = reader(file)) {
            reader.forEach(datums::add);
        }
        return datums;
    }

    /** The datum Avro reads after seeking to byte {@code seek} and dropping {@code skip} datums; null at the end. */
    static Object datumAt(byte[] file, long seek, long skip) throws IOException {
        if (seek == file.length) {
            return null;
        }
        try (DataFileReader<Object> reader = reader(file)) {
            reader.seek(seek);
            for (long i = 0; i < skip; i++) {
                reader.next();
            }
            return reader.hasNext() ? reader.next() : null;
        }
    }

    private static DataFileReader<Object> reader(byte[] file) throws IOException {
        return new DataFileReader<>(new SeekableByteArrayInput(file), new GenericDatumReader<>());
    }

    /**
     * A file and where its blocks start: {@code blockStarts.get(i)} is block i's first byte, and the last element
     * is the end of the file.
     */
    record Written(byte[] bytes, List<Long> blockStarts) {

        /** Where the data of block {@code block} starts: after its datum count and its size, two varints. */
        long dataStart(int block) {
            long offset = blockStarts.get(block);
            for (int varints = 0; varints < 2; offset++) {
                if ((bytes[(int) offset] & 0x80) == 0) {
                    varints++;
                }
            }
            return offset;
        }

        /** The bytes of the file with {@code replacement} written over them from {@code offset} on. */
        byte[] patched(long offset, byte... replacement) {
            byte[] copy = bytes.clone();
            System.arraycopy(replacement, 0, copy, (int) offset, replacement.length);
            return copy;
        }
    }
}
