package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.languagemode.DotSourcing;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds what a command name means, in PowerShell's order: alias, function, cmdlet, script file, external
 * program on the PATH; and makes the processor that runs it.
 */
public final class CommandResolver {
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
     * {@link #resolve(Frame, Object, boolean, List, boolean)} for a command whose name's lower-cased {@code key} the
     * caller already has (a name written in the script); null when it has none.
     */
    public static CommandProcessor resolve(Frame frame, Object command, String key, boolean dotSource,
            List<CommandArgument> args, boolean takesInput) {
        if (command instanceof ScriptBlock block) {
            return new FunctionProcessor(block, scriptBlockFrame(frame, block, dotSource), args, takesInput, null);
        }
        String name = LanguagePrimitives.toString(command);
        String nameKey = key != null ? key : Scope.key(name);
        CommandTable commands = frame.context().commands();
        String aliased = commands.aliasTarget(nameKey);
        if (isHiddenFrom(frame, commands, name) || aliased != null && isHiddenFrom(frame, commands, aliased)) {
            throw RuntimeFailures.commandNotFound(name);
        }
        if (aliased != null) {
            name = aliased;
            nameKey = Scope.key(name);
        }
        Object function = frame.scope().lookupFunction(nameKey);
        if (function instanceof ScriptBlock block) {
            return new FunctionProcessor(block, scriptBlockFrame(frame, block, dotSource), args, takesInput, name);
        }
        CmdletInfo cmdlet = commands.cmdlet(name);
        if (cmdlet != null) {
            return new CmdletProcessor(cmdlet, frame, args);
        }
        Path script = scriptPath(frame, name);
        if (script != null) {
            ScriptBlock block = ScriptFiles.load(script);
            Frame scriptFrame = dotSource ? frame : ScriptFiles.scriptFrame(frame);
            return new FunctionProcessor(block, scriptFrame, args, takesInput, name);
        }
        Path program = findProgram(name);
        if (program != null) {
            return new ExternalProcessor(program, frame, args);
        }
        throw RuntimeFailures.commandNotFound(name);
    }

    /** The caller's frame for a dot-sourced block, which may not cross language modes; else a new scope. */
    private static Frame scriptBlockFrame(Frame frame, ScriptBlock block, boolean dotSource) {
        if (!dotSource) {
            return block.callFrame(frame);
        }
        DotSourcing.check(frame.context(), block);
        return frame;
    }

    /**
     * Whether a Private command is out of the caller's reach: the top level of a pipeline the host runs (the global
     * scope) does not find it; the functions and script blocks it calls do.
     */
    private static boolean isHiddenFrom(Frame frame, CommandTable commands, String name) {
        return commands.isHidden(name) && frame.scope() == frame.context().global();
    }

    /** A script file by that name, relative names taken from the session's current folder. */
    private static Path scriptPath(Frame frame, String name) {
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".ps1")) {
            return null;
        }
        Path path = frame.context().location().resolveFileSystemPath(name);
        return Files.isRegularFile(path) ? path : null;
    }

    /** A file by that name: a path as given, or an executable in a PATH directory. */
    private static Path findProgram(String name) {
        if (name.contains("/") || name.contains(File.separator)) {
            Path path = Path.of(name);
            return Files.isExecutable(path) && !Files.isDirectory(path) ? path : null;
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return null;
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
