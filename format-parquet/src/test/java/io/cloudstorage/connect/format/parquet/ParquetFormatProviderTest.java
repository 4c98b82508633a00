package io.cloudstorage.connect.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.ServiceLoader;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.spi.format.FormatProvider;

class ParquetFormatProviderTest {

    @Test
    void isFoundThroughTheServiceLoaderUnderTheNameParquet() {
        assertThat(ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::get))
                .filteredOn(provider -> provider.name().equals("parquet"))
                .singleElement().isInstanceOf(ParquetFormatProvider.class);
    }

    @Test
    void everyKeyStartsWithTheFormatsNameAndIsDocumentedWithADefault() {
        ConfigDef config = new ParquetFormatProvider().configDef();

        assertThat(config.configKeys().values()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.name).startsWith("parquet.");
            assertThat(key.hasDefault()).isTrue();
            assertThat(key.documentation).isNotBlank();
            assertThat(key.displayName).isNotBlank();
        });
        assertThat(config.defaultValues()).containsEntry(ParquetFormatProvider.MAX_BUFFER_BYTES, 256 * 1024 * 1024);
    }

    @Test
    void aBufferLimitBelowOneKibibyteIsRejected() {
        assertThatThrownBy(() -> new ParquetFormatProvider().create(
                Map.of(ParquetFormatProvider.MAX_BUFFER_BYTES, "1023")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(ParquetFormatProvider.MAX_BUFFER_BYTES);
    }
}
