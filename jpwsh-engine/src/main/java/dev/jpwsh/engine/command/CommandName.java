package dev.jpwsh.engine.command;

import dev.jpwsh.engine.scope.Scope;

/**
 * A command name a script writes as a constant, and what a command table says of it: the command it is an alias
 * for, and whether it or that command is Private. A table does not change once sessions use it
 * ({@link CommandTable}), so a compiled call remembers the answer of the table it asked last and asks again only
 * when run by a session with another table.
 */
public final class CommandName {
    private final String name;
    private final String key;
    private final boolean scriptFile;
    /** The answer of the table asked last; replaced whole, so any thread sees an answer that is right for its table. */
    private Answer last;
    /**
     * The functions found lately, at most {@value #FUNCTIONS_REMEMBERED}, the newest first: one for each lookup start
     * (each session running this call) while no function has changed. Replaced whole, like {@link #last}, and only
     * when a lookup finds no answer here, so sessions running the same script at once do not keep replacing each
     * other's answer.
     */
    private FunctionFound[] functionsFound = NONE_FOUND;
    private static final FunctionFound[] NONE_FOUND = {};
    private static final int FUNCTIONS_REMEMBERED = 8;

    /** {@code aliasTarget} is null when the name is no alias; {@code hidden} when it or its target is Private. */
    record Answer(CommandTable table, String aliasTarget, boolean hidden) {
    }

    public CommandName(String name) {
        this.name = name;
        this.key = Scope.key(name);
        this.scriptFile = FunctionProcessor.namesScriptFile(name);
    }

    /** The name as written. */
    String name() {
        return name;
    }

    /** Whether the name is a script file's ({@link FunctionProcessor#namesScriptFile}). */
    boolean namesScriptFile() {
        return scriptFile;
    }

    /** The name lower-cased. */
    String key() {
        return key;
    }

    /**
     * A function found from {@code start} ({@link Scope#functionLookupStart}), {@code own} when that is the calling
     * scope itself, while {@link Scope#functionChanges} was {@code changes}; {@code body} is null when none was.
     */
    private record FunctionFound(Scope start, boolean own, int changes, Object body) {
    }

    /**
     * The function this name calls from {@code scope}, as {@link Scope#lookupFunction} finds it; remembered, so a
     * call site run again (a loop, a recursion, whose new call scopes all start their lookup at the same scope) finds
     * it without a search while no scope of this JVM has changed its functions.
     */
    Object function(Scope scope) {
        int changes = Scope.functionChanges();
        Scope start = scope.functionLookupStart();
        boolean own = start == scope;
        FunctionFound[] known = functionsFound;
        for (FunctionFound found : known) {
            if (found.start() == start && found.own() == own && found.changes() == changes) {
                return found.body();
            }
        }
        Object body = scope.lookupFunction(key);
        remember(known, new FunctionFound(start, own, changes, body));
        return body;
    }

    /**
     * Puts {@code found} first among the answers still right ({@code known} without those of an older change count),
     * unless {@value #FUNCTIONS_REMEMBERED} are: more sessions than that at once share the call site without it.
     */
    private void remember(FunctionFound[] known, FunctionFound found) {
        java.util.List<FunctionFound> kept = new java.util.ArrayList<>(known.length + 1);
        kept.add(found);
        for (FunctionFound each : known) {
            if (each.changes() == found.changes()) {
                kept.add(each);
            }
        }
        if (kept.size() <= FUNCTIONS_REMEMBERED) {
            functionsFound = kept.toArray(NONE_FOUND);
        }
    }

    Answer in(CommandTable table) {
        Answer answer = last;
        if (answer == null || answer.table() != table) {
            String target = table.aliasTarget(key);
            answer = new Answer(table, target, table.isHidden(key) || target != null && table.isHidden(target));
            last = answer;
        }
        return answer;
    }
}
