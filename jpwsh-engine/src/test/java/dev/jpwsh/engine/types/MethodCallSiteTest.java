package dev.jpwsh.engine.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call site reuses the method it resolved only for a call of the same key: static or not, receiver, name, argument classes. */
class MethodCallSiteTest {
    private final MethodCallSite site = new MethodCallSite();
    private final ResolvedMethod append = new ResolvedMethod(method(StringBuilder.class, "append", String.class));

    private static java.lang.reflect.Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sameKeyFindsTheRememberedMethod() {
        site.remember(false, StringBuilder.class, "Append", List.of("a"), append);
        assertThat(site.lookup(false, StringBuilder.class, "Append", List.of("b"))).isSameAs(append);
    }

    @Test
    void anyDifferenceInTheKeyMisses() {
        site.remember(false, StringBuilder.class, "Append", List.of("a"), append);
        assertThat(site.lookup(true, StringBuilder.class, "Append", List.of("a"))).isNull();
        assertThat(site.lookup(false, StringBuffer.class, "Append", List.of("a"))).isNull();
        assertThat(site.lookup(false, StringBuilder.class, "Insert", List.of("a"))).isNull();
        assertThat(site.lookup(false, StringBuilder.class, "Append", List.of(1))).isNull();
        assertThat(site.lookup(false, StringBuilder.class, "Append", Arrays.asList((Object) null))).isNull();
        assertThat(site.lookup(false, StringBuilder.class, "Append", List.of("a", "b"))).isNull();
    }

    @Test
    void aNullArgumentIsAKeyOfItsOwn() {
        site.remember(false, StringBuilder.class, "Append", Arrays.asList((Object) null), append);
        assertThat(site.lookup(false, StringBuilder.class, "Append", Arrays.asList((Object) null))).isSameAs(append);
        assertThat(site.lookup(false, StringBuilder.class, "Append", List.of("a"))).isNull();
    }

    @Test
    void aNewResolutionReplacesTheLast() {
        site.remember(false, StringBuilder.class, "Append", List.of("a"), append);
        ResolvedMethod other = new ResolvedMethod(method(StringBuilder.class, "append", Object.class));
        site.remember(false, StringBuilder.class, "Append", List.of(1), other);
        assertThat(site.lookup(false, StringBuilder.class, "Append", List.of(2))).isSameAs(other);
        assertThat(site.lookup(false, StringBuilder.class, "Append", List.of("a"))).isNull();
    }
}
