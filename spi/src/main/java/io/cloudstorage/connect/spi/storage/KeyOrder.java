package io.cloudstorage.connect.spi.storage;

import java.util.Comparator;

/**
 * The order in which object stores list keys: by the bytes of their UTF-8 encoding, which is the order of their
 * Unicode code points. It differs from {@link String#compareTo} (UTF-16 units) only for characters outside the
 * Basic Multilingual Plane, but a watermark compared in the wrong order would skip or repeat such keys.
 */
public final class KeyOrder {

    public static final Comparator<String> COMPARATOR = KeyOrder::compare;

    private KeyOrder() {
    }

    public static int compare(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
