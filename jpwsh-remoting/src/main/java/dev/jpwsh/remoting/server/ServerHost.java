package dev.jpwsh.remoting.server;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.remoting.protocol.MessageData;
import dev.jpwsh.remoting.protocol.RemoteHostCalls;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The host of a served session's runspaces, as pwsh's ServerRemoteHost: what a command there asks of its host's user
 * interface (Read-Host, {@code $Host.UI.Write...}, but not Write-Host's coloured write, whose information record
 * the client shows) goes to the client's host as a PIPELINE_HOST_CALL of the one
 * pipeline running, and a read waits for its PIPELINE_HOST_RESPONSE. With no pipeline running, or several, there is
 * nobody to ask: a read gets no line (the command then fails as in a host without a user) and writes are dropped.
 * {@code waiting} is a concurrent map shared by the pipelines' threads and the session's reading thread.
 */
final class ServerHost implements Host {
    private final Supplier<Collection<ServerPipeline>> running;
    private final AtomicLong lastCall = new AtomicLong();
    private final Map<Long, CompletableFuture<Object>> waiting = new ConcurrentHashMap<>();
    private final HostUserInterface ui = new RemoteUi();

    /** A host whose calls go to the pipeline {@code running} gives when it gives exactly one. */
    ServerHost(Supplier<Collection<ServerPipeline>> running) {
        this.running = running;
    }

    @Override
    public String name() {
        return "ServerRemoteHost";
    }

    @Override
    public HostUserInterface ui() {
        return ui;
    }

    /** PIPELINE_HOST_RESPONSE: hands the response to the call waiting for it. */
    void respond(Object data) {
        CompletableFuture<Object> call = waiting.remove(MessageData.number(data, "ci", -1));
        if (call != null) {
            call.complete(data);
        }
    }

    /** Sends a call of {@code method}; for one that returns a value, waits for the response and gives its text. */
    private String call(int method, Object... parameters) {
        Object response = exchange(method, parameters);
        return response == null ? null : RemoteHostCalls.result(response);
    }

    /**
     * Sends a call of {@code method}; for one that returns a value, waits for the response and gives its value, or
     * null when there is none (no single pipeline to ask, the client's host could not answer, the call failed).
     */
    private Object value(int method, Object... parameters) {
        Object response = exchange(method, parameters);
        return response == null ? null : RemoteHostCalls.value(response);
    }

    /** Sends a call of {@code method}; for one that returns a value, waits for and gives the response's data. */
    private Object exchange(int method, Object... parameters) {
        Collection<ServerPipeline> pipelines = running.get();
        if (pipelines.size() != 1) {
            return null;
        }
        long id = lastCall.incrementAndGet();
        CompletableFuture<Object> response = new CompletableFuture<>();
        boolean answered = RemoteHostCalls.answered(method);
        if (answered) {
            waiting.put(id, response);
        }
        try {
            pipelines.iterator().next().hostCall(RemoteHostCalls.call(id, method, parameters));
            return answered ? response.get() : null;
        } catch (ExecutionException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            waiting.remove(id);
        }
    }

    /** The user interface whose reads and writes are host calls. */
    private final class RemoteUi implements HostUserInterface {
        @Override
        public void write(String text) {
            call(RemoteHostCalls.WRITE1, text);
        }

        /**
         * Dropped: Write-Host shows its text this way, and the text already travels as its information record,
         * which the client shows; sending it here too would show it twice.
         */
        @Override
        public void write(Color foreground, Color background, String text) {
        }

        @Override
        public void writeLine(String text) {
            call(RemoteHostCalls.WRITE_LINE2, text);
        }

        @Override
        public void writeErrorLine(String text) {
            call(RemoteHostCalls.WRITE_ERROR_LINE, text);
        }

        @Override
        public void writeError(ErrorRecord record) {
            writeErrorLine(record.message());
        }

        @Override
        public void writeWarningLine(String text) {
            call(RemoteHostCalls.WRITE_WARNING_LINE, text);
        }

        @Override
        public void writeVerboseLine(String text) {
            call(RemoteHostCalls.WRITE_VERBOSE_LINE, text);
        }

        @Override
        public void writeDebugLine(String text) {
            call(RemoteHostCalls.WRITE_DEBUG_LINE, text);
        }

        /** Writes the prompt, then asks for the line (ReadLineAsSecureString when masked). */
        @Override
        public String readLine(String prompt, boolean mask) {
            if (prompt != null && !prompt.isEmpty()) {
                write(prompt);
            }
            return call(mask ? RemoteHostCalls.READ_LINE_AS_SECURE_STRING : RemoteHostCalls.READ_LINE);
        }

        /** PromptForChoice, laid out and asked by the client's host; its answer is the index picked. */
        @Override
        public int promptForChoice(Object caption, Object message, Object choices, int defaultChoice) {
            if (value(RemoteHostCalls.PROMPT_FOR_CHOICE, caption, message, RemoteHostCalls.choices(choices),
                    defaultChoice) instanceof Number picked) {
                return picked.intValue();
            }
            throw promptRefused();
        }

        /** PromptForCredential (pwsh's PromptForCredential1), asked by the client's host; its answer a PSCredential. */
        @Override
        public Object promptForCredential(Object caption, Object message, Object userName, Object targetName) {
            Object credential = value(RemoteHostCalls.PROMPT_FOR_CREDENTIAL1, caption, message, userName, targetName);
            if (credential == null) {
                throw promptRefused();
            }
            return credential;
        }
    }
}
