package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The commands a session knows, as CommandInfo objects (Get-Command, {@code $ExecutionContext.InvokeCommand}): what
 * one name means, in {@link CommandResolver}'s order, and every alias, function and cmdlet, and the programs on the
 * PATH. Stateless; reads the session of the frame it is given.
 */
public final class CommandDiscovery {
    /** How many aliases in a chain are followed before an alias counts as resolving to nothing. */
    private static final int ALIAS_DEPTH = 32;

    private CommandDiscovery() {
    }

    /** What {@code name} means in {@code frame}, an alias with the command it resolves to; null for nothing. */
    public static CommandInfo find(Frame frame, String name) {
        return find(frame, name, 0);
    }

    /** The alias {@code name} means in {@code frame}: the nearest scope's own, else the session's; null for none. */
    public static AliasInfo alias(Frame frame, String name) {
        return frame.scope().lookupAlias(Scope.key(name)) instanceof AliasInfo local ? local
                : frame.context().commands().alias(name);
    }

    /**
     * The aliases visible from {@code frame}: those of its scope and the scopes above it (the nearest of each name),
     * then the session's global ones not hidden by them.
     */
    public static List<AliasInfo> aliases(Frame frame) {
        Map<String, AliasInfo> visible = new LinkedHashMap<>();
        for (Scope s = frame.scope(); s != null; s = s.parent()) {
            for (Object alias : s.aliases()) {
                if (alias instanceof AliasInfo a) {
                    visible.putIfAbsent(Scope.key(a.name()), a);
                }
            }
        }
        for (AliasInfo alias : frame.context().commands().aliases()) {
            visible.putIfAbsent(Scope.key(alias.name()), alias);
        }
        return List.copyOf(visible.values());
    }

    private static CommandInfo find(Frame frame, String name, int depth) {
        AliasInfo alias = alias(frame, name);
        if (alias != null) {
            return depth < ALIAS_DEPTH ? alias.resolvedTo(find(frame, alias.definition(), depth + 1)) : alias;
        }
        CommandInfo command = function(frame, name);
        if (command == null) {
            command = frame.context().commands().cmdlet(name);
        }
        if (command == null) {
            command = script(frame, name);
        }
        if (command == null) {
            Path program = NativeCommandLookup.find(frame.context(), name);
            command = program == null ? null : new ApplicationInfo(program);
        }
        return command;
    }

    /** The function {@code name} visible from {@code frame}, or null. */
    public static FunctionInfo function(Frame frame, String name) {
        Object body = frame.scope().lookupFunction(Scope.key(name));
        return body instanceof ScriptBlock block ? new FunctionInfo(nameAsDefined(frame, name), block, "") : null;
    }

    /** The function's name with the case it was defined with. */
    private static String nameAsDefined(Frame frame, String name) {
        for (Scope s = frame.scope(); s != null; s = s.parent()) {
            for (String defined : s.functions().keySet()) {
                if (defined.equalsIgnoreCase(name)) {
                    return defined;
                }
            }
        }
        return name;
    }

