package dev.jpwsh.remoting.protocol;

import dev.jpwsh.dotnet.Version;
import dev.jpwsh.engine.runspaces.Command;
import dev.jpwsh.runtime.object.PSObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects PSRP messages carry (MS-PSRP 2.2.2 and 2.2.3), built as property bags for {@link Clixml}, and the
 * readers of the ones received. Property names are the protocol's.
 */
public final class MessageData {
    /** The protocol version jpwsh speaks, as pwsh 7 does. */
    public static final String PROTOCOL_VERSION = "2.3";

    private MessageData() {
    }

    /** {@return SESSION_CAPABILITY's data: the protocol, PowerShell and serialization versions} */
    public static PSObject capability() {
        PSObject data = bag();
        data.set("protocolversion", Version.Parse(PROTOCOL_VERSION));
        data.set("PSVersion", Version.Parse("2.0"));
        data.set("SerializationVersion", Version.Parse("1.1.0.1"));
        return data;
    }

    /** {@return INIT_RUNSPACEPOOL's data for a pool of {@code min} to {@code max} runspaces} */
    public static PSObject initRunspacePool(int min, int max) {
        PSObject data = initData(min, max);
        data.set("PSThreadOptions", 0);
        data.set("ApartmentState", 2);
        data.set("HostInfo", hostInfo());
        data.set("ApplicationArguments", null);
        return data;
    }

    /** {@return RUNSPACEPOOL_STATE's or PIPELINE_STATE's data: {@code key} the state's number, and the reason} */
    public static PSObject state(String key, int state, Object reason) {
        PSObject data = bag();
        data.set(key, state);
        if (reason != null) {
            data.set("ExceptionAsErrorRecord", reason);
        }
        return data;
    }

    /** {@return RUNSPACEPOOL_INIT_DATA's sizes, as a server answers CONNECT_RUNSPACEPOOL} */
    public static PSObject initData(int min, int max) {
        PSObject data = bag();
        data.set("MinRunspaces", min);
        data.set("MaxRunspaces", max);
        return data;
    }

    /** {@return APPLICATION_PRIVATE_DATA's data: none} */
    public static PSObject applicationPrivateData() {
        PSObject data = bag();
        data.set("ApplicationPrivateData", null);
        return data;
    }

    /** {@return RUNSPACE_AVAILABILITY's data: the answer to the call {@code callId}} */
    public static PSObject availability(Object response, long callId) {
        PSObject data = bag();
        data.set("SetMinMaxRunspacesResponse", response);
        data.set("ci", callId);
        return data;
    }

    /**
     * {@return CREATE_PIPELINE's data for {@code commands}: the first statement in {@code Cmds}, the others in
     * {@code ExtraCmds}; {@code streamOptions} the RemoteStreamOptions flags}
     */
    public static PSObject createPipeline(List<Command> commands, boolean noInput, boolean addToHistory,
            int streamOptions) {
        List<List<Object>> statements = new ArrayList<>();
        List<Object> current = list();
        for (Command c : commands) {
            current.add(command(c));
            if (c.getIsEndOfStatement()) {
                statements.add(current);
                current = list();
            }
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        PSObject shell = bag();
        shell.set("Cmds", statements.isEmpty() ? list() : statements.getFirst());
        shell.set("IsNested", false);
        shell.set("History", null);
        shell.set("RedirectShellErrorOutputPipe", true);
        if (statements.size() > 1) {
            List<Object> extra = list();
            for (List<Object> statement : statements.subList(1, statements.size())) {
                PSObject more = bag();
                more.set("Cmds", statement);
                extra.add(more);
            }
            shell.set("ExtraCmds", extra);
        }
        PSObject data = bag();
        data.set("PowerShell", shell);
        data.set("NoInput", noInput);
        data.set("ApartmentState", 2);
        data.set("RemoteStreamOptions", streamOptions);
        data.set("AddToHistory", addToHistory);
        data.set("HostInfo", hostInfo());
        data.set("IsNested", false);
        return data;
    }

    private static PSObject command(Command c) {
        PSObject cmd = bag();
        cmd.set("Cmd", c.getCommandText());
        cmd.set("IsScript", c.getIsScript());
        cmd.set("UseLocalScope", c.getUseLocalScope());
        for (String merge : List.of("MergeMyResult", "MergeToResult", "MergePreviousResults", "MergeError",
                "MergeWarning", "MergeVerbose", "MergeDebug", "MergeInformation")) {
            cmd.set(merge, 0);
        }
        List<Object> args = list();
        for (Command.CommandParameter p : c.getParameters()) {
            PSObject arg = bag();
            arg.set("N", p.getName());
            arg.set("V", p.getValue());
            args.add(arg);
        }
        cmd.set("Args", args);
        return cmd;
    }

    /** The host information of a client without a host the server could call back (none in this slice). */
    private static PSObject hostInfo() {
        PSObject info = bag();
        info.set("_isHostNull", true);
        info.set("_isHostUINull", true);
        info.set("_isHostRawUINull", true);
        info.set("_useRunspaceHost", true);
        return info;
    }

    /**
     * {@return an empty list that goes on the wire as a System.Collections.ArrayList (a list of the JDK's would carry
     * its Java class name as its type name)}
     */
    public static List<Object> list() {
        return new dev.jpwsh.dotnet.collections.ArrayList();
    }

    /** {@return a property bag with no type names, as pwsh writes message data} */
    public static PSObject bag() {
        PSObject data = new PSObject();
        data.typeNamesForUpdate().clear();
        return data;
    }

    /**
     * {@return property {@code name} of the received bag {@code data}, or null when it has none}
     *
     * @param data a deserialized message object; anything but a property bag has no properties here
     */
    public static Object property(Object data, String name) {
        if (data instanceof PSObject bag) {
            PSObject.Property p = bag.property(name);
            return p == null ? null : p.value();
        }
        if (data instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    /** {@return property {@code name} of {@code data} as a number, or {@code fallback} when absent or not one} */
    public static long number(Object data, String name, long fallback) {
        return property(data, name) instanceof Number n ? n.longValue() : fallback;
    }

    /** {@return property {@code name} of {@code data} as a boolean: true only for true} */
    public static boolean flag(Object data, String name) {
        return Boolean.TRUE.equals(property(data, name));
    }
}
