package io.cloudstorage.connect.locals3.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class S3RequestTest {

    @Test
    void theRangeStartIsTheFirstByteOfABytesRangeAndNothingElse() {
        assertThat(withRange("bytes=10-19").rangeStart()).hasValue(10);
        assertThat(withRange("bytes=1000-").rangeStart()).hasValue(1000);
        assertThat(withRange("bytes=-500").rangeStart()).as("a suffix range").isEmpty();
        assertThat(withRange(null).rangeStart()).isEmpty();
    }

    @Test
    void aMatcherOfRangesFromAByteTakesOnlyThose() {
        RequestMatcher fromTen = RequestMatcher.objectReads().withRangeFrom(10);

        assertThat(fromTen.matches(withRange("bytes=10-19"))).isTrue();
        assertThat(fromTen.matches(withRange("bytes=10-"))).isTrue();
        assertThat(fromTen.matches(withRange("bytes=100-199"))).isFalse();
        assertThat(fromTen.matches(withRange(null))).isFalse();
    }

    private static S3Request withRange(String range) {
        return new S3Request("GET", "/bucket/key", "", range);
    }
}
