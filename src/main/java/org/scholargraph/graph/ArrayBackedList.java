package org.scholargraph.graph;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made from int and double arrays when they are read: a
 * network of millions of edges then holds its arrays, not an object per edge, while the exports
 * still read records. Elements are equal, not identical, from one read to the next.
 */
final class ArrayBackedList<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final IntFunction<T> element;

    ArrayBackedList(int size, IntFunction<T> element) {
        this.size = size;
        this.element = element;
    }

    @Override
    public T get(int index) {
        return element.apply(Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
        return size;
    }
}
