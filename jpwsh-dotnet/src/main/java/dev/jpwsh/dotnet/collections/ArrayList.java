package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Collection;

/** System.Collections.ArrayList: {@code Add} returns the new element's index. */
@DotNetName("System.Collections.ArrayList")
public final class ArrayList extends DotNetList {
    public ArrayList() {
    }

    /** {@code [System.Collections.ArrayList]::new(capacity)}: empty, with room for that many elements. */
    public ArrayList(int capacity) {
        super(capacity);
    }

    public ArrayList(Collection<?> items) {
        super(items);
    }

    public static ArrayList Synchronized(ArrayList list) {
        return list;
    }

    /** ArrayList.Remove returns nothing (List[T].Remove tells whether it removed). */
    public synchronized void Remove(Object item) {
        super.remove(item);
    }

    public synchronized int Add(Object item) {
        super.add(item);
        return size() - 1;
    }

    /** An IEnumerator over the list, with MoveNext, Current and Reset (not the list itself). */
    public ArrayListEnumerator GetEnumerator() {
        return new ArrayListEnumerator(this);
    }

    @Override
    public String toString() {
        return "System.Collections.ArrayList";
    }
}
