package dev.jpwsh.dotnet;

import java.util.Objects;

/** System.Object's static methods: {@code [object]::ReferenceEquals($a, $b)} and {@code [object]::Equals($a, $b)}. */
public final class ObjectStatics {
    private ObjectStatics() {
    }

    public static boolean ReferenceEquals(Object first, Object second) {
        return first == second;
    }

    public static boolean Equals(Object first, Object second) {
        return Objects.equals(first, second);
    }
}
