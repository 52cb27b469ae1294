package dev.jpwsh.engine.exec;

import dev.jpwsh.language.ast.RedirectionAst.Stream;

/**
 * Where the error, warning, verbose, debug and information streams go while a command runs: a pipe (the
 * command's output for {@code 3>&1}, a file or nothing for {@code 3>$null}), or null for the host; and where
 * progress records go, which no redirection operator reaches but an invocation's Streams.Progress does.
 * It also keeps the error pipe of the invocation itself (pwsh's external error output: a [powershell] instance's
 * Error stream, or null for the host), where the errors of script text run by InvokeScript go unless it asks for
 * the current error pipe. Immutable; a redirection makes a new one and restores the previous one when its command
 * returns.
 */
public final class StreamRedirects {
    public static final StreamRedirects NONE = new StreamRedirects(new Pipe[Stream.values().length], null, null);

    private final Pipe[] targets;
    private final Pipe progress;
    private final Pipe externalErrors;

    private StreamRedirects(Pipe[] targets, Pipe progress, Pipe externalErrors) {
        this.targets = targets;
        this.progress = progress;
        this.externalErrors = externalErrors;
    }

    /** These redirects, their error target becoming the invocation's own error pipe (an invocation starts). */
    public StreamRedirects asInvocation() {
        return new StreamRedirects(targets, progress, target(Stream.ERROR));
    }

    /** These redirects with errors sent to the invocation's own error pipe instead of the current one. */
    public StreamRedirects toExternalErrors() {
        return with(Stream.ERROR, externalErrors);
    }

    /** Where the stream goes, or null when the host shows it. */
    public Pipe target(Stream stream) {
        return targets[stream.ordinal()];
    }

    /** These redirects with {@code stream} (every one but output for ALL) sent to {@code pipe}. */
    public StreamRedirects with(Stream stream, Pipe pipe) {
        Pipe[] copy = targets.clone();
        for (Stream s : Stream.values()) {
            if (s == stream || stream == Stream.ALL && s != Stream.OUTPUT && s != Stream.ALL) {
                copy[s.ordinal()] = pipe;
            }
        }
        return new StreamRedirects(copy, progress, externalErrors);
    }

    /** Where progress records go, or null when the host shows them. */
    public Pipe progress() {
        return progress;
    }

    /** These redirects with progress records sent to {@code pipe}. */
    public StreamRedirects withProgress(Pipe pipe) {
        return new StreamRedirects(targets, pipe, externalErrors);
    }
}
