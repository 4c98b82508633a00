package io.cloudstorage.connect.format.parquet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;

/**
 * Collects the values of a group's children while the Parquet library reads them, and hands the assembled value
 * to its sink when the group ends. An optional child that is absent keeps the value null.
 */
final class GroupAssembler extends GroupConverter {

    private final GroupMapping mapping;
    private final Consumer<Object> sink;
    private final Converter[] converters;
    private final boolean[] repeated;
    private final Object[] values;

    GroupAssembler(GroupMapping mapping, Consumer<Object> sink) {
        this.mapping = mapping;
        this.sink = sink;
        List<GroupMapping.Child> children = mapping.children();
        this.converters = new Converter[children.size()];
        this.repeated = new boolean[children.size()];
        this.values = new Object[children.size()];
        for (int i = 0; i < converters.length; i++) {
            int index = i;
            GroupMapping.Child child = children.get(i);
            repeated[i] = child.repeated();
            converters[i] = child.mapping().converter(child.repeated()
                    ? value -> list(index).add(value)
                    : value -> values[index] = value);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(int index) {
        return (List<Object>) values[index];
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return converters[fieldIndex];
    }

    @Override
    public void start() {
        for (int i = 0; i < values.length; i++) {
            values[i] = repeated[i] ? new ArrayList<>() : null;
        }
    }

    @Override
    public void end() {
        sink.accept(mapping.assembly().apply(values));
    }
}
