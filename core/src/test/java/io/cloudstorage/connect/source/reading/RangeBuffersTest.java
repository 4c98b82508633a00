package io.cloudstorage.connect.source.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RangeBuffersTest {

    @Test
    void givesOutAtMostItsCountOfBuffersAndTheSameOnesAgainOnceGivenBack() {
        RangeBuffers buffers = new RangeBuffers(2, 16);

        byte[] first = buffers.take().orElseThrow();
        byte[] second = buffers.take().orElseThrow();

        assertThat(first).hasSize(16).isNotSameAs(second);
        assertThat(buffers.take()).isEmpty();
        buffers.giveBack(second);
        assertThat(buffers.take()).containsSame(second);
        assertThat(buffers.take()).isEmpty();
    }
}
