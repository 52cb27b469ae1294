package dev.jpwsh.console.options;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads jpwsh's command line the way pwsh 7 reads its own: switches are case-insensitive, start with {@code -},
 * {@code --} or {@code /} (a typographic dash counts as {@code -}) and may be shortened (see
 * {@link StartupSwitch}). The first argument that is not a switch, or not a known one, is the script file, and
 * every argument after the script file or after {@code -Command} text belongs to the script. Errors use pwsh's
 * messages; parsing stops at the first one. One instance parses one command line.
 */
public final class CommandLineParser {
    private static final List<String> DATA_FORMATS = List.of("Text", "XML", "None");
    private static final List<String> EXECUTION_POLICIES = List.of(
            "Default", "RemoteSigned", "Bypass", "AllSigned", "Restricted", "Unrestricted", "Undefined");

    /** How a command switch gives its script text. */
    private enum CommandForm {
        /** {@code -Command}: the rest of the command line, joined with spaces. */
        TEXT,
        /** {@code -CommandWithArgs}: the next argument; the ones after it are the script's arguments. */
        TEXT_WITH_ARGUMENTS,
        /** {@code -EncodedCommand}: the next argument, Base64 of UTF-16LE text; parsing goes on after it. */
        ENCODED
    }

    private final List<String> args;
    private final boolean inputRedirected;
    private int index;

    private String error;
    private boolean showUsage;
    private boolean showDetails;
    private boolean showVersion;
    private StartupScript script = new StartupScript.Interactive();
    private boolean commandGiven;

    /** The switches that only turn something on (or, -Interactive, off again). */
    private final Set<StartupSwitch> flags = EnumSet.noneOf(StartupSwitch.class);
    private String executionPolicy;
    private String workingDirectory;
    private String customPipeName;
    private String settingsFile;
    private String inputFormat;
    private String outputFormat;

    private CommandLineParser(List<String> args, boolean inputRedirected) {
        this.args = List.copyOf(args);
        this.inputRedirected = inputRedirected;
    }

    /**
     * Parses a command line. {@code inputRedirected} says whether standard input is a file or pipe rather than a
     * terminal, which {@code -Command -} requires.
     */
    public static StartupOptions parse(List<String> args, boolean inputRedirected) {
        return new CommandLineParser(args, inputRedirected).parse();
    }

    private StartupOptions parse() {
        while (index < args.size() && parseArgument()) {
            index++;
        }
        SessionSettings settings = new SessionSettings(flags.contains(StartupSwitch.NO_PROFILE),
                flags.contains(StartupSwitch.NO_LOGO), flags.contains(StartupSwitch.NON_INTERACTIVE),
                flags.contains(StartupSwitch.NO_EXIT), executionPolicy, workingDirectory, settingsFile, inputFormat,
                outputFormat, customPipeName);
        return new StartupOptions(error, showUsage, showDetails, showVersion, script, settings);
    }

