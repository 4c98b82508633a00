package io.cloudstorage.connect.spi.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KeyOrderTest {

    @Test
    void ordersSupplementaryCharactersAfterTheEndOfTheBasicPlaneAsUtf8Does() {
        String emoji = "\uD83D\uDE00";
        String privateUse = "\uE000";

        assertThat(emoji.compareTo(privateUse)).as("UTF-16 order").isNegative();
        assertThat(KeyOrder.compare(emoji, privateUse)).as("UTF-8 order").isPositive();
    }

    @Test
    void agreesWithTheOrderOfUtf8BytesOnRandomKeys() {
        Random random = new Random(42);
        int[] alphabet = {'a', 'z', '/', '-', 0xE9, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0x1F600, 0x10FFFF};
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder key = new StringBuilder();
            for (int c = random.nextInt(6); c > 0; c--) {
                key.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            keys.add(key.toString());
        }

        List<String> byKeyOrder = new ArrayList<>(keys);
        byKeyOrder.sort(KeyOrder.COMPARATOR);
        List<String> byBytes = new ArrayList<>(keys);
        byBytes.sort((a, b) -> Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8)));

        assertThat(byKeyOrder).containsExactlyElementsOf(byBytes);
    }

    @Test
    void aPrefixSortsBeforeItsExtensions() {
        assertThat(KeyOrder.compare("logs/", "logs/a")).isNegative();
        assertThat(KeyOrder.compare("logs/a", "logs/a")).isZero();
    }
}
