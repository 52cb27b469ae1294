package dev.jpwsh.commands.objects;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSMemberTypes;

/** What Get-Member writes for one member: the type it belongs to, its name, kind and definition. */
@DotNetName("Microsoft.PowerShell.Commands.MemberDefinition")
public record MemberDefinition(String typeName, String name, PSMemberTypes memberType, String definition) {
    public String getTypeName() {
        return typeName;
    }

    public String getName() {
        return name;
    }

    public PSMemberTypes getMemberType() {
        return memberType;
    }

    public String getDefinition() {
        return definition;
    }

    @Override
    public String toString() {
        return definition;
    }
}
