package io.cloudstorage.connect.storage.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.storage.ObjectAction;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageProvider;

/** Folders on the worker's file system: {@code local.root/bucket/key}. */
public final class LocalStorageProvider implements StorageProvider {

    public static final String ROOT = "local.root";

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String description() {
        return "Folders on the worker's file system: the bucket is a folder under local.root and keys are paths "
                + "inside it, with '/' between folder names.";
    }

    @Override
    public ConfigDef configDef() {
        return new ConfigDef().define(ROOT, ConfigDef.Type.STRING, null, ConfigDef.Importance.HIGH,
                "The folder that holds the buckets: the bucket is the folder of that name inside it, and an "
                        + "object's key is its path inside the bucket folder. Required when storage.type=local. "
                        + "Files should appear atomically (written elsewhere, then moved in): a file that changes "
                        + "while it is read is read again from its start. Symbolic links are not followed, so "
                        + "nothing outside the bucket folder is ever read, nor changed by after.read. With "
                        + "after.read=move, another bucket is another folder inside this one, which must exist; "
                        + "the folders below it are created as needed. Tags are not supported.",
                null, -1, ConfigDef.Width.LONG, "Root folder");
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> props) {
        String root = props.get(ROOT);
        if (root == null || root.isBlank()) {
            return List.of(new ConfigIssue(ROOT, "Set " + ROOT + " to the folder that holds the bucket folder "
                    + "when storage.type=local."));
        }
        return List.of();
    }

    /** Files have no tags. */
    @Override
    public Set<ObjectAction> supportedActions() {
        return Set.of(ObjectAction.DELETE, ObjectAction.MOVE);
    }

    @Override
    public ObjectStorage open(String bucket, Map<String, String> props) {
        List<ConfigIssue> issues = validate(props);
        if (!issues.isEmpty()) {
            throw new ConfigException(issues.get(0).key(), props.get(issues.get(0).key()), issues.get(0).message());
        }
        return new LocalObjectStorage(Path.of(props.get(ROOT)), bucket);
    }
}
