package dev.jpwsh.console.options;

/**
 * The messages for a bad command line. Their texts are pwsh's ({@code CommandLineParameterParserStrings}), so
 * scripts and people who know pwsh read the same words; the last ones are jpwsh's own.
 */
enum CommandLineMessage {
    COMMAND_ALREADY_SPECIFIED("Cannot process command because a command is already specified with -Command, "
            + "-CommandWithArgs, or -EncodedCommand."),
    MISSING_COMMAND_PARAMETER(
            "Cannot process the command because of a missing parameter. A command must follow -Command."),
    TOO_MANY_PARAMETERS_TO_COMMAND(
            "'-' was specified with the -Command parameter; no other arguments to -Command are permitted."),
    STDIN_NOT_REDIRECTED("'-' was specified as the argument to -Command but standard input has not been "
            + "redirected for this process."),
    MISSING_OUTPUT_FORMAT_PARAMETER("The command cannot be run because no argument has been supplied for the "
            + "OutputFormat parameter.\nSpecify one of the following formats for this parameter:\n{0}"),
    MISSING_INPUT_FORMAT_PARAMETER("Cannot process the command because the -InputFormat parameter requires an "
            + "argument. Specify a valid format argument for this parameter.\nValid formats are:\n{0}"),
    BAD_FORMAT_PARAMETER_VALUE("Cannot process the command because of an incorrect parameter value. \"{0}\" is "
            + "not a valid format.\nValid formats are:\n{1}"),
    BAD_COMMAND_VALUE("Cannot process the command because the value specified with -EncodedCommand is not "
            + "properly encoded. The value must be Base64 encoded."),
    MISSING_FILE_ARGUMENT("The command cannot be run because the File parameter requires a file path. Supply a "
            + "path for the File parameter and then try the command again."),
    INVALID_FILE_ARGUMENT("Processing -File '{0}' failed: {1} Specify a valid path for the -File parameter."),
    ARGUMENT_FILE_DOES_NOT_EXIST("The argument '{0}' is not recognized as the name of a script file. Check the "
            + "spelling of the name, or if a path was included, verify that the path is correct and try again."),
    INVALID_ARGUMENT("Invalid argument '{0}', did you mean:"),
    MISSING_EXECUTION_POLICY_PARAMETER("Cannot process the execution policy because of a missing policy name. "
            + "A policy name must follow -ExecutionPolicy."),
    INVALID_EXECUTION_POLICY_ARGUMENT("Invalid ExecutionPolicy value '{0}'."),
    MISSING_SETTINGS_FILE_ARGUMENT(
            "Cannot process the command because -SettingsFile requires an argument that is a file path."),
    INVALID_SETTINGS_FILE_ARGUMENT(
            "Processing -SettingsFile '{0}' failed: {1}. Specify a valid path for the -SettingsFile parameter."),
    SETTINGS_FILE_NOT_EXISTS("The argument '{0}' passed to the -SettingsFile does not exist. Provide the path "
            + "to an existing json file as an argument to the -SettingsFile parameter."),
    MISSING_WORKING_DIRECTORY_ARGUMENT(
            "Cannot process the command because -WorkingDirectory requires an argument that is a directory path."),
    MISSING_CUSTOM_PIPE_NAME_ARGUMENT("Cannot process the command because -CustomPipeName requires an argument "
            + "that is a name of the pipe you want to use. Specify this argument and try again."),
    CUSTOM_PIPE_NAME_TOO_LONG("Cannot process the command because -CustomPipeName specified is too long. Pipe names "
            + "on this platform can be up to {0} characters long. Your pipe name '{1}' is {2} characters."),
    WINDOW_STYLE_NOT_IMPLEMENTED("Parameter -WindowStyle is not implemented on this platform."),
    STA_NOT_IMPLEMENTED("Parameter -STA is not supported on this platform."),
    MTA_NOT_IMPLEMENTED("Parameter -MTA is not supported on this platform."),
    NOT_SUPPORTED_YET("jpwsh does not support the -{0} parameter yet.");

    private final String template;

    CommandLineMessage(String template) {
        this.template = template;
    }

    /** The text with {@code {0}}, {@code {1}} ... replaced by the arguments, which are taken literally. */
    String format(Object... arguments) {
        StringBuilder text = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            if (isPlaceholder(i)) {
                text.append(arguments[template.charAt(i + 1) - '0']);
                i += 3;
            } else {
                text.append(template.charAt(i++));
            }
        }
        return text.toString();
    }

    private boolean isPlaceholder(int at) {
        return at + 2 < template.length() && template.charAt(at) == '{'
                && Character.isDigit(template.charAt(at + 1)) && template.charAt(at + 2) == '}';
    }
}
