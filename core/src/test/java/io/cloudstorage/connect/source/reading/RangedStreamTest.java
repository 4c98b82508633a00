package io.cloudstorage.connect.source.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudstorage.connect.spi.storage.ObjectModifiedException;

class RangedStreamTest {

    private static final byte[] CONTENT = new byte[10_000];

    static {
        new Random(20261127).nextBytes(CONTENT);
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0, 1000, 0", "0, 1000, 3", "1, 999, 2", "4321, 1000, 8", "9999, 1000, 2", "0, 3000, 1"})
    void readsTheContentFromItsPositionToItsEndWhateverTheRangesAndBudget(int position, int rangeBytes, int budget)
            throws IOException {
        FakeRanges ranges = new FakeRanges(budget);

        try (RangedStream in = new RangedStream(position, CONTENT.length, rangeBytes, ranges)) {
            assertThat(readInOddSizes(in)).isEqualTo(Arrays.copyOfRange(CONTENT, position, CONTENT.length));
        }
        assertThat(ranges.requested()).as("each range requested once, by the reader or ahead of it")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(rangeStarts(position, rangeBytes));
    }

    @Test
    void theRangesAfterTheOneReadAreFetchedAheadWithinTheBudget() throws Exception {
        FakeRanges ranges = new FakeRanges(3);

        try (RangedStream in = new RangedStream(0, CONTENT.length, 1000, ranges)) {
            assertThat(in.read()).isEqualTo(CONTENT[0] & 0xff);
            assertThat(ranges.opened).containsExactly(0L);
            awaitFetched(ranges, 3);
            assertThat(ranges.fetched).containsExactlyInAnyOrder(1000L, 2000L, 3000L);
            assertThat(ranges.held.get()).isEqualTo(3);

            readInOddSizes(in);
            assertThat(ranges.maxHeld.get()).as("ranges held at once").isEqualTo(3);
        }
        awaitReleased(ranges);
    }

    @Test
    void aRangeWhoseFetchFailedIsRequestedByTheReaderAndTheContentIsWhole() throws Exception {
        FakeRanges ranges = new FakeRanges(2);
        ranges.failFetchOf.add(2000L);

        try (RangedStream in = new RangedStream(0, CONTENT.length, 1000, ranges)) {
            assertThat(readInOddSizes(in)).isEqualTo(CONTENT);
        }
        assertThat(ranges.opened).contains(2000L);
        awaitReleased(ranges);
    }

    @Test
    void aFailureToOpenARangeLeavesTheStreamWhereItWasSoThatReadingOnResumesThere() throws Exception {
        FakeRanges ranges = new FakeRanges(2);
        ranges.failFetchOf.add(1000L);
        ranges.failOpenOf.add(1000L);
        RangedStream in = new RangedStream(0, CONTENT.length, 1000, ranges);
        byte[] first = in.readNBytes(1000);

        assertThatThrownBy(in::read).isInstanceOf(ObjectModifiedException.class);

        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        in.transferTo(rest);
        assertThat(first).isEqualTo(Arrays.copyOf(CONTENT, 1000));
        assertThat(rest.toByteArray()).isEqualTo(Arrays.copyOfRange(CONTENT, 1000, CONTENT.length));
    }

    @Test
    void aRangeEndingBeforeItsLengthIsAFailureNotTheEndOfTheObject() throws IOException {
        FakeRanges ranges = new FakeRanges(0);
        ranges.truncate.add(0L);

        try (RangedStream in = new RangedStream(0, CONTENT.length, 1000, ranges)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class)
                    .hasMessageContaining("bytes 0 to 1000 ended at 500");
        }
    }

    @Test
    void closingGivesBackTheBudgetOfEveryRangeFetchedAhead() throws Exception {
        FakeRanges ranges = new FakeRanges(4);
        RangedStream in = new RangedStream(0, CONTENT.length, 1000, ranges);
        assertThat(in.read()).isNotNegative();
        awaitFetched(ranges, 4);

        in.close();

        awaitReleased(ranges);
    }

    private static byte[] readInOddSizes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[777];
        int read;
        int size = 1;
        while ((read = in.read(buffer, 0, size)) >= 0) {
            out.write(buffer, 0, read);
            size = (size + 97) % buffer.length + 1;
        }
        return out.toByteArray();
    }

    private static List<Long> rangeStarts(long position, int rangeBytes) {
        return LongStream.iterate(position, start -> start < CONTENT.length,
                start -> start + rangeBytes).boxed().toList();
    }

    private static void awaitFetched(FakeRanges ranges, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ranges.fetched.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(ranges.fetched).hasSize(count);
    }

    private static void awaitReleased(FakeRanges ranges) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ranges.held.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(ranges.held).as("ranges of the budget still held").hasValue(0);
    }

    /** The ranges of {@link #CONTENT}, with a budget, counting what is requested and held. */
    private final class FakeRanges implements RangedStream.Ranges {

        private final int budget;
        private final AtomicInteger held = new AtomicInteger();
        private final AtomicInteger maxHeld = new AtomicInteger();
        private final List<Long> opened = new CopyOnWriteArrayList<>();
        private final List<Long> fetched = new CopyOnWriteArrayList<>();
        private final Set<Long> failFetchOf = ConcurrentHashMap.newKeySet();
        private final Set<Long> failOpenOf = ConcurrentHashMap.newKeySet();
        private final Set<Long> truncate = ConcurrentHashMap.newKeySet();

        FakeRanges(int budget) {
            this.budget = budget;
        }

        List<Long> requested() {
            return Stream.concat(opened.stream(), fetched.stream()).toList();
        }

        @Override
        public InputStream open(long position, long length) {
            opened.add(position);
            if (failOpenOf.remove(position)) {
                throw new ObjectModifiedException("changed", null);
            }
            int end = (int) Math.min(CONTENT.length, position + (truncate.contains(position) ? length / 2 : length));
            return new ByteArrayInputStream(Arrays.copyOfRange(CONTENT, (int) position, end));
        }

        /** The range in a buffer larger than it, between other bytes, as a shared buffer holds it. */
        @Override
        public Optional<RangedStream.RangeFetch> fetch(long position, int length) {
            if (held.get() >= budget) {
                return Optional.empty();
            }
            maxHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
            BytesFetch<ByteBuffer> bytes = new BytesFetch<>("range " + position, () -> {
                fetched.add(position);
                if (failFetchOf.contains(position)) {
                    throw new IOException("fetch failed");
                }
                byte[] buffer = new byte[length + 20];
                Arrays.fill(buffer, (byte) '#');
                System.arraycopy(CONTENT, (int) position, buffer, 10, length);
                return ByteBuffer.wrap(buffer, 10, length);
            }, executor);
            return Optional.of(new RangedStream.RangeFetch(bytes, held::decrementAndGet));
        }
    }
}