    /** Handles the argument at {@link #index}; false when parsing stops. */
    private boolean parseArgument() {
        String argument = args.get(index).strip();
        if (!argument.isEmpty() && !SwitchSyntax.isDash(argument.charAt(0)) && argument.charAt(0) != '/') {
            parseFileAt(index);
            return false;
        }
        Optional<StartupSwitch> found = StartupSwitch.forKey(SwitchSyntax.key(argument));
        if (found.isEmpty()) {
            return parseFileAt(index);
        }
        return switch (found.get()) {
            case VERSION -> {
                showVersion = true;
                yield false;
            }
            case HELP -> {
                showUsage = true;
                showDetails = true;
                yield true;
            }
            case LOGIN, NO_PROFILE_LOAD_TIME, NO_EXIT, NO_PROFILE, NO_LOGO, NON_INTERACTIVE -> {
                flags.add(found.get());
                yield true;
            }
            case INTERACTIVE -> {
                flags.remove(StartupSwitch.NON_INTERACTIVE);
                yield true;
            }
            case COMMAND -> parseCommand(CommandForm.TEXT);
            case COMMAND_WITH_ARGS -> parseCommand(CommandForm.TEXT_WITH_ARGUMENTS);
            case ENCODED_COMMAND -> parseCommand(CommandForm.ENCODED);
            case FILE -> parseFileAt(index + 1);
            case EXECUTION_POLICY -> parseExecutionPolicy();
            case OUTPUT_FORMAT -> parseOutputFormat();
            case INPUT_FORMAT -> parseInputFormat();
            case SETTINGS_FILE -> parseSettingsFile();
            case WORKING_DIRECTORY -> parseWorkingDirectory();
            case CUSTOM_PIPE_NAME -> parseCustomPipeName();
            case WINDOW_STYLE -> fail(CommandLineMessage.WINDOW_STYLE_NOT_IMPLEMENTED.format(), false);
            case STA -> fail(CommandLineMessage.STA_NOT_IMPLEMENTED.format(), false);
            case MTA -> fail(CommandLineMessage.MTA_NOT_IMPLEMENTED.format(), false);
            case SERVER_MODE, SSH_SERVER_MODE -> {
                script = new StartupScript.ServerMode();
                yield true;
            }
            case SOCKET_SERVER_MODE, NAMED_PIPE_SERVER_MODE, CONFIGURATION_FILE,
                    CONFIGURATION_NAME, ENCODED_ARGUMENTS ->
                    fail(CommandLineMessage.NOT_SUPPORTED_YET.format(found.get().displayName()), false);
        };
    }

    /**
     * {@code -Command}, {@code -CommandWithArgs} and {@code -EncodedCommand}: the script text (or {@code -} to read
     * it from standard input), and for {@code -CommandWithArgs} the script's arguments after it.
     */
    private boolean parseCommand(CommandForm form) {
        if (commandGiven) {
            return fail(CommandLineMessage.COMMAND_ALREADY_SPECIFIED.format(), true);
        }
        index++;
        if (index >= args.size()) {
            return fail(CommandLineMessage.MISSING_COMMAND_PARAMETER.format(), true);
        }
        String value = args.get(index);
        if (form == CommandForm.ENCODED) {
            return decodeCommand(value);
        }
        if (value.equals("-")) {
            return commandFromStandardInput();
        }
        commandGiven = true;
        List<String> rest = args.subList(index + 1, args.size());
        script = form == CommandForm.TEXT_WITH_ARGUMENTS
                ? new StartupScript.Command(value, ScriptArguments.collect(rest))
                : new StartupScript.Command(String.join(" ", args.subList(index, args.size())), List.of());
        index = args.size();
        return true;
    }

    private boolean decodeCommand(String value) {
        try {
            byte[] bytes = Base64.getDecoder().decode(value.replaceAll("\\s", ""));
            script = new StartupScript.Command(new String(bytes, StandardCharsets.UTF_16LE), List.of());
            commandGiven = true;
            return true;
        } catch (IllegalArgumentException notBase64) {
            return fail(CommandLineMessage.BAD_COMMAND_VALUE.format(), true);
        }
    }

    private boolean commandFromStandardInput() {
        script = new StartupScript.StandardInput();
        if (index + 1 != args.size()) {
            return fail(CommandLineMessage.TOO_MANY_PARAMETERS_TO_COMMAND.format(), true);
        }
        if (!inputRedirected) {
            return fail(CommandLineMessage.STDIN_NOT_REDIRECTED.format(), true);
        }
        index = args.size();
        return true;
    }

    /**
     * The script file is the argument at {@code position}; everything after it is the script's. {@code -} means
     * commands from standard input, and parsing goes on after it.
     */
    private boolean parseFileAt(int position) {
        FileArgument.Result result = FileArgument.resolve(args, position);
        return switch (result) {
            case FileArgument.Result.Failure(String message, boolean usage) -> fail(message, usage);
            case FileArgument.Result.StandardInput() -> {
                index = position;
                script = new StartupScript.StandardInput();
                yield true;
            }
            case FileArgument.Result.Script(StartupScript.File file) -> {
                index = args.size();
                script = file;
                yield true;
            }
        };
    }

