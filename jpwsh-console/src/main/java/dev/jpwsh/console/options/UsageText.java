package dev.jpwsh.console.options;

/**
 * The help texts: a synopsis printed for {@code -Help} and after most command-line errors, and the per-parameter
 * details that {@code -Help} adds. Laid out like pwsh's help, in jpwsh's own words.
 */
public final class UsageText {
    public static final String SYNOPSIS = """
            Usage: jpwsh [-Login] [[-File] <filePath> [args]]
                         [-Command { - | <string> [<CommandParameters>] } ]
                         [-CommandWithArgs <string> [<CommandParameters>]]
                         [-EncodedCommand <Base64EncodedCommand>]
                         [-ExecutionPolicy <ExecutionPolicy>] [-InputFormat {Text | XML}]
                         [-Interactive] [-NoExit] [-NoLogo] [-NonInteractive] [-NoProfile]
                         [-NoProfileLoadTime] [-OutputFormat {Text | XML}]
                         [-SettingsFile <filePath>] [-Version]
                         [-WorkingDirectory <directoryPath>]

                   jpwsh -h | -Help | -? | /?

            jpwsh runs PowerShell 7 scripts on the Java virtual machine.

            Parameter names are case-insensitive, may start with -, -- or /, and may be shortened
            as long as the short form still picks one parameter (-nop is -NoProfile).""";

    public static final String DETAILS = """


            -File | -f
                Runs a script file and exits. The arguments after the path go to the script:
                "-Name value" and "-Name:value" bind by name, the others by position, and
                "-Flag:$false" passes a Boolean. A path of "-" reads commands from standard
                input. -File is implied when the first argument is not a parameter, so
                "jpwsh build.ps1 -Target Release" runs build.ps1 with -Target Release.

            -Command | -c
                Runs the rest of the command line, joined with spaces, as PowerShell script text
                and exits. A value of "-" reads the script text from standard input, which must
                then be redirected from a file or a pipe.

            -CommandWithArgs | -cwa
                Runs the next argument as script text; the arguments after it reach the script
                in $args.

            -EncodedCommand | -e | -ec
                Like -Command, with the script text given as Base64 of its UTF-16LE bytes, which
                spares it from the quoting rules of the calling shell.

            -ExecutionPolicy | -ex | -ep
                Names the execution policy for the session (Default, RemoteSigned, Bypass,
                AllSigned, Restricted, Unrestricted or Undefined).

            -InputFormat | -inp | -if
            -OutputFormat | -o | -of
                The format of data read from standard input or written to standard output:
                Text (the default) or XML.

            -Interactive | -i
                Keeps the session interactive, overriding -NonInteractive.

            -Login | -l
                Accepted for compatibility with login shells; it changes nothing.

            -NoExit | -noe
                Stays in an interactive session after running the script or command.

            -NoLogo | -nol
                Starts an interactive session without the banner.

            -NonInteractive | -noni
                Fails any attempt to prompt the user instead of waiting for an answer.

            -NoProfile | -nop
                Does not run the profile scripts.

            -NoProfileLoadTime
                Does not report how long the profiles took to load.

            -SettingsFile | -settings
                Reads the session settings from the given JSON file.

            -Version | -v
                Prints the PowerShell version jpwsh follows and exits.

            -WorkingDirectory | -wo | -wd
                The directory the session starts in.

            -Help | -h | -?
                Prints this text and exits.""";

    private UsageText() {
    }
}
