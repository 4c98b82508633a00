package io.cloudstorage.connect.benchmarks.endtoend.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudstorage.connect.locals3.proxy.ProxiedRequest;
import io.cloudstorage.connect.locals3.proxy.S3Request;

class StorageRequestsTest {

    @Test
    void eachRequestIsCountedOnceByItsKind() {
        List<ProxiedRequest> logged = List.of(
                answered("GET", "/benchmark", "list-type=2&prefix=a%2F"),
                answered("GET", "/benchmark", "continuation-token=x&list-type=2"),
                answered("GET", "/benchmark/a/object-1.txt", ""),
                answered("GET", "/benchmark/a/object-2.txt", ""),
                answered("GET", "/benchmark/b/object-1.txt", ""),
                answered("HEAD", "/benchmark", ""),
                answered("HEAD", "/benchmark/a/object-1.txt", ""),
                answered("GET", "/benchmark", "location"));

        assertThat(StorageRequests.count(logged)).isEqualTo(new StorageRequests(2, 3, 2, 1));
    }

    @Test
    void theNoteGivesTheTotalAndEachKindAndOtherRequestsOnlyWhenThereAreSome() {
        assertThat(new StorageRequests(2, 1_000, 1, 0)).hasToString(
                "storage requests: 1,003 (2 listings, 1,000 object GETs, 1 HEADs)");
        assertThat(new StorageRequests(2, 3, 0, 1)).hasToString(
                "storage requests: 6 (2 listings, 3 object GETs, 0 HEADs, 1 other)");
    }

    @Test
    void noRequestsCountAsZeroOfEachKind() {
        assertThat(StorageRequests.count(List.of())).isEqualTo(new StorageRequests(0, 0, 0, 0));
    }

    private static ProxiedRequest answered(String method, String path, String query) {
        return new ProxiedRequest(new S3Request(method, path, query, null), 200, null);
    }
}
