package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * jpwsh's console in a real pseudo-terminal: a tmux session of its own (own server socket, 120 by 40) running the
 * console from the test's class path, as the launcher runs it, with HOME and XDG_DATA_HOME in a folder of the test's.
 * Keys go in with {@code send-keys}; the screen comes back with {@code capture-pane}. Every wait polls the screen up to
 * a generous deadline, so a loaded machine makes a test slower, never wrong.
 */
final class TmuxConsole implements AutoCloseable {
    static final long STARTUP_MILLIS = 90_000;
    static final long STEP_MILLIS = 30_000;
    private static final long POLL_MILLIS = 20;

    private final String socket = "jpwsh-test-" + UUID.randomUUID();
    /** How the console's prompt begins. */
    private final String prompt;

    /** Where the start script writes the console's exit code. */
    private final Path exitFile;

    private TmuxConsole(String prompt, Path exitFile) {
        this.prompt = prompt;
        this.exitFile = exitFile;
    }

    static boolean tmuxInstalled() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException unavailable) {
            return false;
        }
    }

    /** Starts the console with {@code arguments} in {@code home}, and waits for its first prompt. */
    static TmuxConsole start(Path home, String... arguments) throws Exception {
        return startWithPrompt("PS ", home, arguments);
    }

    /** Starts the console, whose prompt begins with {@code prompt}, and waits for that prompt. */
    static TmuxConsole startWithPrompt(String prompt, Path home, String... arguments) throws Exception {
        TmuxConsole console = new TmuxConsole(prompt, home.resolve("exit-status"));
        Files.deleteIfExists(console.exitFile);
        Path script = home.resolve("start-jpwsh.sh");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-Xss8m", "-Djpwsh.terminal=012", "-cp",
                System.getProperty("java.class.path"), "dev.jpwsh.console.Main"));
        command.addAll(List.of(arguments));
        StringBuilder text = new StringBuilder("#!/bin/sh\nexport HOME=" + quote(home.toString()) + "\n"
                + "export XDG_DATA_HOME=" + quote(home.resolve("data").toString()) + "\n"
                + "export XDG_CONFIG_HOME=" + quote(home.resolve("config").toString()) + "\n"
                + "cd " + quote(home.toString()) + "\n"
                // Ctrl+C is the console's to handle: the shell waiting for it only notes the signal
                + "trap : INT\n");
        for (String part : command) {
            text.append(quote(part)).append(' ');
        }
        text.append("\necho $? > ").append(quote(console.exitFile.toString())).append('\n');
        Files.writeString(script, text.toString(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        console.tmux("new-session", "-d", "-x", "120", "-y", "40", script.toString());
        console.tmux("set-option", "-g", "remain-on-exit", "on");
        console.waitFor(screen -> screen.lines().anyMatch(line -> line.startsWith(prompt)), STARTUP_MILLIS);
        return console;
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Types {@code text} literally (tmux reads a final {@code ;} as the end of its command unless escaped). */
    void type(String text) throws Exception {
        if (text.endsWith(";")) {
            tmux("send-keys", "-l", text.substring(0, text.length() - 1));
            tmux("send-keys", "-l", "\\;");
        } else {
            tmux("send-keys", "-l", text);
        }
    }

    /** Presses keys by tmux's names: Enter, Tab, Up, C-c, C-r. */
    void press(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types a line and presses Enter. */
    void enter(String line) throws Exception {
        type(line);
        press("Enter");
    }

    /** Types a command, presses Enter and waits for the next prompt, as a user reads the output before going on. */
    String run(String command) throws Exception {
        long before = prompts(screen());
        enter(command);
        return waitFor(screen -> prompts(screen) > before, STEP_MILLIS);
    }

    /** How many lines of the screen and the lines above it begin with the prompt. */
    long prompts(String screen) {
        return screen.lines().filter(line -> line.startsWith(prompt)).count();
    }

    /** The screen and the lines scrolled off it. */
    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-S", "-");
    }

    /** The visible screen with its colours, as escape sequences. */
    String coloredScreen() throws Exception {
        return tmux("capture-pane", "-p", "-e");
    }

    /** Waits until the screen satisfies {@code condition}; fails with the screen when it does not in time. */
    String waitFor(Predicate<String> condition, long timeoutMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                fail("the screen did not show what was awaited in " + timeoutMillis + " ms:\n" + screen);
            }
            Thread.sleep(POLL_MILLIS);
            screen = screen();
        }
        return screen;
    }

    String waitFor(String text) throws Exception {
        return waitFor(screen -> screen.contains(text), STEP_MILLIS);
    }

    /** The console's exit code, waiting for it to end. */
    int exitStatus() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STEP_MILLIS);
        while (!Files.exists(exitFile) || Files.readString(exitFile).isBlank()) {
            if (System.nanoTime() > deadline) {
                fail("the console did not end in " + STEP_MILLIS + " ms:\n" + screen());
            }
            Thread.sleep(POLL_MILLIS);
        }
        return Integer.parseInt(Files.readString(exitFile).strip());
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(STEP_MILLIS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not answer");
        }
        return output;
    }

    @Override
    public void close() throws Exception {
        tmux("kill-server");
    }
}
