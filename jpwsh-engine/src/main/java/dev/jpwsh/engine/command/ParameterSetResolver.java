package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parameter set the bound parameters of one call select, for script and cmdlet binding alike. Every declared
 * set starts open; each bound parameter closes the sets it is not in (a parameter naming no set is in all of them),
 * and bound parameters sharing no set are an AmbiguousParameterSet error. Of the sets left open the default one
 * wins if it is there, else the first declared; a command declaring no sets is in its default set or
 * {@code __AllParameterSets}. One instance serves one binding, on the thread that binds.
 */
public final class ParameterSetResolver {
    private static final String ALL_SETS = "__AllParameterSets";

    private final List<String> open;
    private final String defaultSet;

    /**
     * {@code declared}: the set names the parameters name, in declaration order, each once; {@code defaultSet}: null
     * for none. The command's processor adds the command's name to the errors.
     */
    public ParameterSetResolver(List<String> declared, String defaultSet) {
        this.open = new ArrayList<>(declared);
        this.defaultSet = defaultSet;
    }

    /** An independent resolver in this one's state, for a binding that continues from it (pipeline input). */
    public ParameterSetResolver copy() {
        return new ParameterSetResolver(open, defaultSet);
    }

    /** Each set name once, in the order {@code setsPerParameter} first names it, ignoring case. */
    public static List<String> declaredSets(List<List<String>> setsPerParameter) {
        List<String> declared = new ArrayList<>();
        for (List<String> sets : setsPerParameter) {
            sets.stream().filter(set -> declared.stream().noneMatch(set::equalsIgnoreCase)).forEach(declared::add);
        }
        return List.copyOf(declared);
    }

    /** A parameter in {@code sets} (empty: in every set) was bound: the sets it is not in close. */
    public void bound(List<String> sets) {
        if (sets.isEmpty()) {
            return;
        }
        open.removeIf(set -> sets.stream().noneMatch(set::equalsIgnoreCase));
        if (open.isEmpty()) {
            throw ambiguous();
        }
    }

    /** True when a parameter declared for {@code set} (empty: every set) may still bind. */
    public boolean isOpen(String set) {
        return set.isEmpty() || open.stream().anyMatch(set::equalsIgnoreCase);
    }

    /** True when the default set is declared and still open. */
    public boolean isDefaultOpen() {
        return defaultSet != null && open.stream().anyMatch(defaultSet::equalsIgnoreCase);
    }

    public String defaultSet() {
        return defaultSet;
    }

    /** The set the binding chose. */
    public String chosen() {
        if (isDefaultOpen()) {
            return defaultSet;
        }
        return !open.isEmpty() ? open.getFirst() : chosenWithoutSets(defaultSet);
    }

    /**
     * Keeps open only the open sets {@code completable} accepts, when the set {@link #chosen} now is not one of them
     * and some are: pipeline input can still complete those, as pwsh drops the sets input cannot complete.
     */
    public void keepCompletable(java.util.function.Predicate<String> completable) {
        if (open.isEmpty() || completable.test(chosen())) {
            return;
        }
        List<String> completed = open.stream().filter(completable).toList();
        if (!completed.isEmpty()) {
            open.retainAll(completed);
        }
    }

    /** The set chosen when no parameter names one: the default set, if any, else every set. */
    public static String chosenWithoutSets(String defaultSet) {
        return defaultSet != null ? defaultSet : ALL_SETS;
    }

    private static PSException ambiguous() {
        return RuntimeFailures.parameterBinding("AmbiguousParameterSet", "Parameter set cannot be resolved using the "
                + "specified named parameters. One or more parameters issued cannot be used together or an "
                + "insufficient number of parameters were provided.");
    }
}
