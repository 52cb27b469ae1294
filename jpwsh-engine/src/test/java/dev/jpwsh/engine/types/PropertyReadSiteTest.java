package dev.jpwsh.engine.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A member-access node reuses the getter it called only for a read of the same receiver class, name and mode. */
class PropertyReadSiteTest {
    private final PropertyReadSite site = new PropertyReadSite();
    private final ResolvedMethod length;

    PropertyReadSiteTest() throws NoSuchMethodException {
        length = new ResolvedMethod(StringBuilder.class.getMethod("length"));
    }

    @Test
    void sameKeyFindsTheRememberedGetter() {
        site.remember(StringBuilder.class, "Length", false, length);
        assertThat(site.lookup(StringBuilder.class, "Length", false)).isSameAs(length);
    }

    @Test
    void aReadThroughGettersOnlyIsAKeyOfItsOwn() {
        site.remember(StringBuilder.class, "Length", false, length);
        assertThat(site.lookup(StringBuilder.class, "Length", true)).isNull();
        assertThat(site.lookup(StringBuffer.class, "Length", false)).isNull();
        assertThat(site.lookup(StringBuilder.class, "Capacity", false)).isNull();
    }
}
