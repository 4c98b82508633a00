package io.cloudstorage.connect.source.planning;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.source.config.CloudStorageSourceConfig;
import io.cloudstorage.connect.source.offset.SourcePartition;
import io.cloudstorage.connect.source.testing.InMemoryBucket;
import io.cloudstorage.connect.source.testing.TestConfigs;

class PartitionDiscoveryTest {

    private InMemoryBucket bucket;

    @BeforeEach
    void fillBucket() {
        bucket = InMemoryBucket.create("discovery");
        for (String key : new String[] {"logs/app1/2024/a.log", "logs/app1/2025/b.log", "logs/app2/c.log",
                "logs/readme.txt", "metrics/m1/x.csv", "other/o.txt"}) {
            bucket.put(key, key.getBytes(UTF_8));
        }
    }

    @Test
    void atDepthZeroThePartitionsAreTheWhitelistedPrefixesWithoutListing() {
        PartitionDiscovery.Result result = discover("logs/,metrics/", Map.of());

        assertThat(result.partitions()).extracting(SourcePartition::prefix).containsExactly("logs/", "metrics/");
        assertThat(bucket.listRequests() + bucket.levelRequests()).isZero();
    }

    @Test
    void anEmptyWhitelistIsTheWholeBucket() {
        assertThat(discover("", Map.of()).partitions()).containsExactly(new SourcePartition("discovery", ""));
    }

    @Test
    void atDepthOneEachFolderBelowAWhitelistedPrefixIsAPartition() {
        PartitionDiscovery.Result result = discover("logs/,metrics/", Map.of("prefix.discovery.depth", "1"));

        assertThat(result.partitions()).extracting(SourcePartition::prefix)
                .containsExactly("logs/app1/", "logs/app2/", "metrics/m1/");
        assertThat(result.objectsAboveDepth()).isEqualTo(Map.of("logs/", 1L));
    }

    @Test
    void atDepthTwoTheSearchGoesTwoLevelsDown() {
        PartitionDiscovery.Result result = discover("", Map.of("prefix.discovery.depth", "2"));

        assertThat(result.partitions()).extracting(SourcePartition::prefix)
                .containsExactly("logs/app1/", "logs/app2/", "metrics/m1/");
        assertThat(result.objectsAboveDepth()).isEqualTo(Map.of("logs/", 1L, "other/", 1L));
    }

    @Test
    void failsRatherThanProduceMorePartitionsThanAllowed() {
        assertThatThrownBy(() -> discover("logs/,metrics/",
                Map.of("prefix.discovery.depth", "1", "prefix.discovery.max.prefixes", "2")))
                .isInstanceOf(TooManyPartitionsException.class)
                .hasMessageContaining("more than 2 prefixes");
    }

    private PartitionDiscovery.Result discover(String whitelist, Map<String, String> overrides) {
        Map<String, String> props = TestConfigs.connector("discovery", whitelist);
        props.putAll(overrides);
        CloudStorageSourceConfig config = new CloudStorageSourceConfig(props);
        return new PartitionDiscovery(config.storage().open(), config.listing()).discover();
    }
}
