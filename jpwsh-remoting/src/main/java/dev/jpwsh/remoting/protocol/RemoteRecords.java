package dev.jpwsh.remoting.protocol;

import dev.jpwsh.engine.exec.HostInformationMessage;
import dev.jpwsh.engine.exec.InformationRecord;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.dotnet.automation.PSObjectView;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.error.ErrorCategories;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.ValueBoxes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Error records and stream records as the stream messages carry them (MS-PSRP 2.2.3.15 to 2.2.3.18, with the note
 * names pwsh's records use when it sends them), and their rebuilding on the client: an error comes back as an
 * ErrorRecord whose exception is a RemoteException with the remote message, a warning as a WarningRecord, and so on.
 */
public final class RemoteRecords {
    private static final String REMOTE_EXCEPTION = "System.Management.Automation.RemoteException";

    private RemoteRecords() {
    }

    /** {@return {@code record} as a PIPELINE_STATE's or RUNSPACEPOOL_STATE's reason, without invocation info} */
    public static PSObject error(ErrorRecord record) {
        return error(record, false);
    }

    /**
     * {@return whether a CREATE_PIPELINE's RemoteStreamOptions ({@code options}: a number, or the enum's name as
     * pwsh's serialized flags show it) ask for error records with their invocation info (AddInvocationInfo, bit 1)}
     */
    public static boolean asksErrorInvocationInfo(Object options) {
        if (options instanceof Number n) {
            return (n.intValue() & 1) != 0;
        }
        String names = options == null ? "" : text(options);
        return names.matches("(?i).*\\bAddInvocationInfo(ToErrorRecord)?\\b.*");
    }

    /**
     * {@return {@code record} as ERROR_RECORD's data; with {@code invocationInfo}, also where it happened and which
     * command reported it}
     */
    public static PSObject error(ErrorRecord record, boolean invocationInfo) {
        Throwable e = record.exception();
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        PSObject exception = typed(exceptionTypeNames(e), message);
        exception.set("Message", message);
        PSObject data = typed(List.of("System.Management.Automation.ErrorRecord", "System.Object"), message);
        data.set("Exception", exception);
        data.set("TargetObject", record.targetObject() == null ? null : String.valueOf(record.targetObject()));
        data.set("FullyQualifiedErrorId", record.fullyQualifiedErrorId());
        ErrorRecord.CategoryInfo info = record.getCategoryInfo();
        data.set("ErrorCategory_Category", Math.max(0, ErrorCategories.NAMES.indexOf(record.category())));
        data.set("ErrorCategory_Activity", info.activity());
        data.set("ErrorCategory_Reason", info.reason());
        data.set("ErrorCategory_TargetName", info.targetName());
        data.set("ErrorCategory_TargetType", info.targetType());
        data.set("ErrorCategory_Message", info.toString());
        ErrorRecord.Described described = record.described();
        if (described != null && (described.message() != null || described.recommendedAction() != null)) {
            data.set("ErrorDetails_Message", described.message());
            data.set("ErrorDetails_RecommendedAction", described.recommendedAction());
        }
        RemoteInvocationInfo.write(data, invocationInfo ? record : null);
        return data;
    }

    /** {@return a PIPELINE_STATE or RUNSPACEPOOL_STATE reason for {@code failure}} */
    public static PSObject reason(Throwable failure, String errorId) {
        if (failure instanceof dev.jpwsh.engine.exec.PSException ps) {
            return error(ps.record());
        }
        String id = failure instanceof PSRuntimeException p && p.errorId() != null ? p.errorId() : errorId;
        String category = failure instanceof PSRuntimeException p && p.category() != null ? p.category()
                : "NotSpecified";
        return error(new ErrorRecord(failure, id, category, null, null));
    }

    /**
     * {@return the ErrorRecord the received {@code data} describes, as pwsh rehydrates it: its exception a
     * RemoteException with the remote message, and the remote record's error id, category info (activity, reason,
     * target), error details, command and position}
     */
    public static ErrorRecord errorRecord(Object data) {
        String message = text(data);
        Object exception = MessageData.property(data, "Exception");
        Object exceptionMessage = MessageData.property(exception, "Message");
        if (exceptionMessage != null) {
            message = String.valueOf(exceptionMessage);
        }
        Object id = MessageData.property(data, "FullyQualifiedErrorId");
        String errorId = id == null ? "RemoteError" : String.valueOf(id);
        long index = MessageData.number(data, "ErrorCategory_Category", 0);
        String category = index >= 0 && index < ErrorCategories.NAMES.size() ? ErrorCategories.NAMES.get((int) index)
                : "NotSpecified";
        ErrorRecord.Described described = new ErrorRecord.Described(note(data, "ErrorCategory_Activity"),
                note(data, "ErrorCategory_Reason"), note(data, "ErrorCategory_TargetName"),
                note(data, "ErrorCategory_TargetType"), note(data, "ErrorDetails_Message"),
                note(data, "ErrorDetails_RecommendedAction"));
        return new ErrorRecord(new PSRuntimeException(errorId, category, message, null, REMOTE_EXCEPTION), errorId,
                category, MessageData.property(data, "TargetObject"), RemoteInvocationInfo.position(data),
                RemoteInvocationInfo.commandName(data), described);
    }

    private static String note(Object data, String name) {
        Object value = MessageData.property(data, name);
        return value == null ? null : String.valueOf(value);
    }

    /** {@return a warning, verbose or debug record as its message's data} */
    public static PSObject informational(InformationalRecord record) {
        PSObject data = typed(List.of(record.getClass().getSimpleName().equals("WarningRecord")
                ? "System.Management.Automation.WarningRecord" : "System.Management.Automation.InformationalRecord",
                "System.Object"), record.getMessage());
        data.set("InformationalRecord_Message", record.getMessage());
        data.set("InformationalRecord_SerializeInvocationInfo", false);
        return data;
    }

    /** {@return the message text of a received WARNING_RECORD, VERBOSE_RECORD or DEBUG_RECORD} */
    public static String informationalMessage(Object data) {
        Object message = MessageData.property(data, "InformationalRecord_Message");
        return message == null ? text(data) : String.valueOf(message);
    }

    /** {@return an information record as INFORMATION_RECORD's data} */
    public static PSObject information(InformationRecord record) {
        PSObject data = typed(List.of("System.Management.Automation.InformationRecord", "System.Object"),
                String.valueOf(record.getMessageData()));
        data.set("MessageData", record.getMessageData());
        data.set("Source", record.getSource());
        data.set("TimeGenerated", record.getTimeGenerated());
        List<Object> tags = MessageData.list();
        tags.addAll(record.getTags());
        data.set("Tags", tags);
        data.set("User", record.getUser());
        data.set("Computer", record.getComputer());
        data.set("ProcessId", record.getProcessId());
        return data;
    }

    /** {@return the InformationRecord a received INFORMATION_RECORD describes} */
    public static InformationRecord informationRecord(Object data) {
        List<String> tags = new ArrayList<>();
        if (MessageData.property(data, "Tags") instanceof Iterable<?> items) {
            items.forEach(t -> tags.add(String.valueOf(t)));
        }
        Object source = MessageData.property(data, "Source");
        Object message = MessageData.property(data, "MessageData");
        if (tags.contains("PSHOST") && MessageData.property(message, "Message") != null) {
            message = new HostInformationMessage(String.valueOf(MessageData.property(message, "Message")),
                    color(MessageData.property(message, "ForegroundColor")),
                    color(MessageData.property(message, "BackgroundColor")),
                    MessageData.flag(message, "NoNewLine"));
        }
        return new InformationRecord(message, source == null ? null : String.valueOf(source), tags);
    }

    /** {@return a received console colour (its name, or its number as ConsoleColor counts), or null} */
    static HostUserInterface.Color color(Object value) {
        HostUserInterface.Color[] colors = HostUserInterface.Color.values();
        if (value instanceof Number n) {
            return n.intValue() >= 0 && n.intValue() < colors.length ? colors[n.intValue()] : null;
        }
        String name = value == null ? "" : String.valueOf(value);
        return Arrays.stream(colors).filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** {@return a progress record as PROGRESS_RECORD's data} */
    public static PSObject progress(ProgressRecord record) {
        PSObject data = MessageData.bag();
        data.set("Activity", record.getActivity());
        data.set("ActivityId", record.getActivityId());
        data.set("StatusDescription", record.getStatusDescription());
        data.set("CurrentOperation", record.getCurrentOperation());
        data.set("ParentActivityId", record.getParentActivityId());
        data.set("PercentComplete", record.getPercentComplete());
        data.set("Type", record.getRecordType().ordinal());
        data.set("SecondsRemaining", record.getSecondsRemaining());
        return data;
    }

    /** {@return the ProgressRecord a received PROGRESS_RECORD describes} */
    public static ProgressRecord progressRecord(Object data) {
        ProgressRecord record = new ProgressRecord((int) MessageData.number(data, "ActivityId", 0),
                String.valueOf(MessageData.property(data, "Activity")),
                String.valueOf(MessageData.property(data, "StatusDescription")));
        Object operation = MessageData.property(data, "CurrentOperation");
        record.setCurrentOperation(operation == null ? null : String.valueOf(operation));
        record.setParentActivityId((int) MessageData.number(data, "ParentActivityId", -1));
        record.setPercentComplete((int) MessageData.number(data, "PercentComplete", -1));
        record.setSecondsRemaining((int) MessageData.number(data, "SecondsRemaining", -1));
        int type = (int) MessageData.number(data, "Type", 0);
        ProgressRecord.RecordType[] types = ProgressRecord.RecordType.values();
        record.setRecordType(types[type >= 0 && type < types.length ? type : 0]);
        return record;
    }

    /**
     * {@return {@code item}, deserialized output, with the notes pwsh gives remote output: PSComputerName, RunspaceId
     * and PSShowComputerName} A number or string gets a box of its own first, so the notes stay on this item.
     */
    public static Object decorated(Object item, String computerName, Guid runspaceId) {
        if (item == null) {
            return null;
        }
        if (item instanceof PSObject bag) {
            bag.set("PSComputerName", computerName);
            bag.set("RunspaceId", runspaceId);
            bag.set("PSShowComputerName", true);
            return bag;
        }
        Object own = InstanceMembers.of(item) == null ? ValueBoxes.fresh(item) : item;
        var members = InstanceMembers.forUpdate(own);
        members.add(new PSMember(PSMemberTypes.NoteProperty, "PSComputerName", computerName, null));
        members.add(new PSMember(PSMemberTypes.NoteProperty, "RunspaceId", runspaceId, null));
        members.add(new PSMember(PSMemberTypes.NoteProperty, "PSShowComputerName", true, null));
        return own;
    }

    /**
     * Notes on {@code record} where it came from, as pwsh's remoting jobs make their errors RemotingErrorRecords:
     * the type name in front, and {@code OriginInfo}; a record that has one keeps it.
     */
    public static void fromOrigin(ErrorRecord record, OriginInfo origin) {
        if (InstanceMembers.find(record, "OriginInfo") != null) {
            return;
        }
        var members = InstanceMembers.forUpdate(record);
        members.addTypeName("System.Management.Automation.Runspaces.RemotingErrorRecord");
        members.add(new PSMember(PSMemberTypes.NoteProperty, "OriginInfo", origin, null));
    }

    /** {@return the exception's .NET type names, most specific first, as pwsh lists them} */
    private static List<String> exceptionTypeNames(Throwable e) {
        if (e instanceof PSRuntimeException p && p.dotNetType() != null) {
            return new PSObjectView(e).getTypeNames().stream().map(String::valueOf).toList();
        }
        return List.of("System.Exception", "System.Object");
    }

    private static PSObject typed(List<String> typeNames, String text) {
        PSObject data = MessageData.bag();
        data.typeNamesForUpdate().addAll(typeNames);
        data.setSerializedText(text);
        return data;
    }

    private static String text(Object data) {
        return data instanceof PSObject bag && bag.serializedText() != null ? bag.serializedText()
                : String.valueOf(data);
    }
}
