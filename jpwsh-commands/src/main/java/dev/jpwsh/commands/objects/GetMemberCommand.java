package dev.jpwsh.commands.objects;

import dev.jpwsh.commands.objects.DotNetMembers.Member;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Get-Member (gm): the members of each distinct type of input, as MemberDefinition objects sorted by member type
 * and name; -Name wildcards, -MemberType, -View (Extended, Adapted, Base, All), -Static for the type's own members,
 * -Force for the hidden ones. Nothing to look at is pwsh's NoObjectInGetMember error.
 */
@dev.jpwsh.engine.command.OutputType({"Microsoft.PowerShell.Commands.MemberDefinition"})
@DotNetName("Microsoft.PowerShell.Commands.GetMemberCommand")
public final class GetMemberCommand extends Cmdlet {
    private static final int EXTENDED_KINDS = 1 | 2 | 8 | 16 | 32 | 128 | 256 | 1024;
    private static final int ADAPTED_KINDS = 4 | 64 | 512;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private String[] name;

    @Parameter(aliases = "Type")
    private Object memberType;

    @Parameter
    private String[] view;

    /** -Static (a Java keyword in lower case). */
    @Parameter
    private boolean Static;

    @Parameter
    private boolean force;

    private final Set<String> shown = new HashSet<>();
    private int kinds;
    private boolean extended;
    private boolean adapted;

    @Override
    protected void beginProcessing() {
        String[] bad = new String[1];
        kinds = MemberTypeFilter.parse(memberType, bad);
        if (kinds < 0) {
            throw terminatingError(ObjectErrors.badEnum("MemberType", bad[0],
                    "System.Management.Automation.PSMemberTypes", MemberTypeFilter.NAMES));
        }
        int views = views();
        extended = (views & 4) != 0;
        adapted = (views & 3) != 0;
        if (!extended) {
            kinds &= ~EXTENDED_KINDS;
        }
        if (!adapted) {
            kinds &= ~ADAPTED_KINDS;
        }
    }

    /** The -View flags: Base 1, Adapted 2, Extended 4 (as this class tests them), All every one. */
    private int views() {
        if (view == null) {
            return 2 | 4;
        }
        int flags = 0;
        for (String v : view) {
            for (String part : v.split(",")) {
                flags |= switch (part.trim().toLowerCase(Locale.ROOT)) {
                    case "extended" -> 4;
                    case "adapted" -> 2;
                    case "base" -> 1;
                    case "all" -> 7;
                    default -> throw terminatingError(ObjectErrors.badEnum("View", part.trim(),
                            "System.Management.Automation.PSMemberViewTypes", "Extended, Adapted, Base, All"));
                };
            }
        }
        return flags;
    }

    @Override
    protected void processRecord() {
        Object value = inputObject;
        if (value == null) {
            return;
        }
        Class<?> type = value instanceof Class<?> c ? c : value.getClass();
        String typeName = Static ? TypeNames.of(type) : typeNameOf(value);
        if (!shown.add(typeName)) {
            return;
        }
        List<Member> members = Static ? MemberLister.statics(type) : MemberLister.of(value, frame().context().findService(TypeDataTable.class), extended,
                adapted, force);
        List<MemberDefinition> found = new ArrayList<>();
        for (String pattern : name == null ? new String[] {"*"} : name) {
            for (Member m : members) {
                if ((m.kind().bit() & kinds) != 0 && Wildcard.matches(m.name(), pattern, false)
                        && (Static || visible(m))) {
                    found.add(new MemberDefinition(typeName, m.name(), m.kind(), m.definition()));
                }
            }
        }
        found.sort(Comparator.comparing((MemberDefinition d) -> d.memberType().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(MemberDefinition::name, String.CASE_INSENSITIVE_ORDER));
        found.forEach(this::writeObject);
    }

    /** Accessor methods and the hidden member sets show with -Force only. */
    private boolean visible(Member m) {
        return force || !(m.name().startsWith("get_") || m.name().startsWith("set_"));
    }

    private static String typeNameOf(Object value) {
        MemberTable table = InstanceMembers.of(value);
        if (table != null && !table.typeNames().isEmpty()) {
            return table.typeNames().getFirst();
        }
        return value instanceof PSObject o ? o.typeNames().getFirst() : TypeNames.ofValue(value);
    }

    @Override
    protected void endProcessing() {
        if (shown.isEmpty()) {
            writeError(ObjectErrors.record("NoObjectInGetMember", "CloseError",
                    "You must specify an object for the Get-Member cmdlet.", null, ObjectErrors.INVALID_OPERATION));
        }
    }
}
