package dev.jpwsh.dotnet.collections;

import java.util.Comparator;
import java.util.List;

/**
 * The order .NET's Array.Sort and List.Sort leave items in: an introspective sort (insertion sort up to 16 items,
 * median-of-three quicksort partitions, heapsort past the depth limit). It is not stable, and scripts see where
 * equal items land (Sort-Object without -Stable), so this follows .NET's steps rather than Java's stable sort.
 * Stateless; sorts the list in place.
 */
public final class IntrospectiveSort {
    private static final int INSERTION_LIMIT = 16;

    private IntrospectiveSort() {
    }

    public static <T> void sort(List<T> items, Comparator<? super T> comparer) {
        if (items.size() > 1) {
            int depth = 2 * (31 - Integer.numberOfLeadingZeros(items.size()) + 1);
            introSort(items, 0, items.size(), depth, comparer);
        }
    }

    private static <T> void introSort(List<T> keys, int from, int to, int depthLimit, Comparator<? super T> c) {
        int size = to - from;
        while (size > 1) {
            if (size <= INSERTION_LIMIT) {
                if (size == 2) {
                    swapIfGreater(keys, c, from, from + 1);
                } else if (size == 3) {
                    swapIfGreater(keys, c, from, from + 1);
                    swapIfGreater(keys, c, from, from + 2);
                    swapIfGreater(keys, c, from + 1, from + 2);
                } else {
                    insertionSort(keys, from, from + size, c);
                }
                return;
            }
            if (depthLimit == 0) {
                heapSort(keys, from, from + size, c);
                return;
            }
            depthLimit--;
            int pivot = pickPivotAndPartition(keys, from, from + size, c);
            introSort(keys, pivot + 1, from + size, depthLimit, c);
            size = pivot - from;
        }
    }

    private static <T> void swapIfGreater(List<T> keys, Comparator<? super T> c, int i, int j) {
        if (c.compare(keys.get(i), keys.get(j)) > 0) {
            swap(keys, i, j);
        }
    }

    private static <T> void swap(List<T> keys, int i, int j) {
        T t = keys.get(i);
        keys.set(i, keys.get(j));
        keys.set(j, t);
    }

    private static <T> int pickPivotAndPartition(List<T> keys, int from, int to, Comparator<? super T> c) {
        int hi = to - 1;
        int middle = from + ((hi - from) >> 1);
        swapIfGreater(keys, c, from, middle);
        swapIfGreater(keys, c, from, hi);
        swapIfGreater(keys, c, middle, hi);
        T pivot = keys.get(middle);
        swap(keys, middle, hi - 1);
        int left = from;
        int right = hi - 1;
        while (left < right) {
            while (c.compare(keys.get(++left), pivot) < 0) {
                // skip items below the pivot
            }
            while (c.compare(pivot, keys.get(--right)) < 0) {
                // skip items above the pivot
            }
            if (left >= right) {
                break;
            }
            swap(keys, left, right);
        }
        if (left != hi - 1) {
            swap(keys, left, hi - 1);
        }
        return left;
    }

    private static <T> void heapSort(List<T> keys, int from, int to, Comparator<? super T> c) {
        int n = to - from;
        for (int i = n >> 1; i >= 1; i--) {
            downHeap(keys, from, i, n, c);
        }
        for (int i = n; i > 1; i--) {
            swap(keys, from, from + i - 1);
            downHeap(keys, from, 1, i - 1, c);
        }
    }

    private static <T> void downHeap(List<T> keys, int from, int i, int n, Comparator<? super T> c) {
        T d = keys.get(from + i - 1);
        while (i <= n >> 1) {
            int child = 2 * i;
            if (child < n && c.compare(keys.get(from + child - 1), keys.get(from + child)) < 0) {
                child++;
            }
            if (c.compare(d, keys.get(from + child - 1)) >= 0) {
                break;
            }
            keys.set(from + i - 1, keys.get(from + child - 1));
            i = child;
        }
        keys.set(from + i - 1, d);
    }

    private static <T> void insertionSort(List<T> keys, int from, int to, Comparator<? super T> c) {
        for (int i = from; i < to - 1; i++) {
            T t = keys.get(i + 1);
            int j = i;
            while (j >= from && c.compare(t, keys.get(j)) < 0) {
                keys.set(j + 1, keys.get(j));
                j--;
            }
            keys.set(j + 1, t);
        }
    }
}
