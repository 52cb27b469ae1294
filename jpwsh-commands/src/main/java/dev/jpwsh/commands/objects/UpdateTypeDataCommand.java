package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Update-TypeData: adds type data to the session, so every object of a type name gets its members: from the
 * parameters (-TypeName with -MemberType, -MemberName, -Value, -SecondValue; -DefaultDisplayPropertySet,
 * -DefaultKeyPropertySet, -DefaultDisplayProperty, -TypeConverter), from TypeData objects (-TypeData), or from
 * types.ps1xml files (-AppendPath, -PrependPath). A member that exists already needs -Force.
 */
@DotNetName("Microsoft.PowerShell.Commands.UpdateTypeDataCommand")
@DefaultParameterSet("FileSet")
@SupportsShouldProcess(ConfirmImpact.Low)
public final class UpdateTypeDataCommand extends Cmdlet {
    private static final String DYNAMIC = "DynamicTypeSet";

    @Parameter(parameterSetName = "FileSet", position = 0, aliases = {"PSPath", "Path"})
    private String[] appendPath;

    @Parameter(parameterSetName = "FileSet")
    private String[] prependPath;

    @Parameter(parameterSetName = DYNAMIC, mandatory = true, valueFromPipeline = true)
    private String typeName;

    @Parameter(parameterSetName = DYNAMIC)
    private Object memberType;

    @Parameter(parameterSetName = DYNAMIC)
    private String memberName;

    @Parameter(parameterSetName = DYNAMIC)
    private Object value;

    @Parameter(parameterSetName = DYNAMIC)
    private Object secondValue;

    @Parameter(parameterSetName = DYNAMIC)
    private String[] defaultDisplayPropertySet;

    @Parameter(parameterSetName = DYNAMIC)
    private String[] defaultKeyPropertySet;

    @Parameter(parameterSetName = DYNAMIC)
    private String defaultDisplayProperty;

    @Parameter(parameterSetName = DYNAMIC)
    private Object typeConverter;

    @Parameter(parameterSetName = "TypeDataSet", mandatory = true, position = 0, valueFromPipeline = true)
    private Object[] typeData;

    @Parameter(parameterSetName = DYNAMIC)
    @Parameter(parameterSetName = "TypeDataSet")
    private boolean force;

    @Override
    protected void processRecord() {
        TypeDataTable table = SessionTypeData.of(frame().context());
        switch (parameterSetName()) {
            case DYNAMIC -> updateFromParameters(table);
            case "TypeDataSet" -> Arrays.stream(typeData).forEach(d -> updateFromData(table, d));
            default -> updateFromFiles(table);
        }
    }

    private void updateFromParameters(TypeDataTable table) {
        if (typeName == null || typeName.isBlank()) {
            throw terminatingError(ObjectErrors.invalidOperation("TargetTypeNameEmpty", "The target type name should "
                    + "not be null, empty, or contain only white spaces.", typeName));
        }
        PSMember member = member();
        if (member == null && defaultDisplayPropertySet == null && defaultKeyPropertySet == null
                && defaultDisplayProperty == null && typeConverter == null) {
            writeError(ObjectErrors.invalidOperation("TypeDataEmpty", "No member is specified for the update on type \""
                    + typeName + "\".", null));
            return;
        }
        if (member != null && !add(table, typeName, member)) {
            return;
        }
        TypeDataTable.Entry entry = table.forUpdate(typeName);
        if (defaultDisplayPropertySet != null) {
            entry.setDefaultDisplayPropertySet(List.of(defaultDisplayPropertySet));
        }
        if (defaultKeyPropertySet != null) {
            entry.setDefaultKeyPropertySet(List.of(defaultKeyPropertySet));
        }
        if (defaultDisplayProperty != null) {
            entry.setDefaultDisplayProperty(defaultDisplayProperty);
        }
        if (typeConverter != null) {
            entry.setTypeConverter(typeConverter);
        }
    }

    /** Adds a member unless the type has one of that name (-Force replaces it); false after an error. */
    private boolean add(TypeDataTable table, String type, PSMember member) {
        TypeDataTable.Entry entry = table.forUpdate(type);
        if (entry.members().find(member.name()) != null && !force) {
            writeError(ObjectErrors.invalidOperation("TypesDynamicUpdateException", "Error in TypeData \"" + type
                    + "\": The member " + member.name() + " is already present.", null));
            return false;
        }
        entry.members().add(member);
        return true;
    }

