package dev.jpwsh.console.options;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The script-file argument (after {@code -File}, or the first argument that is not a known switch): {@code -}
 * for standard input, else a file that must exist, followed by the script's own arguments. A missing file that
 * looks like a mistyped switch gets pwsh's "did you mean" list instead of the file-not-found message.
 */
final class FileArgument {
    /** The names pwsh suggests for a mistyped switch, in pwsh's order. */
    private static final List<String> SUGGESTED_PARAMETERS = List.of("sta", "mta", "command", "commandwithargs",
            "configurationname", "custompipename", "encodedcommand", "executionpolicy", "file", "help",
            "inputformat", "login", "noexit", "nologo", "noninteractive", "noprofile", "noprofileloadtime",
            "outputformat", "removeworkingdirectorytrailingcharacter", "settingsfile", "version", "windowstyle",
            "workingdirectory");

    sealed interface Result {
        record Script(StartupScript.File file) implements Result {
        }

        record StandardInput() implements Result {
        }

        record Failure(String message, boolean showUsage) implements Result {
        }
    }

    private FileArgument() {
    }

    /** Reads the script file named at {@code position} and the arguments after it. */
    static Result resolve(List<String> args, int position) {
        if (position >= args.size()) {
            return new Result.Failure(CommandLineMessage.MISSING_FILE_ARGUMENT.format(), true);
        }
        String given = args.get(position);
        if (given.equals("-")) {
            return new Result.StandardInput();
        }
        Path path;
        try {
            path = fullPath(given);
        } catch (IllegalArgumentException invalid) {
            return new Result.Failure(
                    CommandLineMessage.INVALID_FILE_ARGUMENT.format(given, invalid.getMessage()), false);
        }
        if (!isFile(path)) {
            return notFound(given);
        }
        List<ScriptArgument> arguments = ScriptArguments.collect(args.subList(position + 1, args.size()));
        return new Result.Script(new StartupScript.File(given, path, arguments));
    }

    /**
     * The absolute, normalised path, with {@code \} read as {@code /} where that is the separator (as pwsh
     * does). An invalid path throws {@link IllegalArgumentException} with the reason.
     */
    static Path fullPath(String given) {
        if (given.isEmpty()) {
            throw new IllegalArgumentException("The value cannot be an empty string. (Parameter 'path')");
        }
        String separated = File.separatorChar == '/' ? given.replace('\\', '/') : given;
        try {
            return Path.of(separated).toAbsolutePath().normalize();
        } catch (InvalidPathException invalid) {
            throw new IllegalArgumentException(invalid.getMessage(), invalid);
        }
    }

    /** True for anything that exists and is not a directory, as .NET's {@code File.Exists}. */
    static boolean isFile(Path path) {
        return Files.exists(path) && !Files.isDirectory(path);
    }

    private static Result.Failure notFound(String given) {
        if (given.startsWith("-") && given.length() > 1) {
            String typed = given.substring(1).toLowerCase(Locale.ROOT);
            String suggestions = SUGGESTED_PARAMETERS.stream()
                    .filter(name -> name.contains(typed))
                    .map(name -> "\n  -" + name)
                    .collect(Collectors.joining());
            if (!suggestions.isEmpty()) {
                return new Result.Failure(
                        CommandLineMessage.INVALID_ARGUMENT.format(given) + "\n" + suggestions, false);
            }
        }
        return new Result.Failure(CommandLineMessage.ARGUMENT_FILE_DOES_NOT_EXIST.format(given), true);
    }
}
