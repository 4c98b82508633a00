package io.cloudstorage.connect.source.reading;

import java.io.InputStream;
import java.util.OptionalLong;

import io.cloudstorage.connect.spi.format.ObjectContent;
import io.cloudstorage.connect.spi.storage.ObjectStorage;
import io.cloudstorage.connect.spi.storage.StorageObject;

/** Hands a format the content of one listed object, without handing it the storage. */
final class StorageObjectContent implements ObjectContent {

    private final ObjectStorage storage;
    private final StorageObject object;

    StorageObjectContent(ObjectStorage storage, StorageObject object) {
        this.storage = storage;
        this.object = object;
    }

    @Override
    public String key() {
        return object.key();
    }

    @Override
    public String location() {
        return storage.describe(object.key());
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(object.size());
    }

    @Override
    public InputStream open(long position) {
        return position >= object.size() ? InputStream.nullInputStream() : storage.open(object, position);
    }
}
