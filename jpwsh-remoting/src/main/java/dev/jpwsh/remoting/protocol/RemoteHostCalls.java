package dev.jpwsh.remoting.protocol;

import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.engine.host.ChoiceDescription;
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
    public static final int PROMPT_FOR_CREDENTIAL1 = 24;
    private static final int PROMPT_FOR_CREDENTIAL2 = 25;
    public static final int PROMPT_FOR_CHOICE = 26;
    /** pwsh's method names by number, for the numbers this side reads by name. */
    private static final Map<String, Integer> BY_NAME = Map.ofEntries(Map.entry("ReadLine", READ_LINE),
            Map.entry("ReadLineAsSecureString", READ_LINE_AS_SECURE_STRING), Map.entry("Write1", WRITE1),
            Map.entry("Write2", WRITE2), Map.entry("WriteLine1", 15), Map.entry("WriteLine2", WRITE_LINE2),
            Map.entry("WriteLine3", 17), Map.entry("WriteErrorLine", WRITE_ERROR_LINE),
            Map.entry("WriteDebugLine", WRITE_DEBUG_LINE), Map.entry("WriteVerboseLine", WRITE_VERBOSE_LINE),
            Map.entry("PromptForCredential1", PROMPT_FOR_CREDENTIAL1),
            Map.entry("PromptForCredential2", PROMPT_FOR_CREDENTIAL2),
            Map.entry("PromptForChoice", PROMPT_FOR_CHOICE));
    /** The methods that return nothing, so get no response: the writes, SetShouldExit and the notifications. */
    private static final List<Integer> VOID = List.of(6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22);

    private RemoteHostCalls() {
    }

    /** {@return a host call's data} */
    public static PSObject call(long callId, int method, Object... parameters) {
        PSObject data = MessageData.bag();
        data.set("ci", callId);
        data.set("mi", method);
        List<Object> list = MessageData.list();
        list.addAll(Arrays.asList(parameters));
        data.set("mp", list);
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
            response.set("mr", result instanceof PSCredential credential ? credential(credential) : result);
        }
        return response;
    }

    /**
     * {@return PromptForChoice's choices as a call's parameter: each a description with its Label and HelpMessage, as
     * pwsh's host encoder writes a ChoiceDescription}
     */
    public static List<Object> choices(Object choices) {
        List<Object> list = MessageData.list();
        for (ChoiceDescription choice : ChoiceDescription.listOf(choices)) {
            PSObject item = MessageData.bag();
            item.set("Label", choice.getLabel());
            item.set("HelpMessage", choice.getHelpMessage());
            list.add(item);
        }
        return list;
    }

    /** {@return the value a received response carries ({@code mr}), or null when it carries an error instead} */
    public static Object value(Object response) {
        return MessageData.property(response, "me") != null ? null : MessageData.property(response, "mr");
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
            case PROMPT_FOR_CHOICE -> {
                return ui.promptForChoice(parameters.get(0), parameters.get(1), receivedChoices(parameters.get(2)),
                        parameters.get(3) instanceof Number n ? n.intValue() : -1);
            }
            case PROMPT_FOR_CREDENTIAL1, PROMPT_FOR_CREDENTIAL2 -> {
                return ui.promptForCredential(parameters.get(0), parameters.get(1), parameters.get(2),
                        parameters.get(3));
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

    /**
     * A credential as its type's serializer writes it, whichever thread sends it: the user name and the password as
     * a secure string, which the other side rehydrates into a PSCredential.
     */
    private static PSObject credential(PSCredential credential) {
        PSObject data = MessageData.bag();
        data.typeNamesForUpdate().addAll(List.of("System.Management.Automation.PSCredential", "System.Object"));
        data.set("UserName", credential.getUserName());
        data.set("Password", credential.getPassword());
        return data;
    }

    /** The choices of a received PromptForChoice: descriptions with their labels and help messages. */
    private static List<ChoiceDescription> receivedChoices(Object received) {
        List<ChoiceDescription> list = new ArrayList<>();
        if (received instanceof Iterable<?> items) {
            for (Object item : items) {
                Object label = MessageData.property(item, "Label");
                Object help = MessageData.property(item, "HelpMessage");
                list.add(new ChoiceDescription(label == null ? String.valueOf(item) : String.valueOf(label),
                        help == null ? "" : String.valueOf(help)));
            }
        }
        return list;
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