    /** The member the parameters describe, or null for none, after pwsh's checks. */
    private PSMember member() {
        if (memberType == null) {
            if (memberName != null || value != null || secondValue != null) {
                throw terminatingError(ObjectErrors.invalidOperation("MemberTypeIsMissing", "The MemberName, Value, "
                        + "and SecondValue parameters cannot be specified without the MemberType parameter.", null));
            }
            return null;
        }
        String[] bad = new String[1];
        int kinds = MemberTypeFilter.parse(memberType, bad);
        if (kinds < 0) {
            throw terminatingError(ObjectErrors.badEnum("MemberType", bad[0],
                    "System.Management.Automation.PSMemberTypes", MemberTypeFilter.NAMES));
        }
        PSMemberTypes kind = Arrays.stream(PSMemberTypes.values()).filter(k -> k.bit() == kinds).findFirst()
                .orElse(null);
        if (kind == null || !List.of(PSMemberTypes.NoteProperty, PSMemberTypes.AliasProperty,
                PSMemberTypes.ScriptProperty, PSMemberTypes.CodeProperty, PSMemberTypes.ScriptMethod,
                PSMemberTypes.CodeMethod).contains(kind)) {
            throw terminatingError(ObjectErrors.invalidOperation("CannotUpdateMemberType", "Cannot update a member with"
                    + " type \"" + (kind == null ? memberType : kind) + "\". Specify a different type for the "
                    + "MemberType parameter.", null));
        }
        if (memberName == null || memberName.isBlank()) {
            throw terminatingError(shouldBeSpecified("MemberNameShouldBeSpecified", "MemberName", kind));
        }
        return switch (kind) {
            case NoteProperty -> {
                noSecondValue(kind);
                yield new PSMember(kind, memberName, value, null);
            }
            case AliasProperty -> {
                if (value == null) {
                    throw terminatingError(shouldBeSpecified("ValueShouldBeSpecified", "Value", kind));
                }
                Object type = secondValue == null || secondValue instanceof Class<?> ? secondValue
                        : MemberGate.resolveType(frame().context(), LanguagePrimitives.toString(secondValue));
                yield new PSMember(kind, memberName, LanguagePrimitives.toString(value), type);
            }
            case ScriptProperty, CodeProperty -> {
                if (value == null && secondValue == null) {
                    throw terminatingError(ObjectErrors.invalidOperation("ValueAndSecondValueAreNotBothNull", "The "
                            + "Value and SecondValue parameters should not both be null for a member of type \"" + kind
                            + "\". Specify a non-null value for one of the two parameters.", null));
                }
                yield new PSMember(kind, memberName, value, secondValue);
            }
            default -> {
                noSecondValue(kind);
                if (value == null) {
                    throw terminatingError(shouldBeSpecified("ValueShouldBeSpecified", "Value", kind));
                }
                yield new PSMember(kind, memberName, value, null);
            }
        };
    }

    private void noSecondValue(PSMemberTypes kind) {
        if (secondValue != null) {
            throw terminatingError(ObjectErrors.invalidOperation("SecondValueShouldNotBeSpecified", "The SecondValue "
                    + "parameter is not necessary for a member of type \"" + kind + "\", and should not be specified. "
                    + "Do not specify the SecondValue parameter when updating this member type.", null));
        }
    }

    private static ErrorRecord shouldBeSpecified(String id, String parameter, PSMemberTypes kind) {
        return ObjectErrors.invalidOperation(id, "The " + parameter + " parameter is required for the type \"" + kind
                + "\". Please specify the " + parameter + " parameter.", null);
    }

    private void updateFromData(TypeDataTable table, Object data) {
        if (!(data instanceof PSObject o) || o.property("TypeName") == null) {
            return;
        }
        String type = LanguagePrimitives.toString(o.property("TypeName").value());
        if (o.property("Members") != null && o.property("Members").value() instanceof PSHashtable members) {
            for (Map.Entry<Object, Object> e : members.entrySet()) {
                PSMember member = SessionTypeData.fromData(LanguagePrimitives.toString(e.getKey()), e.getValue());
                if (member != null) {
                    add(table, type, member);
                }
            }
        }
        TypeDataTable.Entry entry = table.forUpdate(type);
        entry.setDefaultDisplayPropertySet(referenced(o, "DefaultDisplayPropertySet"));
        entry.setDefaultKeyPropertySet(referenced(o, "DefaultKeyPropertySet"));
    }

    private static List<String> referenced(PSObject data, String property) {
        PSObject.Property p = data.property(property);
        if (p == null || !(p.value() instanceof PSObject set) || set.property("ReferencedProperties") == null) {
            return null;
        }
        return dev.jpwsh.runtime.object.Enumeration.toList(set.property("ReferencedProperties").value()).stream()
                .map(LanguagePrimitives::toString).toList();
    }

    private void updateFromFiles(TypeDataTable table) {
        for (String[] paths : new String[][] {prependPath, appendPath}) {
            for (String path : paths == null ? new String[0] : paths) {
                Path file = SessionProviders.of(frame().context()).currentFileSystemDirectory().resolve(path);
                if (!Files.isRegularFile(file)) {
                    writeError(ObjectErrors.record("TypesXmlUpdateException", "InvalidOperation", "Cannot find path '"
                            + file + "' because it does not exist.", path, "System.Management.Automation"
                            + ".ItemNotFoundException"));
                    continue;
                }
                try {
                    for (TypesXml.TypeEntry type : TypesXml.read(file, frame())) {
                        type.members().forEach(m -> add(table, type.typeName(), m));
                        TypeDataTable.Entry entry = table.forUpdate(type.typeName());
                        if (type.displaySet() != null) {
                            entry.setDefaultDisplayPropertySet(type.displaySet());
                        }
                        if (type.keySet() != null) {
                            entry.setDefaultKeyPropertySet(type.keySet());
                        }
                        if (type.displayProperty() != null) {
                            entry.setDefaultDisplayProperty(type.displayProperty());
                        }
                    }
                } catch (IOException e) {
                    writeError(ObjectErrors.invalidOperation("TypesXmlUpdateException", file + " : " + e.getMessage(),
                            null));
                }
            }
        }
    }
}
