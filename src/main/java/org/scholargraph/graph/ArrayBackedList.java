package org.scholargraph.graph;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made from int and double arrays when they are read: a
 * network of millions of edges then holds its arrays, not an object per edge, while the exports
 * still read records. Elements are equal, not identical, from one read to the next.
 */
public final class ArrayBackedList<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final IntFunction<T> element;

    /** A list of {@code size} elements, element {@code i} made by {@code element.apply(i)} each time it is read. */
    public ArrayBackedList(int size, IntFunction<T> element) {
        this.size = size;
        this.element = element;
    }

    /**
     * {@code list} unmodifiable: itself when it is an array-backed list, already unmodifiable and
     * made of arrays (a copy would make every element at once), else {@link List#copyOf}.
     */
    public static <T> List<T> unmodifiable(List<T> list) {
        return list instanceof ArrayBackedList ? list : List.copyOf(list);
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
