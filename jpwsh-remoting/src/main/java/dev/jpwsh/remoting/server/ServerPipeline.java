package dev.jpwsh.remoting.server;

import dev.jpwsh.engine.exec.InformationRecord;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.runspaces.PSInvocationState;
import dev.jpwsh.engine.runspaces.PowerShell;
import dev.jpwsh.engine.runspaces.PowerShellAsyncResult;
import dev.jpwsh.engine.runspaces.RunspacePool;
import dev.jpwsh.remoting.protocol.MessageData;
import dev.jpwsh.remoting.protocol.RemoteRecords;
import dev.jpwsh.remoting.protocol.UsingValues;
import dev.jpwsh.remoting.wire.MessageType;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One CREATE_PIPELINE on the server: a PowerShell on the session's pool, fed by PIPELINE_INPUT, whose output and
 * streams go back as they are written, then PIPELINE_STATE. Each item is sent on the pipeline's own thread and
 * dropped from the local collections once sent, so a client that reads slowly holds the pipeline up instead of
 * making the server keep its output.
 */
final class ServerPipeline {
    /** Sends one message of this pipeline; throws UncheckedIOException when the connection is gone. */
    interface Sender {
        void send(MessageType type, Object data);
    }

    private final UUID id;
    private final PowerShell shell = PowerShell.create();
    private final PSDataCollection<Object> input;
    private final Sender sender;
    /** Whether the client's RemoteStreamOptions ask for error records with where they happened. */
    private final boolean errorInvocationInfo;

    ServerPipeline(UUID id, Object data, RunspacePool pool, Sender sender) {
        this.id = id;
        this.sender = sender;
        shell.setRunspacePool(pool);
        Object powerShell = MessageData.property(data, "PowerShell");
        addStatement(MessageData.property(powerShell, "Cmds"));
        if (MessageData.property(powerShell, "ExtraCmds") instanceof Iterable<?> extra) {
            for (Object statement : extra) {
                shell.addStatement();
                addStatement(MessageData.property(statement, "Cmds"));
            }
        }
        input = MessageData.flag(data, "NoInput") ? null : new PSDataCollection<>();
        errorInvocationInfo = RemoteRecords.asksErrorInvocationInfo(MessageData.property(data, "RemoteStreamOptions"));
    }

    UUID id() {
        return id;
    }

    /**
     * Adds one statement's commands; a script's {@code $using:} table (pwsh's {@value UsingValues#TABLE_PARAMETER}
     * parameter) becomes parameters of the script ({@link UsingValues#parameterized}).
     */
    private void addStatement(Object commands) {
        if (!(commands instanceof Iterable<?> list)) {
            return;
        }
        for (Object c : list) {
            String text = String.valueOf(MessageData.property(c, "Cmd"));
            Object local = MessageData.property(c, "UseLocalScope");
            boolean script = MessageData.flag(c, "IsScript");
            Map<?, ?> usingTable = script ? usingTable(MessageData.property(c, "Args")) : null;
            UsingValues.Parameterized parameterized = usingTable == null ? null
                    : UsingValues.parameterized(text, usingTable);
            if (script) {
                shell.addScript(parameterized == null ? text : parameterized.script(), Boolean.TRUE.equals(local));
            } else if (local instanceof Boolean b) {
                shell.addCommand(text, b);
            } else {
                shell.addCommand(text);
            }
            if (MessageData.property(c, "Args") instanceof Iterable<?> args) {
                for (Object arg : args) {
                    Object name = MessageData.property(arg, "N");
                    Object value = MessageData.property(arg, "V");
                    if (name == null) {
                        shell.addArgument(value);
                    } else if (usingTable == null || !UsingValues.isTableParameter(String.valueOf(name))) {
                        shell.addParameter(String.valueOf(name), value);
                    }
                }
            }
            if (parameterized != null) {
                parameterized.parameters().forEach(shell::addParameter);
            }
        }
    }

    /** {@return the value of a script's using-values table parameter among {@code args}, or null when there is none} */
    private static Map<?, ?> usingTable(Object args) {
        if (args instanceof Iterable<?> list) {
            for (Object arg : list) {
                Object name = MessageData.property(arg, "N");
                if (name != null && UsingValues.isTableParameter(String.valueOf(name))
                        && MessageData.property(arg, "V") instanceof Map<?, ?> table) {
                    return table;
                }
            }
        }
        return null;
    }

    /** Sends a host call of this pipeline's commands to the client (PIPELINE_HOST_CALL). */
    void hostCall(Object data) {
        sender.send(MessageType.PIPELINE_HOST_CALL, data);
    }

    /** PIPELINE_INPUT: one more input item. */
    void input(Object item) {
        if (input != null) {
            input.Add(item);
        }
    }

    /** END_OF_PIPELINE_INPUT. */
    void endOfInput() {
        if (input != null) {
            input.complete();
        }
    }

    /** A Signal: stops the pipeline; its end is reported as Stopped. */
    void stop() {
        shell.stopAsync();
    }

    /**
     * Runs the pipeline to its end on the calling thread and sends its final state.
     *
     * @param ended told when the pipeline has ended, whatever the outcome
     */
    void run(Consumer<UUID> ended) {
        PSDataCollection<Object> output = new PSDataCollection<>();
        forward(output, item -> sender.send(MessageType.PIPELINE_OUTPUT, item));
        var streams = shell.getStreams();
        forward(streams.getError(), r -> sender.send(MessageType.ERROR_RECORD, r instanceof ErrorRecord e
                ? RemoteRecords.error(e, errorInvocationInfo) : r));
        forward(streams.getWarning(), r -> sender.send(MessageType.WARNING_RECORD, informational(r)));
        forward(streams.getVerbose(), r -> sender.send(MessageType.VERBOSE_RECORD, informational(r)));
        forward(streams.getDebug(), r -> sender.send(MessageType.DEBUG_RECORD, informational(r)));
        forward(streams.getInformation(), r -> sender.send(MessageType.INFORMATION_RECORD,
                r instanceof InformationRecord i ? RemoteRecords.information(i) : r));
        forward(streams.getProgress(), r -> sender.send(MessageType.PROGRESS_RECORD,
                r instanceof ProgressRecord p ? RemoteRecords.progress(p) : r));
        Object reason = null;
        try {
            PowerShellAsyncResult result = shell.beginInvoke(input, output);
            shell.endInvoke(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shell.stop();
        } catch (RuntimeException failure) {
            reason = RemoteRecords.reason(failure, "RemotePipelineExecutionFailed");
        }
        try {
            PSInvocationState state = shell.getInvocationStateInfo().state();
            Throwable why = shell.getInvocationStateInfo().reason();
            if (state == PSInvocationState.Stopped && why != null) {
                reason = RemoteRecords.reason(why, "PipelineStopped");
            }
            sender.send(MessageType.PIPELINE_STATE, MessageData.state("PipelineState", state.ordinal(), reason));
        } catch (UncheckedIOException clientGone) {
            // the connection has ended: nobody is left to tell
        } finally {
            shell.dispose();
            ended.accept(id);
        }
    }

    private static Object informational(Object record) {
        return record instanceof InformationalRecord r ? RemoteRecords.informational(r) : record;
    }

    /** Sends each item {@code stream} gets, then drops it from the collection. */
    private static void forward(PSDataCollection<Object> stream, Consumer<Object> send) {
        stream.addDataAddedListener(item -> {
            send.accept(item);
            stream.clear();
        });
    }
}
