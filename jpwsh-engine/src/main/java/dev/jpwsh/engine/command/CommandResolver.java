package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.DotSourcing;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds what a command name means, in PowerShell's order: alias, function, cmdlet, script file, external
 * program on the PATH; and makes the processor that runs it.
 */
public final class CommandResolver {
    /** The command {@code -?} runs. */
    private static final String HELP_COMMAND = "Get-Help";

    private CommandResolver() {
    }

    /**
     * The processor for one pipeline element. {@code command} is a name or a script block; {@code dotSource}
     * runs a script block in the caller's scope; {@code takesInput} is false for the first element.
     */
    public static CommandProcessor resolve(Frame frame, Object command, boolean dotSource, List<CommandArgument> args,
            boolean takesInput) {
        return resolve(frame, command, null, dotSource, args, takesInput);
    }

    /**
     * {@link #resolve(Frame, Object, boolean, List, boolean)} for a command whose name the script writes as a
     * constant ({@code written}); null when it does not.
     */
    public static CommandProcessor resolve(Frame frame, Object command, CommandName written, boolean dotSource,
            List<CommandArgument> args, boolean takesInput) {
        if (command instanceof ScriptBlock block) {
            return new FunctionProcessor(block, scriptBlockFrame(frame, block, dotSource), args, takesInput, null);
        }
        if (!(command instanceof String) && !args.isEmpty()) {
            Scope moduleScope = moduleScope(frame, command);
            if (moduleScope != null) {
                return inModule(frame, moduleScope, dotSource, args, takesInput);
            }
        }
        String name = LanguagePrimitives.toString(command);
        if (asksForHelp(args) && !name.equalsIgnoreCase(HELP_COMMAND)) {
            return resolve(frame, HELP_COMMAND, false, List.of(CommandArgument.value(name)), takesInput);
        }
        CommandTable commands = frame.context().commands();
        String nameKey;
        String aliased;
        boolean hidden;
        if (frame.scope().lookupAlias(written != null ? written.key() : Scope.key(name)) instanceof AliasInfo local) {
            nameKey = Scope.key(local.name());
            aliased = local.definition();
            hidden = false;
        } else if (written != null) {
            CommandName.Answer answer = written.in(commands);
            nameKey = written.key();
            aliased = answer.aliasTarget();
            hidden = answer.hidden();
        } else {
            nameKey = Scope.key(name);
            aliased = commands.aliasTarget(nameKey);
            hidden = commands.isHidden(name) || aliased != null && commands.isHidden(aliased);
        }
        if (hidden && isTopLevel(frame)) {
            throw RuntimeFailures.commandNotFound(name);
        }
        if (aliased != null) {
            name = aliased;
            nameKey = Scope.key(name);
        }
        Object function = aliased == null && written != null ? written.function(frame.scope())
                : frame.scope().lookupFunction(nameKey);
        if (function instanceof ScriptBlock block) {
            return new FunctionProcessor(block, scriptBlockFrame(frame, block, dotSource), args, takesInput, name);
        }
        CmdletInfo cmdlet = commands.cmdlet(name);
        if (cmdlet != null) {
            return new CmdletProcessor(cmdlet, frame, args, takesInput);
        }
        Path script = scriptPath(frame, name);
        if (script != null) {
            return ScriptFileCommand.processor(frame, script, name, dotSource, args, takesInput);
        }
        Path program = NativeCommandLookup.find(frame.context(), name);
        if (program != null) {
            return new ExternalProcessor(program, frame, args, takesInput);
        }
        return autoLoaded(frame, name, dotSource, args, takesInput);
    }

    /** The scope of a module ({@code & $module { ... }}), or null when {@code command} is no module. */
    private static Scope moduleScope(Frame frame, Object command) {
        dev.jpwsh.engine.exec.ModuleScopes modules = frame.context().service(dev.jpwsh.engine.exec.ModuleScopes.class);
        return modules == null ? null : modules.scopeOf(command);
    }

