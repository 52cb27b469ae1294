package dev.jpwsh.conformance.fuzz;

import dev.jpwsh.engine.runspaces.InitialSessionState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.engine.runspaces.SessionStateCommandEntry;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.RedirectionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs fuzz inputs where they can do no harm, and reports what jpwsh must never do while running them.
 *
 * <p>Harm is kept out three ways. The runspace's InitialSessionState holds only commands that touch nothing outside
 * the runspace (no providers, processes, jobs, events, modules or sleeps), so commands added to jpwsh later stay out
 * until listed here. A script is run only if its text names no .NET or Java API that reaches files, processes, the
 * network, the environment or the JVM, or makes script from text ({@link #UNSAFE_TEXT}), if it redirects no output
 * to a file (only to {@code $null}), and if every command it calls by name is one of those
 * commands or a function it defines and never a program on the PATH; a command called through an expression
 * ({@code & $x}) is allowed only when no string in the script names a program. Mutants with a huge literal are
 * parsed but not run: the runtime refuses what no allocation may hold, but what it may hold (half the heap) is
 * still gigabytes, too much for one input of a test.
 *
 * <p>Each run gets a fresh runspace, a time limit after which it is stopped, and a bound on how long Stop may take.
 * Output is kept up to {@link #KEPT_OUTPUT} items and rendered with Out-String in the same runspace afterwards; host
 * text and error records are kept too, and all of it is searched for Java names.
 */
final class ScriptSandbox {
    /** Commands that reach nothing outside the runspace, and their aliases. */
    static final Set<String> ALLOWED_COMMANDS = Set.of("foreach-object", "where-object", "write-output", "write-host",
            "write-error", "write-warning", "write-verbose", "write-debug", "write-information", "write-progress",
            "out-null", "out-string", "get-date", "select-object", "measure-object", "sort-object", "group-object",
            "get-random", "get-variable", "set-variable", "new-variable", "remove-variable", "clear-variable",
            "set-strictmode", "new-object", "%", "foreach", "?", "where", "echo", "select", "measure", "group", "gv",
            "set", "sv", "nv", "rv", "clv");

    /** Names of APIs a script must not mention to be run (in any case, anywhere in its text). */
    static final Pattern UNSAFE_TEXT = Pattern.compile("(?i)java|jdk|sun\\.|\\bio\\.|diagnostics|environment|console"
            + "|file|director|socket|tcp|udp|dns|http|web|uri|registry|reflection|assembly|appdomain|runtime"
            + "|runspace|powershell|\\$env|env:|thread|timer|task|parallel|job|event|sleep|exec|kill|halt|delete"
            + "|import|module|\\.ps1|add-type|marshal|gc\\]|::collect|setshouldexit|nestedprompt|exit|::create"
            + "|newscriptblock|invoke-expression|\\biex\\b");

    /**
     * Java class names, Java exceptions, stack traces and the messages of common Java exceptions (a failed number
     * parse, a regex syntax error, a null dereference, a failed cast), as they would show through in output.
     */
    static final Pattern JAVA_TEXT = Pattern.compile("java\\.(lang|util|io|nio|math|time|net)\\.|dev\\.jpwsh\\."
            + "|\\[L(?:java|javax|jdk|sun|dev)\\.|Exception in thread|\\bat [a-z]+\\.[a-z.]+\\("
            + "|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]+(Exception"
            + "|Error)\\b|@[0-9a-f]{6,8}\\b|For input string: \"|near index \\d+|Cannot invoke \"|because \"<local"
            + "|cannot be cast to class");

    static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    static final Duration STOP_LIMIT = Duration.ofSeconds(5);
    static final int KEPT_OUTPUT = 200;
    private static final int KEPT_TEXT = 20_000;

    private final InitialSessionState state;
    /** How many runs were stopped at their time limit. */
    private int stopped;
    private final Map<String, Boolean> programs = new ConcurrentHashMap<>();

    ScriptSandbox() {
        state = InitialSessionState.createDefault2();
        List<String> refused = state.getCommands().stream().map(SessionStateCommandEntry::getName)
                .filter(name -> !ALLOWED_COMMANDS.contains(name.toLowerCase(Locale.ROOT))).toList();
        refused.forEach(name -> state.getCommands().Remove(name, null));
    }

    /** Why {@code text}, which parsed into {@code ast}, is not run; null when it may be. */
    String refusal(String text, ScriptBlockAst ast) {
        Matcher unsafe = UNSAFE_TEXT.matcher(text);
        if (unsafe.find()) {
            return "mentions '" + unsafe.group() + "'";
        }
        boolean writesFiles = AstSearch.findAll(ast, RedirectionAst.File.class).stream()
                .anyMatch(redirection -> !(redirection.location() instanceof ExpressionAst.Variable v
                        && v.path().userPath().equalsIgnoreCase("null")));
        if (writesFiles) {
            return "redirects to a file";
        }
        Set<String> functions = AstSearch.findAll(ast, StatementAst.FunctionDefinition.class).stream()
                .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> strings = AstSearch.findAll(ast, ExpressionAst.StringConstant.class).stream()
                .map(ExpressionAst.StringConstant::value).toList();
        for (PipelineElementAst.Command command : AstSearch.findAll(ast, PipelineElementAst.Command.class)) {
            Object name = command.elements().getFirst();
            if (name instanceof ExpressionAst.StringConstant constant) {
                String lower = constant.value().toLowerCase(Locale.ROOT);
                if (isProgram(lower) || !ALLOWED_COMMANDS.contains(lower) && !functions.contains(lower)) {
                    return "calls '" + constant.value() + "'";
                }
            } else if (!(name instanceof ExpressionAst.ScriptBlock)
                    && strings.stream().anyMatch(s -> s.contains("/") || isProgram(s))) {
                return "calls a command by expression and has a string naming a program";
            }
        }
        return null;
    }

    private boolean isProgram(String name) {
        if (name.isEmpty() || name.length() > 64 || !name.matches("[\\w.+-]+")) {
            return false;
        }
        return programs.computeIfAbsent(name, n -> {
            String path = System.getenv("PATH");
            if (path == null) {
                return false;
            }
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, n))) {
                    return true;
                }
            }
            return false;
        });
    }

    int stopped() {
        return stopped;
    }

    /** Runs {@code text} in a fresh runspace and returns what it did wrong. */
    List<Finding> run(String text) {
        List<Finding> findings = new ArrayList<>();
        CapturingHost host = new CapturingHost(KEPT_TEXT);
        Runspace runspace = RunspaceFactory.createRunspace(host, state);
        runspace.open();
        PowerShell ps = PowerShell.create(runspace);
        BoundedOutput output = new BoundedOutput(KEPT_OUTPUT);
        CompletableFuture<Void> invocation = CompletableFuture.runAsync(() -> ps.addScript(text).invoke(null, output),
                command -> Thread.ofVirtual().name("fuzz input").start(command));
        Throwable failure = awaitOrStop(invocation, ps, findings);
        if (failure != null) {
            check(failure, findings);
        }
        if (findings.stream().noneMatch(f -> f.kind() == Finding.Kind.STOP_HANG)) {
            host.append(render(runspace, output.items(), findings));
            for (Object error : ps.getStreams().getError()) {
                host.append(LanguagePrimitives.toString(error));
                if (error instanceof ErrorRecord record && record.exception() != null) {
                    host.append(String.valueOf(record.exception().getMessage()));
                }
            }
            searchJavaText(host.text(), findings);
            runspace.close();
        }
        return findings;
    }

    private Throwable awaitOrStop(CompletableFuture<Void> invocation, PowerShell ps, List<Finding> findings) {
        try {
            invocation.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            stopped++;
            try {
                ps.stopAsync().get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                invocation.handle((ignored, failure) -> null).get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stuck) {
                findings.add(new Finding(Finding.Kind.STOP_HANG, "Stop did not end it within "
                        + STOP_LIMIT.toSeconds() + " s"));
            } catch (ExecutionException | InterruptedException other) {
                findings.add(new Finding(Finding.Kind.INTERNAL_ERROR, "Stop failed: " + other));
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running a fuzz input", e);
        }
    }

    /** The output as Out-String renders it, in the same runspace. */
    private static String render(Runspace runspace, List<Object> items, List<Finding> findings) {
        if (items.isEmpty()) {
            return "";
        }
        try {
            PowerShell ps = PowerShell.create(runspace);
            return String.join("\n", ps.addCommand("Out-String").invoke(items, String.class));
        } catch (RuntimeException | StackOverflowError failure) {
            check(failure, findings);
            return "";
        }
    }

    /**
     * A terminating error is fine if PowerShell's. Some Java exceptions stand for .NET ones (IllegalArgumentException
     * is System.ArgumentException, which a script may throw), so an internal error is a Java Error or an exception no
     * .NET type is emulated by: a null dereference, a failed cast, an index out of bounds.
     */
    private static void check(Throwable failure, List<Finding> findings) {
        if (isInternal(failure)) {
            findings.add(new Finding(Finding.Kind.INTERNAL_ERROR, describe(failure)));
        } else if (failure.getMessage() != null && JAVA_TEXT.matcher(failure.getMessage()).find()) {
            findings.add(new Finding(Finding.Kind.JAVA_TEXT, "terminating error: " + failure.getMessage()));
        }
    }

    static boolean isInternal(Throwable failure) {
        return failure instanceof Error || failure instanceof NullPointerException
                || failure instanceof ClassCastException || failure instanceof IndexOutOfBoundsException
                || failure instanceof NegativeArraySizeException
                || failure instanceof java.util.ConcurrentModificationException
                || failure instanceof java.util.NoSuchElementException;
    }

    static String describe(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return failure.getClass().getName() + ": " + failure.getMessage() + where;
    }

    private static void searchJavaText(String text, List<Finding> findings) {
        Matcher java = JAVA_TEXT.matcher(text);
        if (java.find()) {
            int from = Math.max(0, java.start() - 60);
            int to = Math.min(text.length(), java.end() + 60);
            findings.add(new Finding(Finding.Kind.JAVA_TEXT, "output shows '" + java.group() + "' in: "
                    + text.substring(from, to).replace('\n', ' ')));
        }
    }
}
