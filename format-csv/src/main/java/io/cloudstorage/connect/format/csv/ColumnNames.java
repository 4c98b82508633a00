package io.cloudstorage.connect.format.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field names from a header row, which may repeat a name or leave one empty, while a Struct needs distinct,
 * non-empty names: an empty name becomes {@code column_N} (N the column's position, from 1), and a name already
 * taken gets the first free suffix among {@code _2}, {@code _3}, ...
 */
final class ColumnNames {

    private ColumnNames() {
    }

    static List<String> fromHeader(List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String base = header.get(i).isEmpty() ? nameAt(i) : header.get(i);
            String name = base;
            for (int suffix = 2; !taken.add(name); suffix++) {
                name = base + "_" + suffix;
            }
            names.add(name);
        }
        return names;
    }

    /** {@code column_1} ... {@code column_<count>}, for rows without names. */
    static List<String> numbered(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(nameAt(i));
        }
        return names;
    }

    private static String nameAt(int index) {
        return "column_" + (index + 1);
    }
}
