package org.khareetaty.core.store.segment;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OwnershipTransferResult;
import org.apache.arrow.memory.ReferenceManager;

/**
 * The owner of Arrow buffers that point into a file's memory map: the map lives as long as the
 * segment that holds it, so there is nothing to count or free; a slice is a buffer at an offset of
 * its source (Arrow's own {@code NO_OP} manager hands back the whole source for a slice, which
 * makes every column read the start of the batch).
 */
final class MappedMemory implements ReferenceManager {
    private final BufferAllocator allocator;
    private final long size;

    MappedMemory(BufferAllocator allocator, long size) {
        this.allocator = allocator;
        this.size = size;
    }

    /** A buffer over {@code length} bytes at {@code address}, owned by a new manager. */
    static ArrowBuf buffer(BufferAllocator allocator, long address, long length) {
        return new ArrowBuf(new MappedMemory(allocator, length), null, length, address);
    }

    @Override
    public int getRefCount() {
        return 1;
    }

    @Override
    public boolean release() {
        return false;
    }

    @Override
    public boolean release(int decrement) {
        return false;
    }

    @Override
    public void retain() {}

    @Override
    public void retain(int increment) {}

    @Override
    public ArrowBuf retain(ArrowBuf source, BufferAllocator target) {
        return source;
    }

    @Override
    public ArrowBuf deriveBuffer(ArrowBuf source, long index, long length) {
        return new ArrowBuf(this, null, length, source.memoryAddress() + index);
    }

    @Override
    public OwnershipTransferResult transferOwnership(ArrowBuf source, BufferAllocator target) {
        return new OwnershipTransferResult() {
            @Override
            public boolean getAllocationFit() {
                return true;
            }

            @Override
            public ArrowBuf getTransferredBuffer() {
                return source;
            }
        };
    }

    @Override
    public BufferAllocator getAllocator() {
        return allocator;
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public long getAccountedSize() {
        return 0;
    }
}
