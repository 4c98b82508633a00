package io.cloudstorage.connect.source.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import io.cloudstorage.connect.spi.plugin.ConfigIssue;
import io.cloudstorage.connect.spi.plugin.Provider;

/**
 * The connector's configuration: one typed fragment per concern, plus the keys of every installed storage
 * backend and record format. Nothing outside this package reads the raw properties.
 */
public class CloudStorageSourceConfig extends AbstractConfig {

    private static final ConfigDef CONFIG_DEF = define();

    private final StorageConfig storage;
    private final ListingConfig listing;
    private final RecordConfig record;
    private final RecordMetadataConfig metadata;
    private final ErrorsConfig errors;
    private final ReliabilityConfig reliability;
    private final AfterReadConfig afterRead;
    private final ReadAheadConfig readAhead;

    public CloudStorageSourceConfig(Map<String, String> props) {
        this(CONFIG_DEF, props);
    }

    /**
     * @throws ConfigException naming the first key that is wrong, alone or together with others
     */
    protected CloudStorageSourceConfig(ConfigDef definition, Map<String, String> props) {
        super(definition, props);
        this.listing = new ListingConfig(this);
        List<ConfigIssue> issues = new ArrayList<>(pluginIssues(props));
        issues.addAll(coreIssues(this, listing));
        if (!issues.isEmpty()) {
            ConfigIssue first = issues.get(0);
            throw new ConfigException(first.key(), props.get(first.key()), first.message());
        }
        this.storage = new StorageConfig(this);
        this.record = new RecordConfig(this);
        this.metadata = new RecordMetadataConfig(this);
        this.errors = new ErrorsConfig(this);
        this.reliability = new ReliabilityConfig(this);
        this.afterRead = new AfterReadConfig(this);
        this.readAhead = new ReadAheadConfig(this);
    }

    /** A copy of the definition of every key, grouped and ordered, for Connect and for the reference docs. */
    public static ConfigDef configDef() {
        return new ConfigDef(CONFIG_DEF);
    }

    private static ConfigDef define() {
        ConfigDef def = new ConfigDef();
        StorageConfig.define(def);
        ListingConfig.define(def);
        RecordConfig.define(def);
        RecordMetadataConfig.define(def);
        ErrorsConfig.define(def);
        ReliabilityConfig.define(def);
        AfterReadConfig.define(def);
        ReadAheadConfig.define(def);
        PluginKeys.define(def, ProviderRegistry.storages(), StorageConfig.GROUP);
        PluginKeys.define(def, ProviderRegistry.formats(), "Format");
        return def;
    }

    /**
     * What is wrong with keys that depend on each other, in the connector's own configuration and in that of the
     * selected plug-ins; empty if a key is wrong on its own (Connect reports that against the key).
     */
    public static List<ConfigIssue> issues(Map<String, String> props) {
        AbstractConfig parsed;
        try {
            parsed = new AbstractConfig(CONFIG_DEF, props, false);
        } catch (ConfigException e) {
            return pluginIssues(props);
        }
        List<ConfigIssue> issues = new ArrayList<>(pluginIssues(props));
        issues.addAll(coreIssues(parsed, new ListingConfig(parsed)));
        return issues;
    }

    private static List<ConfigIssue> coreIssues(AbstractConfig config, ListingConfig listing) {
        List<ConfigIssue> issues = new ArrayList<>();
        issues.addAll(RecordConfig.issues(config, listing));
        issues.addAll(RecordMetadataConfig.issues(config, listing));
        issues.addAll(ErrorsConfig.issues(config));
        issues.addAll(AfterReadConfig.issues(config, listing));
        return issues;
    }

    /**
     * What the selected storage backend and record format find wrong with the keys they read: rules that span
     * keys, which {@link ConfigDef} cannot check. Plug-ins not selected (or not installed) are not asked.
     */
    private static List<ConfigIssue> pluginIssues(Map<String, String> props) {
        List<ConfigIssue> issues = new ArrayList<>();
        issues.addAll(selectedPluginIssues(ProviderRegistry.storages(), props));
        issues.addAll(selectedPluginIssues(ProviderRegistry.formats(), props));
        return issues;
    }

    private static List<ConfigIssue> selectedPluginIssues(ProviderRegistry<?> registry, Map<String, String> props) {
        String key = registry.selectingKey();
        Object defaultName = CONFIG_DEF.configKeys().get(key).defaultValue;
        String selected = props.containsKey(key) ? props.get(key).trim() : String.valueOf(defaultName);
        Provider provider = registry.byName().get(selected);
        return provider == null ? List.of() : provider.validate(props);
    }

    public StorageConfig storage() {
        return storage;
    }

    public ListingConfig listing() {
        return listing;
    }

    public RecordConfig record() {
        return record;
    }

    public RecordMetadataConfig metadata() {
        return metadata;
    }

    public ErrorsConfig errors() {
        return errors;
    }

    public ReliabilityConfig reliability() {
        return reliability;
    }

    public AfterReadConfig afterRead() {
        return afterRead;
    }

    public ReadAheadConfig readAhead() {
        return readAhead;
    }
}
