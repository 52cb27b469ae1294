package dev.jpwsh.console.options;

import java.util.List;
import java.util.Optional;

/**
 * The parameters pwsh accepts on its command line, in the order pwsh tries them. A typed key selects the first
 * switch that has a spelling it begins (case-insensitively) and that is at least as long as that spelling's
 * shortest accepted form, so {@code -c} is {@code -Command} and {@code -nop} is {@code -NoProfile}. The order
 * decides between switches sharing a prefix: {@code -co} reaches {@code -Command} only because the
 * configuration switches ask for longer prefixes. Windows-only switches are left out, as pwsh leaves them out
 * on Linux and macOS.
 */
enum StartupSwitch {
    VERSION("Version", "v"),
    HELP("Help", "h", "?", "?"),
    LOGIN("Login", "l"),
    NO_EXIT("NoExit", "noe"),
    NO_PROFILE("NoProfile", "nop"),
    NO_LOGO("NoLogo", "nol"),
    NON_INTERACTIVE("NonInteractive", "noni"),
    SOCKET_SERVER_MODE("SocketServerMode", "so"),
    SERVER_MODE("ServerMode", "s"),
    NAMED_PIPE_SERVER_MODE("NamedPipeServerMode", "nam"),
    SSH_SERVER_MODE("SSHServerMode", "sshs"),
    NO_PROFILE_LOAD_TIME("NoProfileLoadTime", "noprofileloadtime"),
    INTERACTIVE("Interactive", "i"),
    CONFIGURATION_FILE("ConfigurationFile", "configurationfile"),
    CONFIGURATION_NAME("ConfigurationName", "config"),
    CUSTOM_PIPE_NAME("CustomPipeName", "cus"),
    COMMAND_WITH_ARGS("CommandWithArgs", "commandwithargs", "cwa", "cwa"),
    COMMAND("Command", "c"),
    WINDOW_STYLE("WindowStyle", "w"),
    FILE("File", "f"),
    OUTPUT_FORMAT("OutputFormat", "o", "of", "o"),
    INPUT_FORMAT("InputFormat", "inp", "if", "if"),
    EXECUTION_POLICY("ExecutionPolicy", "ex", "ep", "ep"),
    ENCODED_COMMAND("EncodedCommand", "e", "ec", "e"),
    ENCODED_ARGUMENTS("EncodedArguments", "encodeda", "ea", "ea"),
    SETTINGS_FILE("SettingsFile", "settings"),
    STA("STA", "sta"),
    MTA("MTA", "mta"),
    WORKING_DIRECTORY("WorkingDirectory", "wo", "wd", "wd");

    /** A full spelling and the shortest prefix of it that selects the switch. */
    private record Spelling(String name, String shortest) {
        boolean matches(String key) {
            return key.length() >= shortest.length() && key.length() <= name.length()
                    && name.regionMatches(true, 0, key, 0, key.length());
        }
    }

    private final String displayName;
    private final List<Spelling> spellings;

    StartupSwitch(String displayName, String shortest) {
        this.displayName = displayName;
        this.spellings = List.of(new Spelling(displayName, shortest));
    }

    StartupSwitch(String displayName, String shortest, String alias, String aliasShortest) {
        this.displayName = displayName;
        this.spellings = List.of(new Spelling(displayName, shortest), new Spelling(alias, aliasShortest));
    }

    /** The name as pwsh's help writes it, without the dash. */
    String displayName() {
        return displayName;
    }

    /** The switch a key (the argument without its {@code -}, {@code --} or {@code /}) selects. */
    static Optional<StartupSwitch> forKey(String key) {
        for (StartupSwitch candidate : values()) {
            if (candidate.spellings.stream().anyMatch(spelling -> spelling.matches(key))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
