package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.cloudstorage.connect.spi.format.FormatProvider;
import io.cloudstorage.connect.spi.format.FormatRecord;
import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.format.ReadPosition;
import io.cloudstorage.connect.spi.format.RecordFormat;
import io.cloudstorage.connect.spi.format.RecordReader;

/**
 * Reads files of every codec in a class loader that holds only the jars this format ships (its runtime scope,
 * listed by the build) above what a Connect worker provides. The tests' own class path holds more (what writing
 * Parquet files with Hadoop's codecs needs), so only this test notices a jar missing from the plug-in.
 */
class RuntimeClasspathTest {

    private static final Path RUNTIME_CLASSPATH = Path.of("target", "runtime-classpath.txt");
    private static final int ROWS = 120;

    @Test
    void theShippedJarsAloneReadFilesOfEveryCodec() throws Exception {
        try (URLClassLoader worker = new URLClassLoader(locations(Schema.class, ConfigDef.class, LoggerFactory.class),
                ClassLoader.getPlatformClassLoader());
             URLClassLoader plugin = new URLClassLoader(shippedJars(), worker)) {
            assertThatThrownBy(() -> plugin.loadClass("com.ctc.wstx.io.InputBootstrapper"))
                    .as("a class only the tests' own class path has")
                    .isInstanceOf(ClassNotFoundException.class);
            Isolated isolated = new Isolated(plugin);
            for (CompressionCodecName codec : PageDecompressors.SUPPORTED) {
                ParquetFiles files = People.files().codec(codec).rowGroupRows(50).pageRows(20);
                byte[] file = files.write(People.rows(files, ROWS));

                assertThat(isolated.read(file)).as(codec.name())
                        .isEqualTo(People.values(ROWS).stream().map(Object::toString).toList());
            }
        }
    }

    /** The format, loaded and called through reflection: its classes are not the test's own. */
    private static final class Isolated {

        private final ClassLoader loader;
        private final Object format;
        private final Class<?> content;
        private final Object start;
        private final Method open;
        private final Method next;
        private final Method value;

        Isolated(ClassLoader loader) throws ReflectiveOperationException {
            this.loader = loader;
            Object provider = loader.loadClass(ParquetFormatProvider.class.getName()).getConstructor().newInstance();
            this.format = loader.loadClass(FormatProvider.class.getName()).getMethod("create", Map.class)
                    .invoke(provider, Map.of());
            this.content = loader.loadClass(ObjectContent.class.getName());
            Class<?> position = loader.loadClass(ReadPosition.class.getName());
            this.start = position.getField("START").get(null);
            this.open = loader.loadClass(RecordFormat.class.getName()).getMethod("open", content, position);
            this.next = loader.loadClass(RecordReader.class.getName()).getMethod("next");
            this.value = loader.loadClass(FormatRecord.class.getName()).getMethod("value");
        }

        /** The rows of {@code file}, each as its struct's text. */
        List<String> read(byte[] file) throws Exception {
            List<String> rows = new ArrayList<>();
            try (Closeable reader = (Closeable) open.invoke(format, inMemory(file), start)) {
                for (Object result = next.invoke(reader); result != null; result = next.invoke(reader)) {
                    rows.add(value.invoke(result).toString());
                }
            }
            return rows;
        }

        private Object inMemory(byte[] file) {
            return Proxy.newProxyInstance(loader, new Class<?>[] {content}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "key" -> "file.parquet";
                        case "location", "toString" -> "memory://file.parquet";
                        case "size" -> OptionalLong.of(file.length);
                        case "open" -> {
                            int from = (int) Math.min((long) args[0], file.length);
                            yield new ByteArrayInputStream(file, from, file.length - from);
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static URL[] shippedJars() throws IOException {
        List<URL> urls = new ArrayList<>(List.of(locations(ParquetFormatProvider.class)));
        for (String jar : Files.readString(RUNTIME_CLASSPATH).trim().split(java.io.File.pathSeparator)) {
            urls.add(Path.of(jar).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    private static URL[] locations(Class<?>... classes) throws MalformedURLException {
        URL[] urls = new URL[classes.length];
        for (int i = 0; i < classes.length; i++) {
            urls[i] = classes[i].getProtectionDomain().getCodeSource().getLocation();
        }
        return urls;
    }
}
