package io.cloudstorage.connect.format.parquet;

import org.apache.kafka.connect.data.Struct;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;

/** Builds each row of a file as a Connect struct, directly from the column values. */
final class RowMaterializer extends RecordMaterializer<Struct> {

    private final GroupConverter root;
    private Struct current;

    RowMaterializer(GroupMapping rows) {
        this.root = new GroupAssembler(rows, value -> current = (Struct) value);
    }

    @Override
    public Struct getCurrentRecord() {
        return current;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }
}
