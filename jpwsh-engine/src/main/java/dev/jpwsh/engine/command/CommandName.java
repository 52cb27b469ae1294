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
    /** The function found last, when the name was no alias; replaced whole, like {@link #last}. */
    private FunctionFound lastFunction;

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
        FunctionFound found = lastFunction;
        if (found != null && found.start() == start && found.own() == own && found.changes() == changes) {
            return found.body();
        }
        Object body = scope.lookupFunction(key);
        lastFunction = new FunctionFound(start, own, changes, body);
        return body;
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
