package dev.jpwsh.engine.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scope defers a call's variables unless one of their names is already held there or may be AllScope, whatever
 * form the scope's table has and whenever the name became AllScope.
 */
class DeferredVariablesTest {
    /** Two variables named for this test alone, so recording them as AllScope affects no other test. */
    private static final String FIRST = Scope.key("DeferredVariablesTestFirst");
    private static final String SECOND = Scope.key("DeferredVariablesTestSecond");

    private record Pending(DeferredNames names) implements DeferredVariables {
        @Override
        public PSVariable make(String key) {
            return new PSVariable(key, "made " + key, VariableOptions.NONE);
        }
    }

    private final Scope global = new Scope(null);

    @Test
    void aNewScopeDefersUntilANameIsReached() {
        Pending pending = new Pending(new DeferredNames(List.of(FIRST, Scope.key("DeferredVariablesTestOther"))));
        Scope call = new Scope(global);
        call.set("n", 1);
        call.defer(pending);
        assertThat(call.stillDeferred(pending, FIRST)).isTrue();
        assertThat(call.lookup(FIRST).value()).isEqualTo("made " + FIRST);
        assertThat(call.stillDeferred(pending, FIRST)).isFalse();
    }

    @Test
    void aNameAlreadyHeldMakesThemAtOnceInEitherForm() {
        Pending pending = new Pending(new DeferredNames(List.of(Scope.key("DeferredVariablesTestHeld"))));
        Scope small = new Scope(global);
        small.set("DeferredVariablesTestHeld", "own");
        small.defer(pending);
        assertThat(small.stillDeferred(pending, Scope.key("DeferredVariablesTestHeld"))).isFalse();
        assertThat(small.lookup(Scope.key("DeferredVariablesTestHeld")).value())
                .isEqualTo("made deferredvariablestestheld");

        Scope large = new Scope(global);
        for (int i = 0; i < 20; i++) {
            large.set("v" + i, i);
        }
        large.set("DeferredVariablesTestHeld", "own");
        assertThat(large.hasManyVariables()).isTrue();
        large.defer(pending);
        assertThat(large.stillDeferred(pending, Scope.key("DeferredVariablesTestHeld"))).isFalse();
    }

    @Test
    void aNameRecordedAsAllScopeLaterIsNoLongerDeferred() {
        DeferredNames names = new DeferredNames(List.of(SECOND));
        Pending pending = new Pending(names);
        Scope before = new Scope(global);
        before.defer(pending);
        assertThat(before.stillDeferred(pending, SECOND)).isTrue();

        AllScopeNames.add(SECOND);
        Scope after = new Scope(global);
        after.defer(pending);
        assertThat(after.stillDeferred(pending, SECOND)).isFalse();
        assertThat(after.local(SECOND).value()).isEqualTo("made " + SECOND);
    }
}
