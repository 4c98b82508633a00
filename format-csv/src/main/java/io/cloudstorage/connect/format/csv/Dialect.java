package io.cloudstorage.connect.format.csv;

/**
 * How fields are delimited, quoted and escaped. Each character is one ASCII byte, so that rows are split without
 * decoding them; {@link #NONE} stands for an absent quote or escape character and equals no byte.
 */
record Dialect(int delimiter, int quote, int escape, boolean trim) {

    static final int NONE = Integer.MIN_VALUE;
}
