package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's type data table (installed on first use) and its entries as Get-TypeData shows them: TypeData objects
 * with TypeName, Members (name to member data), DefaultDisplayPropertySet, DefaultKeyPropertySet,
 * DefaultDisplayProperty and TypeConverter.
 */
final class SessionTypeData {
    private SessionTypeData() {
    }

    /** The session's table, installed when it has none yet. */
    static TypeDataTable of(ExecutionContext context) {
        TypeDataTable table = context.findService(TypeDataTable.class);
        if (table == null) {
            table = new TypeDataTable();
            context.installService(TypeDataTable.class, table);
        }
        return table;
    }

    /** An entry as a System.Management.Automation.Runspaces.TypeData object. */
    static PSObject view(TypeDataTable.Entry entry) {
        PSObject data = new PSObject();
        data.addTypeName("System.Management.Automation.Runspaces.TypeData");
        data.set("TypeName", entry.typeName());
        Map<Object, Object> members = new LinkedHashMap<>();
        for (PSMember m : entry.members().members()) {
            members.put(m.name(), memberData(m));
        }
        data.set("Members", new dev.jpwsh.runtime.object.PSHashtable(members));
        data.set("TypeConverter", entry.typeConverter());
        data.set("DefaultDisplayProperty", entry.defaultDisplayProperty());
        data.set("DefaultDisplayPropertySet", propertySet(entry.defaultDisplayPropertySet()));
        data.set("DefaultKeyPropertySet", propertySet(entry.defaultKeyPropertySet()));
        data.set("IsOverride", false);
        return data;
    }

    private static PSObject propertySet(List<String> names) {
        if (names == null) {
            return null;
        }
        PSObject set = new PSObject();
        set.addTypeName("System.Management.Automation.Runspaces.PropertySetData");
        set.set("ReferencedProperties", names.toArray());
        return set;
    }

    /** A member as pwsh's NotePropertyData, AliasPropertyData, ScriptPropertyData, ... shows it. */
    private static PSObject memberData(PSMember m) {
        PSObject data = new PSObject();
        data.addTypeName("System.Management.Automation.Runspaces." + m.kind() + "Data");
        data.set("Name", m.name());
        switch (m.kind()) {
            case NoteProperty -> data.set("Value", m.value());
            case AliasProperty -> {
                data.set("ReferencedMemberName", m.value());
                data.set("MemberType", m.secondValue());
            }
            case ScriptProperty -> {
                data.set("GetScriptBlock", m.value());
                data.set("SetScriptBlock", m.secondValue());
            }
            case CodeProperty -> {
                data.set("GetCodeReference", m.value());
                data.set("SetCodeReference", m.secondValue());
            }
            case ScriptMethod -> data.set("Script", m.value());
            case CodeMethod -> data.set("CodeReference", m.value());
            case PropertySet -> data.set("ReferencedProperties", m.<String>items().toArray());
            default -> data.set("Value", m.value());
        }
        data.set("IsHidden", false);
        return data;
    }

    /** A member read back from a TypeData object's member data, for Update-TypeData -TypeData. */
    static PSMember fromData(String name, Object data) {
        if (!(data instanceof PSObject o)) {
            return null;
        }
        String typeName = o.typeNames().getFirst();
        String kind = typeName.substring(typeName.lastIndexOf('.') + 1).replace("Data", "");
        PSMemberTypes type = PSMemberTypes.valueOf(kind);
        return switch (type) {
            case AliasProperty -> new PSMember(type, name, value(o, "ReferencedMemberName"), value(o, "MemberType"));
            case ScriptProperty -> new PSMember(type, name, value(o, "GetScriptBlock"), value(o, "SetScriptBlock"));
            case CodeProperty -> new PSMember(type, name, value(o, "GetCodeReference"), value(o, "SetCodeReference"));
            case ScriptMethod -> new PSMember(type, name, value(o, "Script"), null);
            case CodeMethod -> new PSMember(type, name, value(o, "CodeReference"), null);
            default -> new PSMember(type, name, value(o, "Value"), null);
        };
    }

    private static Object value(PSObject o, String property) {
        PSObject.Property p = o.property(property);
        return p == null ? null : p.value();
    }
}