    /**
     * {@code & $module command args}: the command (a script block, bound to the module, or a name looked up there)
     * runs in the module's session state, in a child of its scope, or in its scope itself when dot-sourced.
     */
    private static CommandProcessor inModule(Frame frame, Scope moduleScope, boolean dotSource,
            List<CommandArgument> args, boolean takesInput) {
        Frame module = new Frame(frame.context(), moduleScope, moduleScope, frame.global());
        Object inner = args.getFirst().value();
        List<CommandArgument> rest = args.subList(1, args.size());
        if (inner instanceof ScriptBlock block) {
            ScriptBlock bound = block.inModule(moduleScope);
            return new FunctionProcessor(bound, dotSource ? module : bound.callFrame(module), rest, takesInput, null);
        }
        return resolve(module, inner, dotSource, rest, takesInput);
    }

    /**
     * The function {@code written} calls from {@code frame}, as {@link #resolve} would find it, when the name is no
     * alias (of the scopes or the session) and can be run from here (not Private at the top level); otherwise
     * null, and {@link #resolve} decides.
     */
    static ScriptBlock function(Frame frame, CommandName written) {
        if (frame.scope().lookupAlias(written.key()) != null) {
            return null;
        }
        CommandName.Answer answer = written.in(frame.context().commands());
        if (answer.aliasTarget() != null || answer.hidden() && isTopLevel(frame)) {
            return null;
        }
        return written.function(frame.scope()) instanceof ScriptBlock block ? block : null;
    }

    /**
     * A command found by module auto-loading, after every other search failed: {@code Module\Command} imports the
     * module (unless it is imported or built in) and runs the command; a plain name imports a module from
     * {@code $env:PSModulePath} that exports it. Otherwise CommandNotFound.
     */
    private static CommandProcessor autoLoaded(Frame frame, String name, boolean dotSource, List<CommandArgument> args,
            boolean takesInput) {
        CommandAutoLoader loader = autoLoader(frame);
        int slash = name.indexOf('\\');
        if (slash > 0 && slash < name.length() - 1 && name.indexOf('/') < 0) {
            if (loader != null) {
                loader.loadModule(frame, name.substring(0, slash));
            }
            try {
                return resolve(frame, name.substring(slash + 1), null, dotSource, args, takesInput);
            } catch (dev.jpwsh.engine.exec.PSException e) {
                throw RuntimeFailures.commandNotFound(name);
            }
        }
        if (loader != null && loader.loadFor(frame, name, false)) {
            return resolve(frame, name, null, dotSource, args, takesInput);
        }
        throw RuntimeFailures.commandNotFound(name);
    }

    /** Whether the arguments are {@code -?}, which shows the command's help (Get-Help) instead of running it. */
    private static boolean asksForHelp(List<CommandArgument> args) {
        return args.size() == 1 && args.getFirst().isParameter() && "?".equals(args.getFirst().parameterName());
    }

    private static CommandAutoLoader autoLoader(Frame frame) {
        try {
            return frame.context().service(CommandAutoLoader.class);
        } catch (IllegalStateException none) {
            return null;
        }
    }

    /**
     * The caller's frame for a dot-sourced block, which may not cross language modes (its own session state's current
     * frame when it belongs to the other side of a module boundary); else a new scope.
     */
    private static Frame scriptBlockFrame(Frame frame, ScriptBlock block, boolean dotSource) {
        if (!dotSource) {
            return block.callFrame(frame);
        }
        DotSourcing.check(frame.context(), block);
        return block.dotSourceFrame(frame);
    }

    /**
     * Whether a Private command is out of the caller's reach here: the top level of a pipeline the host runs (the
     * global scope) does not find it; the functions and script blocks it calls do.
     */
    private static boolean isTopLevel(Frame frame) {
        return frame.scope() == frame.context().global();
    }

    /**
     * A script file by that name, a relative name taken from the session's current folder; a backslash separates
     * folders, as pwsh reads file-system paths on Unix.
     */
    private static Path scriptPath(Frame frame, String name) {
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".ps1")) {
            return null;
        }
        Path path = frame.context().location().resolveFileSystemPath(name.replace('\\', '/'));
        return Files.isRegularFile(path) ? path : null;
    }
}
