package dev.jpwsh.engine.provider;

import dev.jpwsh.runtime.ops.Wildcard;
import java.util.List;
import java.util.function.Predicate;

/**
 * What Get-ChildItem asks a container for: whether and how deep to recurse (depth 0: no deeper than the container's
 * own children), the provider filter ({@code -Filter}), the -Include and -Exclude wildcards on the names, files or
 * folders only, hidden items, {@code -Force}, and whether to walk into linked folders.
 */
public record ChildQuery(boolean recurse, int depth, String filter, List<String> include, List<String> exclude,
        boolean filesOnly, boolean directoriesOnly, boolean hiddenOnly, boolean force, boolean followSymlink) {
    /** The children of one container, nothing filtered. */
    public static final ChildQuery CHILDREN = new ChildQuery(false, 0, null, List.of(), List.of(), false, false,
            false, false, false);

    /** {@return a test of whether an item's name passes -Filter, -Include and -Exclude, compiled once} */
    public Predicate<String> nameTest(boolean caseSensitive) {
        Predicate<String> test = name -> true;
        if (filter != null && !filter.isEmpty()) {
            test = test.and(Wildcard.compile(filter, caseSensitive).asMatchPredicate());
        }
        if (!include.isEmpty()) {
            test = test.and(anyOf(include, caseSensitive));
        }
        if (!exclude.isEmpty()) {
            test = test.and(anyOf(exclude, caseSensitive).negate());
        }
        return test;
    }

    private static Predicate<String> anyOf(List<String> wildcards, boolean caseSensitive) {
        List<Predicate<String>> tests = wildcards.stream()
                .map(w -> Wildcard.compile(w, caseSensitive).asMatchPredicate()).toList();
        return name -> tests.stream().anyMatch(t -> t.test(name));
    }
}
