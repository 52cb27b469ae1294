package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import java.util.List;

/**
 * A script file run as a command ({@code & ./x.ps1}, {@code . ./x.ps1}, {@code ./x.ps1}): its code runs with
 * {@code $PSScriptRoot} and {@code $PSCommandPath} naming its own file, as pwsh sets them for every script block that
 * comes from a file. Run in a scope of its own, the script finds them there; dot-sourced, it runs in its caller's
 * scope, whose own values come back when it ends.
 */
final class ScriptFileCommand {
    /** The key of {@code $PSCommandPath}, which is also where a script's {@code $MyInvocation} finds its path. */
    static final String COMMAND_PATH_KEY = "pscommandpath";
    private static final String SCRIPT_ROOT_KEY = "psscriptroot";

    private ScriptFileCommand() {
    }

    static CommandProcessor processor(Frame caller, java.nio.file.Path script, String name, boolean dotSource,
            List<CommandArgument> args, boolean takesInput) {
        ScriptBlock block = ScriptFiles.load(script);
        Frame frame = dotSource ? caller : ScriptFiles.scriptFrame(caller);
        String path = script.toString();
        String root = script.getParent() == null ? "" : script.getParent().toString();
        FunctionProcessor body = new FunctionProcessor(block, frame, args, takesInput, name);
        if (!dotSource) {
            setPaths(frame, path, root);
            return body;
        }
        return new DotSourced(body, frame, path, root);
    }

    private static void setPaths(Frame frame, Object path, Object root) {
        frame.setLocal(COMMAND_PATH_KEY, "PSCommandPath", path);
        frame.setLocal(SCRIPT_ROOT_KEY, "PSScriptRoot", root);
    }

    /** A dot-sourced script: its paths are in force while its blocks run, its caller's again in between and after. */
    private static final class DotSourced implements CommandProcessor {
        private final CommandProcessor body;
        private final Frame frame;
        private final String path;
        private final String root;

        DotSourced(CommandProcessor body, Frame frame, String path, String root) {
            this.body = body;
            this.frame = frame;
            this.path = path;
            this.root = root;
        }

        @Override
        public void begin(Pipe downstream) {
            run(() -> body.begin(downstream));
        }

        @Override
        public void process(Object input) {
            run(() -> body.process(input));
        }

        @Override
        public void processWithoutInput() {
            run(body::processWithoutInput);
        }

        @Override
        public void end() {
            run(body::end);
        }

        @Override
        public void cleanup() {
            run(body::cleanup);
        }

        @Override
        public boolean requested(dev.jpwsh.engine.exec.FlowSignal.StopUpstream stop) {
            return body.requested(stop);
        }

        private void run(Runnable step) {
            Object callerPath = frame.variable(COMMAND_PATH_KEY);
            Object callerRoot = frame.variable(SCRIPT_ROOT_KEY);
            setPaths(frame, path, root);
            try {
                step.run();
            } finally {
                setPaths(frame, callerPath, callerRoot);
            }
        }
    }
}
