package io.cloudstorage.connect.compression;

/** Compares the first bytes of an object with a codec's signature. */
final class MagicBytes {

    private final byte[] signature;

    MagicBytes(int... signature) {
        this.signature = new byte[signature.length];
        for (int i = 0; i < signature.length; i++) {
            this.signature[i] = (byte) signature[i];
        }
    }

    int length() {
        return signature.length;
    }

    boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
