package dev.jpwsh.remoting.protocol;

import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.PSObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Host calls (MS-PSRP PIPELINE_HOST_CALL and PIPELINE_HOST_RESPONSE): a server's host asks the client's to read a
 * line or to write text. A call carries its call id ({@code ci}), its method ({@code mi}, pwsh's RemoteHostMethodId
 * number) and its parameters ({@code mp}); a response to a method that returns a value carries the call id, the
 * method, and the value ({@code mr}) or the error ({@code me}). The methods this side knows are the user interface's
 * reads and writes; any other that returns a value is answered with pwsh's HostFunctionNotImplemented.
 */
public final class RemoteHostCalls {
    public static final int READ_LINE = 11;
    public static final int READ_LINE_AS_SECURE_STRING = 12;
    public static final int WRITE1 = 13;
    private static final int WRITE2 = 14;
    public static final int WRITE_LINE2 = 16;
    public static final int WRITE_ERROR_LINE = 18;
    public static final int WRITE_DEBUG_LINE = 19;
    public static final int WRITE_VERBOSE_LINE = 21;
    public static final int WRITE_WARNING_LINE = 22;
    /** pwsh's method names by number, for the numbers this side reads by name. */
    private static final Map<String, Integer> BY_NAME = Map.of("ReadLine", READ_LINE, "ReadLineAsSecureString",
            READ_LINE_AS_SECURE_STRING, "Write1", WRITE1, "Write2", WRITE2, "WriteLine1", 15, "WriteLine2",
            WRITE_LINE2, "WriteLine3", 17, "WriteErrorLine", WRITE_ERROR_LINE, "WriteDebugLine", WRITE_DEBUG_LINE,
            "WriteVerboseLine", WRITE_VERBOSE_LINE);
    /** The methods that return nothing, so get no response: the writes, SetShouldExit and the notifications. */
    private static final List<Integer> VOID = List.of(6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22);

    private RemoteHostCalls() {
    }

    /** {@return a host call's data} */
    public static PSObject call(long callId, int method, Object... parameters) {
        PSObject data = MessageData.bag();
        data.set("ci", callId);
        data.set("mi", method);
        data.set("mp", new ArrayList<>(Arrays.asList(parameters)));
        return data;
    }

    /** {@return whether {@code method} returns a value, so that its caller waits for a response} */
    public static boolean answered(int method) {
        return !VOID.contains(method);
    }

    /** {@return the method number of a received call or response: a number, or pwsh's enum by its name} */
    public static int method(Object data) {
        Object mi = MessageData.property(data, "mi");
        if (mi instanceof Number n) {
            return n.intValue();
        }
        Integer known = BY_NAME.get(String.valueOf(mi));
        return known == null ? -1 : known;
    }

    /**
     * Runs a received call on {@code host}, or on no host when it is null.
     *
     * @return the response's data, or null for a method that returns nothing
     */
    public static PSObject execute(Object data, Host host) {
        int method = method(data);
        List<Object> parameters = new ArrayList<>();
        if (MessageData.property(data, "mp") instanceof Iterable<?> items) {
            items.forEach(parameters::add);
        }
        HostUserInterface ui = host == null ? null : host.ui();
        Object result = null;
        RuntimeException failure = null;
        try {
            result = run(ui, method, parameters);
        } catch (RuntimeException e) {
            failure = e;
        }
        if (!answered(method)) {
            return null;
        }
        PSObject response = MessageData.bag();
        response.set("ci", MessageData.number(data, "ci", 0));
        response.set("mi", method);
        if (failure != null) {
            response.set("me", RemoteRecords.reason(failure, "HostFunctionNotImplemented"));
        } else {
            response.set("mr", result);
        }
        return response;
    }

    /** {@return the text a received response carries, or null when it carries an error instead} */
    public static String result(Object response) {
        Object value = MessageData.property(response, "mr");
        return value == null || MessageData.property(response, "me") != null ? null : String.valueOf(value);
    }

    private static Object run(HostUserInterface ui, int method, List<Object> parameters) {
        String text = parameters.isEmpty() ? "" : String.valueOf(parameters.getLast());
        if (ui == null) {
            throw notImplemented(method);
        }
        switch (method) {
            case READ_LINE, READ_LINE_AS_SECURE_STRING -> {
                String line = ui.readLine("", method == READ_LINE_AS_SECURE_STRING);
                if (line == null) {
                    throw notImplemented(method);
                }
                return line;
            }
            case WRITE1 -> ui.write(text);
            case WRITE2 -> ui.write(color(parameters.get(0)), color(parameters.get(1)), text);
            case 15 -> ui.writeLine("");
            case WRITE_LINE2, 17 -> ui.writeLine(text);
            case WRITE_ERROR_LINE -> ui.writeErrorLine(text);
            case WRITE_DEBUG_LINE -> ui.writeDebugLine(text);
            case WRITE_VERBOSE_LINE -> ui.writeVerboseLine(text);
            case WRITE_WARNING_LINE -> ui.writeWarningLine(text);
            default -> {
                if (answered(method)) {
                    throw notImplemented(method);
                }
            }
        }
        return null;
    }

    private static HostUserInterface.Color color(Object value) {
        return RemoteRecords.color(value);
    }

    /** The client's host cannot run {@code method}; the server then fails as a host without a user does. */
    private static PSRuntimeException notImplemented(int method) {
        return new PSRuntimeException("HostFunctionNotImplemented", "NotImplemented", "The host cannot run host "
                + "method " + method + ".", null, "System.Management.Automation.Host.HostException");
    }
}
