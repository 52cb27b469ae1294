package dev.jpwsh.dotnet.collections;

import java.lang.reflect.Array;
import java.util.Objects;

/**
 * The instance methods of .NET's System.Array that PowerShell's arrays answer and Java's arrays lack:
 * {@code $a.Clone()}, {@code GetValue}, {@code SetValue}, {@code GetLength}, {@code GetLowerBound},
 * {@code GetUpperBound}, {@code CopyTo}, and IList's {@code Contains} and {@code IndexOf}, which compare as
 * {@code Object.Equals} does (no conversion: {@code (1,2).Contains('1')} is false). The receiver comes first. An index
 * outside the array is .NET's IndexOutOfRangeException, a dimension other than 0 too (these arrays have one).
 */
public final class ArrayMembers {
    private ArrayMembers() {
    }

    /** A shallow copy, of the same element type. */
    public static Object Clone(Object self) {
        int length = Array.getLength(self);
        Object copy = Array.newInstance(self.getClass().getComponentType(), length);
        System.arraycopy(self, 0, copy, 0, length);
        return copy;
    }

    public static Object GetValue(Object self, int index) {
        return Array.get(self, index);
    }

    public static void SetValue(Object self, Object value, int index) {
        Array.set(self, index, value);
    }

    public static int GetLength(Object self, int dimension) {
        checkDimension(dimension);
        return Array.getLength(self);
    }

    public static int GetLowerBound(Object self, int dimension) {
        checkDimension(dimension);
        return 0;
    }

    public static int GetUpperBound(Object self, int dimension) {
        checkDimension(dimension);
        return Array.getLength(self) - 1;
    }

    /** Copies every element into {@code target} from {@code index} on. */
    public static void CopyTo(Object self, Object target, int index) {
        int length = Array.getLength(self);
        if (index < 0 || index + length > Array.getLength(target)) {
            throw new IllegalArgumentException("Destination array was not long enough. Check the destination index, "
                    + "length, and the array's lower bounds.");
        }
        for (int i = 0; i < length; i++) {
            Array.set(target, index + i, Array.get(self, i));
        }
    }

    public static boolean Contains(Object self, Object value) {
        return IndexOf(self, value) >= 0;
    }

    public static int IndexOf(Object self, Object value) {
        int length = Array.getLength(self);
        for (int i = 0; i < length; i++) {
            if (Objects.equals(Array.get(self, i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static void checkDimension(int dimension) {
        if (dimension != 0) {
            throw new ArrayIndexOutOfBoundsException(dimension);
        }
    }
}
