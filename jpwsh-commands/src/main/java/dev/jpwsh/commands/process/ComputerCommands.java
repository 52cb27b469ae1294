package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Restart-Computer and Stop-Computer on Linux, which run {@code shutdown -r now} or {@code shutdown -P now} as pwsh
 * does. -WhatIf only says what would happen. Without root privileges each refuses with a CommandFailed error. As
 * root, jpwsh also asks that {@code $env:JPWSH_ALLOW_SHUTDOWN} be 1 before it shuts the computer down: test suites
 * (pwsh's own among them) call these cmdlets expecting a test hook jpwsh does not have, and a build machine running
 * them as root must not go down.
 */
public final class ComputerCommands {
    static final String ALLOW_VARIABLE = "JPWSH_ALLOW_SHUTDOWN";

    private ComputerCommands() {
    }

    /** Restart-Computer. */
    @DotNetName("Microsoft.PowerShell.Commands.RestartComputerCommand")
    @SupportsShouldProcess
    public static final class RestartComputer extends ShutdownCmdlet {
        public RestartComputer() {
            super("Restart-Computer", "-r", "restart");
        }
    }

    /** Stop-Computer. */
    @DotNetName("Microsoft.PowerShell.Commands.StopComputerCommand")
    @SupportsShouldProcess
    public static final class StopComputer extends ShutdownCmdlet {
        public StopComputer() {
            super("Stop-Computer", "-P", "stop");
        }
    }

    abstract static class ShutdownCmdlet extends Cmdlet {
        private final String name;
        private final String option;
        private final String verb;

        @Parameter(position = 0, valueFromPipelineByPropertyName = true, aliases = {"CN", "__SERVER", "Server",
            "IPAddress"})
        private String[] computerName;

        @Parameter
        private boolean force;

        ShutdownCmdlet(String name, String option, String verb) {
            this.name = name;
            this.option = option;
            this.verb = verb;
        }

        @Override
        protected void endProcessing() {
            if (computerName != null) {
                for (String computer : computerName) {
                    if (!computer.equalsIgnoreCase("localhost") && !computer.equals(".")) {
                        throw terminatingError(failed("jpwsh can " + verb + " only the local computer, not '"
                                + computer + "'."));
                    }
                }
            }
            if (LanguagePrimitives.isTrue(frame().variable("whatifpreference"))) {
                ui().writeLine("What if: Performing the operation \"" + name + "\" on target \"localhost\".");
                return;
            }
            if (!isRoot()) {
                throw terminatingError(failed("Only root may " + verb + " this computer: run jpwsh with sudo."));
            }
            if (!"1".equals(frame().context().environment().get(ALLOW_VARIABLE))) {
                throw terminatingError(failed("jpwsh does not " + verb + " the computer unless $env:" + ALLOW_VARIABLE
                        + " is 1, so that a test run as root never shuts its machine down."));
            }
            try {
                Process shutdown = new ProcessBuilder("shutdown", option, "now").inheritIO().start();
                if (shutdown.waitFor() != 0) {
                    throw terminatingError(failed("shutdown " + option + " now ended with exit code "
                            + shutdown.exitValue() + "."));
                }
            } catch (IOException e) {
                throw terminatingError(failed("shutdown could not be run: "
                        + dev.jpwsh.runtime.error.ExceptionNames.message(e)));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw dev.jpwsh.engine.exec.RuntimeFailures.pipelineStopped();
            }
        }

        private static dev.jpwsh.runtime.error.ErrorRecord failed(String message) {
            return ProcessErrors.record("CommandFailed", "OperationStopped", message, "localhost",
                    "System.InvalidOperationException");
        }

        private static boolean isRoot() {
            try {
                return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
            } catch (IOException | RuntimeException unknown) {
                return false;
            }
        }
    }
}
