package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.command.OutputTypeName;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What type inference gives a hashtable literal or a {@code [pscustomobject]} one: pwsh's PSSyntheticTypeName, a
 * PSTypeName whose name projects the members ({@code System.Collections.Hashtable#a:b}, members by name; a custom
 * object's PSTypeName key, when a constant, names the type instead and is no member) and which lists each member
 * with its inferred type. Immutable.
 */
@DotNetName("System.Management.Automation.PSSyntheticTypeName")
public final class SyntheticTypeName {
    private final String name;
    private final Class<?> type;
    private final List<Member> members;

    /**
     * @param baseName the type's full name, or a custom object's PSTypeName
     * @param type     the class it stands for (Hashtable or PSObject)
     * @param members  each key with its inferred type, in the literal's order
     */
    SyntheticTypeName(String baseName, Class<?> type, List<Member> members) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Member::getName, String.CASE_INSENSITIVE_ORDER));
        StringBuilder projection = new StringBuilder(baseName).append('#');
        for (Member member : sorted) {
            projection.append(member.getName()).append(':');
        }
        projection.setLength(projection.length() - 1);
        this.name = projection.toString();
        this.type = type;
        this.members = List.copyOf(sorted);
    }

    public String getName() {
        return name;
    }

    public Class<?> getType() {
        return type;
    }

    public Object getTypeDefinitionAst() {
        return null;
    }

    public List<Member> getMembers() {
        return members;
    }

    @Override
    public String toString() {
        return name;
    }

    /** System.Management.Automation.PSMemberNameAndType: one key and a type its value has (with the constant). */
    @DotNetName("System.Management.Automation.PSMemberNameAndType")
    public record Member(String getName, OutputTypeName getPSTypeName, Object getValue) {
        @Override
        public String toString() {
            return getPSTypeName + " " + getName;
        }
    }
}