    private boolean parseExecutionPolicy() {
        executionPolicy = nextValue(CommandLineMessage.MISSING_EXECUTION_POLICY_PARAMETER, true);
        if (executionPolicy == null) {
            return false;
        }
        if (EXECUTION_POLICIES.stream().noneMatch(executionPolicy::equalsIgnoreCase)) {
            return fail(CommandLineMessage.INVALID_EXECUTION_POLICY_ARGUMENT.format(executionPolicy), true);
        }
        return true;
    }

    private boolean parseOutputFormat() {
        outputFormat = parseFormat(CommandLineMessage.MISSING_OUTPUT_FORMAT_PARAMETER);
        return outputFormat != null;
    }

    private boolean parseInputFormat() {
        inputFormat = parseFormat(CommandLineMessage.MISSING_INPUT_FORMAT_PARAMETER);
        return inputFormat != null;
    }

    /** The format named by the next argument (by name in any case, or by number as .NET allows), or null. */
    private String parseFormat(CommandLineMessage missing) {
        String formatList = String.join("\n", DATA_FORMATS) + "\n";
        String value = nextValue(missing, true, formatList);
        if (value == null) {
            return null;
        }
        String name = value.strip();
        for (int i = 0; i < DATA_FORMATS.size(); i++) {
            if (DATA_FORMATS.get(i).equalsIgnoreCase(name) || name.equals(Integer.toString(i))) {
                return DATA_FORMATS.get(i);
            }
        }
        fail(CommandLineMessage.BAD_FORMAT_PARAMETER_VALUE.format(value, formatList), true);
        return null;
    }

    private boolean parseSettingsFile() {
        String value = nextValue(CommandLineMessage.MISSING_SETTINGS_FILE_ARGUMENT, false);
        if (value == null) {
            return false;
        }
        Path path;
        try {
            path = FileArgument.fullPath(value);
        } catch (IllegalArgumentException invalid) {
            return fail(CommandLineMessage.INVALID_SETTINGS_FILE_ARGUMENT.format(value, invalid.getMessage()), false);
        }
        if (!FileArgument.isFile(path)) {
            return fail(CommandLineMessage.SETTINGS_FILE_NOT_EXISTS.format(path), false);
        }
        settingsFile = path.toString();
        return true;
    }

    private boolean parseWorkingDirectory() {
        workingDirectory = nextValue(CommandLineMessage.MISSING_WORKING_DIRECTORY_ARGUMENT, false);
        return workingDirectory != null;
    }

    /** {@code -CustomPipeName name}: a name short enough for a socket path here. */
    private boolean parseCustomPipeName() {
        String name = nextValue(CommandLineMessage.MISSING_CUSTOM_PIPE_NAME_ARGUMENT, false);
        if (name == null) {
            return false;
        }
        String tmp = System.getenv("TMPDIR");
        // pwsh's limit: Linux's 108 characters of a socket path, less .NET's temporary directory with its slash
        int longest = 108 - ((tmp == null || tmp.isEmpty() ? "/tmp" : tmp) + "/").length();
        if (name.length() > longest) {
            return fail(CommandLineMessage.CUSTOM_PIPE_NAME_TOO_LONG.format(longest, name, name.length()), false);
        }
        customPipeName = name;
        return true;
    }

    /** Consumes the value after a switch, or records {@code missing} (with the usage text if asked) and gives null. */
    private String nextValue(CommandLineMessage missing, boolean usage, Object... messageArguments) {
        index++;
        if (index >= args.size()) {
            fail(missing.format(messageArguments), usage);
            return null;
        }
        return args.get(index);
    }

    private boolean fail(String message, boolean usage) {
        error = message;
        showUsage = usage;
        return false;
    }
}