    /** The script file a {@code .ps1} name or path means, or null. */
    public static ExternalScriptInfo script(Frame frame, String name) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".ps1")) {
            return null;
        }
        try {
            Path path = frame.context().location().resolveFileSystemPath(name.replace('\\', '/'));
            return Files.isRegularFile(path) ? new ExternalScriptInfo(path, ScriptFiles.load(path)) : null;
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }

    /**
     * Every alias (resolved), function visible from {@code frame} and cmdlet of the session, in that order; Private
     * commands only where {@link CommandResolver} would find them.
     */
    public static List<CommandInfo> all(Frame frame) {
        CommandTable table = frame.context().commands();
        boolean topLevel = frame.scope() == frame.context().global();
        List<CommandInfo> result = new ArrayList<>();
        for (AliasInfo alias : aliases(frame)) {
            if (!(topLevel && table.isHidden(alias.name()))) {
                result.add(alias.resolvedTo(find(frame, alias.definition(), 1)));
            }
        }
        Map<String, FunctionInfo> functions = new LinkedHashMap<>();
        for (Scope s = frame.scope(); s != null; s = s.parent()) {
            s.functions().forEach((name, body) -> {
                if (body instanceof ScriptBlock block) {
                    functions.putIfAbsent(Scope.key(name), new FunctionInfo(name, block, ""));
                }
            });
        }
        result.addAll(functions.values());
        for (CmdletInfo cmdlet : table.cmdlets()) {
            if (!(topLevel && table.isHidden(cmdlet.getName()))) {
                result.add(cmdlet);
            }
        }
        return result;
    }

    /**
     * The scripts and programs of the session's PATH that {@code name} means, as pwsh's command search finds them on
     * Unix: a pattern matches every {@code .ps1} file and every executable file whose name it matches (the
     * file system's case); a plain name means, in each directory, the file of that name, then that name with
     * {@code .ps1} added (any case). A {@code .ps1} file is an external script, any other file an application; only
     * the kinds asked for are kept. Relative directories are resolved against the current location.
     */
    public static List<CommandInfo> onPath(Frame frame, String name, boolean pattern, boolean applications,
            boolean scripts) {
        Object pathVariable = frame.context().environment().get("PATH");
        List<CommandInfo> found = new ArrayList<>();
        if (pathVariable == null || name.isEmpty() || name.contains("/")) {
            return found;
        }
        java.util.Set<String> dirs = new java.util.LinkedHashSet<>();
        for (String dir : pathVariable.toString().split(File.pathSeparator)) {
            dirs.add(dir.strip()); // a directory named twice is searched once
        }
        for (String dir : dirs) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> listed = dir.isEmpty() ? Stream.empty()
                    : Files.list(NativeCommandLookup.workingDirectory(frame.context()).resolve(dir))) {
                listed.filter(f -> !Files.isDirectory(f)).sorted().forEach(files::add);
            } catch (IOException | InvalidPathException | SecurityException unreadable) {
                continue; // pwsh skips a PATH entry it cannot list
            }
            List<Path> matches = new ArrayList<>();
            if (pattern) {
                for (Path f : files) {
                    String file = f.getFileName().toString();
                    if (Wildcard.matches(file, name, true) && (isScript(file) || Files.isExecutable(f))) {
                        matches.add(f);
                    }
                }
            } else {
                for (String wanted : List.of(name, name + ".ps1")) {
                    files.stream().filter(f -> f.getFileName().toString().equals(wanted)).forEach(matches::add);
                }
            }
            for (Path f : matches) {
                if (isScript(f.getFileName().toString())) {
                    if (scripts) {
                        found.add(new ExternalScriptInfo(f, ScriptFiles.load(f)));
                    }
                } else if (applications) {
                    found.add(new ApplicationInfo(f));
                }
            }
        }
        return found;
    }

    private static boolean isScript(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".ps1");
    }

    /** The programs in the directories of the session's PATH whose file names {@code nameMatches}, first found first. */
    public static List<ApplicationInfo> applications(Frame frame, Predicate<String> nameMatches) {
        Object pathVariable = frame.context().environment().get("PATH");
        List<ApplicationInfo> found = new ArrayList<>();
        if (pathVariable == null) {
            return found;
        }
        for (String dir : pathVariable.toString().split(File.pathSeparator)) {
            try (Stream<Path> files = dir.isEmpty() ? Stream.empty() : Files.list(Path.of(dir))) {
                files.filter(f -> nameMatches.test(f.getFileName().toString()))
                        .filter(f -> Files.isExecutable(f) && !Files.isDirectory(f)).sorted()
                        .forEach(f -> found.add(new ApplicationInfo(f)));
            } catch (IOException | InvalidPathException | SecurityException unreadable) {
                // pwsh skips a PATH entry it cannot list
            }
        }
        return found;
    }
}
