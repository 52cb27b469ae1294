package dev.jpwsh.commands.process;

import dev.jpwsh.engine.command.AllowEmptyCollection;
import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Get-Clipboard and Set-Clipboard through the desktop's clipboard tool, found on the session's PATH: wl-paste and
 * wl-copy under Wayland, else xclip or xsel. Without one, each reports a ClipboardToolNotFound error saying what to
 * install, instead of failing silently.
 */
public final class ClipboardCommands {
    private ClipboardCommands() {
    }

    /** Get-Clipboard: the clipboard's text as lines, or as one string with -Raw. */
    @DotNetName("Microsoft.PowerShell.Commands.GetClipboardCommand")
    @dev.jpwsh.engine.command.OutputType({"System.String"})
    public static final class GetClipboard extends ClipboardCmdlet {
        @Parameter
        private boolean raw;

        @Override
        protected void endProcessing() {
            String text = run(true, null);
            if (raw) {
                writeObject(text);
                return;
            }
            String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            for (String line : trimmed.split("\r?\n", -1)) {
                writeObject(line);
            }
        }
    }

    /** Set-Clipboard: the values, one per line (-Append adds to what is there; -PassThru writes them on). */
    @DotNetName("Microsoft.PowerShell.Commands.SetClipboardCommand")
    @dev.jpwsh.engine.command.OutputType({"System.String"})
    @SupportsShouldProcess
    public static final class SetClipboard extends ClipboardCmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
        @AllowNull
        @AllowEmptyString
        @AllowEmptyCollection
        private Object[] value;

        @Parameter
        private boolean append;

        @Parameter
        private boolean passThru;

        private final List<String> lines = new ArrayList<>();

        @Override
        protected void processRecord() {
            for (Object item : value) {
                lines.add(LanguagePrimitives.toString(item));
                if (passThru) {
                    writeObject(item);
                }
            }
        }

        @Override
        protected void endProcessing() {
            String text = String.join("\n", lines);
            if (append) {
                String existing = run(true, null);
                text = existing.isEmpty() ? text : existing.replaceAll("\n$", "") + "\n" + text;
            }
            run(false, text);
        }
    }

    /** What both clipboard cmdlets share: running the clipboard tool. */
    abstract static class ClipboardCmdlet extends Cmdlet {
        /** Reads the clipboard ({@code read}) or writes {@code text} to it. */
        final String run(boolean read, String text) {
            return ClipboardCommands.run(this, frame().context(), read, text);
        }

        final RuntimeException fail(ErrorRecord record) {
            return terminatingError(record);
        }
    }

    private static String run(ClipboardCmdlet cmdlet, ExecutionContext context, boolean read, String text) {
        List<String> command = tool(context, read);
        if (command == null) {
            throw cmdlet.fail(error("ClipboardToolNotFound", "No clipboard tool was found: install "
                    + "wl-clipboard (Wayland), xclip or xsel, and run the command again."));
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(context.environment().snapshot());
            Process process = builder.start();
            try (OutputStream input = process.getOutputStream()) {
                if (!read) {
                    input.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw cmdlet.fail(error("ClipboardToolFailed", command.getFirst() + " failed: "
                        + output.strip()));
            }
            return read ? output : "";
        } catch (IOException e) {
            throw cmdlet.fail(error("ClipboardToolFailed", command.getFirst() + " failed: "
                    + dev.jpwsh.runtime.error.ExceptionNames.message(e)));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw dev.jpwsh.engine.exec.RuntimeFailures.pipelineStopped();
        }
    }

    private static List<String> tool(ExecutionContext context, boolean read) {
        if (context.environment().get("WAYLAND_DISPLAY") != null) {
            String tool = read ? "wl-paste" : "wl-copy";
            if (onPath(context, tool)) {
                return read ? List.of(tool, "--no-newline") : List.of(tool);
            }
        }
        if (onPath(context, "xclip")) {
            return read ? List.of("xclip", "-selection", "clipboard", "-out")
                    : List.of("xclip", "-selection", "clipboard", "-in");
        }
        if (onPath(context, "xsel")) {
            return read ? List.of("xsel", "--clipboard", "--output") : List.of("xsel", "--clipboard", "--input");
        }
        return null;
    }

    private static boolean onPath(ExecutionContext context, String program) {
        Object path = context.environment().get("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.toString().split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static ErrorRecord error(String id, String message) {
        return ProcessErrors.record(id, "ResourceUnavailable", message, null, "System.PlatformNotSupportedException");
    }
}
