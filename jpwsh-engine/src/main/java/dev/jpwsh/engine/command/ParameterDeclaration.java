package dev.jpwsh.engine.command;

import java.util.List;

/**
 * One parameter of a command as its metadata shows it (Get-Command, Get-Help, syntax lines): its name, its type (a
 * class, and the name pwsh prints in a syntax line), its aliases, and how it is declared in each parameter set it
 * is in. Immutable.
 *
 * @param sets one entry per set the parameter names; a single entry with an empty set name when it is in every set
 */
public record ParameterDeclaration(String name, Class<?> type, String typeName, boolean isSwitch, List<String> aliases,
        List<InSet> sets) {
    /** Position of a parameter that binds by name only, as pwsh's metadata says it ({@code int.MinValue}). */
    public static final int NAMED = Integer.MIN_VALUE;

    /**
     * How the parameter is declared in one set ({@code set} empty: in every set), with the {@code HelpMessage} its
     * {@code [Parameter()]} gives (null for none).
     */
    public record InSet(String set, int position, boolean mandatory, boolean fromPipeline, boolean byPropertyName,
            boolean remaining, String helpMessage) {
        public InSet(String set, int position, boolean mandatory, boolean fromPipeline, boolean byPropertyName,
                boolean remaining) {
            this(set, position, mandatory, fromPipeline, byPropertyName, remaining, null);
        }
    }

    /** Whether the parameter is in every set. */
    public boolean inAllSets() {
        return sets.size() == 1 && sets.getFirst().set().isEmpty();
    }

    /** The declaration that applies in {@code set}, or null when the parameter is not in it. */
    public InSet in(String set) {
        for (InSet s : sets) {
            if (s.set().isEmpty() || s.set().equalsIgnoreCase(set)) {
                return s;
            }
        }
        return null;
    }
}
