package io.cloudstorage.connect.benchmarks.endtoend.jvm;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads another JVM's heap and CPU time through its platform MBeans: the JVM's own accounting, the same for every
 * JVM measured, whatever runs in it.
 */
public final class JvmProbe implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectName MEMORY = name("java.lang:type=Memory");
    private static final ObjectName OPERATING_SYSTEM = name("java.lang:type=OperatingSystem");
    private static final ObjectName GARBAGE_COLLECTORS = name("java.lang:type=GarbageCollector,name=*");
    private static final ObjectName MEMORY_POOLS = name("java.lang:type=MemoryPool,name=*");

    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private final List<ObjectName> collectors;
    private final Set<String> heapPools = new HashSet<>();

    private JvmProbe(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.mbeans = connector.getMBeanServerConnection();
        this.collectors = List.copyOf(mbeans.queryNames(GARBAGE_COLLECTORS, null));
        for (ObjectName pool : mbeans.queryNames(MEMORY_POOLS, null)) {
            if ("HEAP".equals(attribute(pool, "Type"))) {
                heapPools.add(pool.getKeyProperty("name"));
            }
        }
    }

    static JvmProbe connect(ChildJvm jvm) throws IOException, InterruptedException {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jvm.jmxPort() + "/jmxrmi");
        Instant deadline = Instant.now().plus(CONNECT_TIMEOUT);
        while (true) {
            if (!jvm.isAlive()) {
                throw new IOException(jvm.exitDescription());
            }
            try {
                return new JvmProbe(JMXConnectorFactory.connect(url));
            } catch (IOException notListeningYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("The JMX agent of " + jvm + " did not answer within "
                            + CONNECT_TIMEOUT.toSeconds() + " s", notListeningYet);
                }
                Thread.sleep(100);
            }
        }
    }

    /** The bytes of heap in use now, garbage included. */
    public long heapUsed() throws IOException {
        return used((CompositeData) attribute(MEMORY, "HeapMemoryUsage"));
    }

    /** A collector's last collection, and the heap in use when it started. */
    public record Collection(String collector, long id, long heapBefore) {
    }

    /**
     * Each collector's last collection (none for a collector that has not run yet): the heap before it is a top
     * of the saw-tooth that sampling at intervals mostly misses.
     */
    public List<Collection> lastCollections() throws IOException {
        List<Collection> collections = new ArrayList<>();
        for (ObjectName collector : collectors) {
            CompositeData info = (CompositeData) attribute(collector, "LastGcInfo");
            if (info == null) {
                continue;
            }
            long heapBefore = 0;
            for (Object row : ((TabularData) info.get("memoryUsageBeforeGc")).values()) {
                CompositeData pool = (CompositeData) row;
                if (heapPools.contains((String) pool.get("key"))) {
                    heapBefore += used((CompositeData) pool.get("value"));
                }
            }
            collections.add(new Collection(collector.getKeyProperty("name"), ((Number) info.get("id")).longValue(),
                    heapBefore));
        }
        return collections;
    }

    /** The CPU time the JVM's process has used so far, all threads, user and system. */
    public long processCpuNanos() throws IOException {
        return ((Number) attribute(OPERATING_SYSTEM, "ProcessCpuTime")).longValue();
    }

    private Object attribute(ObjectName bean, String attribute) throws IOException {
        try {
            return mbeans.getAttribute(bean, attribute);
        } catch (JMException e) {
            throw new IOException("Cannot read " + bean + " " + attribute, e);
        }
    }

    private static long used(CompositeData memoryUsage) {
        return ((Number) memoryUsage.get("used")).longValue();
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
