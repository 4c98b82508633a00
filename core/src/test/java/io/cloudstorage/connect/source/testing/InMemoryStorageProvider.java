package io.cloudstorage.connect.source.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.ConfigDef;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.storage.ObjectAction;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageProvider;

/**
 * The {@code memory} storage type of the core's unit tests. Its two keys must be set together, and the access key
 * {@code denied} is refused by the bucket, so that tests can drive every kind of configuration problem.
 */
public final class InMemoryStorageProvider implements StorageProvider {

    public static final String ACCESS_KEY = "memory.access.key";
    public static final String SECRET_KEY = "memory.secret.key";

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String description() {
        return "Buckets held in memory, for tests.";
    }

    @Override
    public ConfigDef configDef() {
        return new ConfigDef()
                .define(ACCESS_KEY, ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.LOW, "An access key.")
                .define(SECRET_KEY, ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.LOW, "A secret key.");
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> props) {
        if ((props.get(ACCESS_KEY) == null) != (props.get(SECRET_KEY) == null)) {
            String missing = props.get(ACCESS_KEY) == null ? ACCESS_KEY : SECRET_KEY;
            return List.of(new ConfigIssue(missing, "Set " + ACCESS_KEY + " and " + SECRET_KEY + " together"));
        }
        return List.of();
    }

    /** Deleting and moving, not tagging, so that tests can see an action refused for a storage. */
    @Override
    public Set<ObjectAction> supportedActions() {
        return Set.of(ObjectAction.DELETE, ObjectAction.MOVE);
    }

    @Override
    public ObjectStorage open(String bucket, Map<String, String> props) {
        return new InMemoryObjectStorage(bucket, "denied".equals(props.get(ACCESS_KEY)));
    }
}
