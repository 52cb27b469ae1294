package dev.jpwsh.commands.objects;

import dev.jpwsh.dotnet.automation.PSNoteProperty;
import dev.jpwsh.engine.exec.MemberInfoTypes;
import dev.jpwsh.dotnet.automation.PSObjectView;
import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.object.ValueBoxes;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Add-Member: gives an object a member of any kind the extended type system has (NoteProperty, AliasProperty,
 * ScriptProperty, CodeProperty, ScriptMethod, CodeMethod, PropertySet, MemberSet), notes by name and value or from a
 * dictionary, and a type name in front of its own (-TypeName). -Force replaces a member of the same name, -PassThru
 * writes the object. A value type gets its members on a fresh copy of itself, so other uses of the same number keep
 * theirs.
 */
@DotNetName("Microsoft.PowerShell.Commands.AddMemberCommand")
@DefaultParameterSet("TypeNameSet")
public final class AddMemberCommand extends Cmdlet {
    private static final String MEMBER_SET = "MemberSet";
    private static final String NOTE_SINGLE = "NotePropertySingleMemberSet";
    private static final String NOTE_MULTI = "NotePropertyMultiMemberSet";
    private static final String TYPE_NAME_SET = "TypeNameSet";

    @Parameter(mandatory = true, valueFromPipeline = true)
    private Object inputObject;

    @Parameter(parameterSetName = MEMBER_SET, mandatory = true, position = 0, aliases = "Type")
    private Object memberType;

    /** Mandatory in the MemberSet set, checked here: two positional values may be a note's name and value. */
    @Parameter(parameterSetName = MEMBER_SET, position = 1)
    @AllowNull
    private Object name;

    @Parameter(parameterSetName = MEMBER_SET, position = 2)
    private Object value;

    @Parameter(parameterSetName = MEMBER_SET, position = 3)
    private Object secondValue;

    @Parameter(parameterSetName = TYPE_NAME_SET, mandatory = true)
    @Parameter(parameterSetName = MEMBER_SET)
    @Parameter(parameterSetName = NOTE_SINGLE)
    @Parameter(parameterSetName = NOTE_MULTI)
    private String typeName;

    @Parameter(parameterSetName = MEMBER_SET)
    @Parameter(parameterSetName = NOTE_SINGLE)
    @Parameter(parameterSetName = NOTE_MULTI)
    private boolean force;

    @Parameter
    private boolean passThru;

    @Parameter(parameterSetName = NOTE_SINGLE, mandatory = true, position = 0)
    private String notePropertyName;

    @Parameter(parameterSetName = NOTE_SINGLE, mandatory = true, position = 1)
    @AllowNull
    private Object notePropertyValue;

    @Parameter(parameterSetName = NOTE_MULTI, mandatory = true, position = 0)
    private Map<?, ?> notePropertyMembers;

    @Override
    protected void processRecord() {
        if (typeName != null && typeName.isBlank()) {
            throw terminatingError(ObjectErrors.invalidOperation("TypeNameShouldNotBeEmpty", "The TypeName parameter "
                    + "should not be null, empty, or contain only white spaces.", typeName));
        }
        Object target = inputObject instanceof Number || inputObject instanceof Boolean
                || inputObject instanceof Character ? ValueBoxes.fresh(inputObject) : inputObject;
        boolean added = switch (parameterSetName()) {
            case TYPE_NAME_SET -> true;
            case NOTE_MULTI -> addNotes(target);
            case NOTE_SINGLE -> addNote(target);
            default -> isNoteByPosition() ? add(target, new PSMember(PSMemberTypes.NoteProperty,
                    LanguagePrimitives.toString(memberType), name, null)) : add(target, member());
        };
        if (!added) {
            return;
        }
        if (typeName != null) {
            addTypeName(target);
        }
        if (passThru) {
            writeObject(target);
        }
    }

    private boolean addNote(Object target) {
        if (notePropertyName == null || notePropertyName.isEmpty()) {
            throw terminatingError(ObjectErrors.invalidOperation("NotePropertyNameShouldNotBeNull",
                    "The name for a NoteProperty member should not be null or an empty string.", null));
        }
        return add(target, new PSMember(PSMemberTypes.NoteProperty, notePropertyName, notePropertyValue, null));
    }

    private boolean addNotes(Object target) {
        boolean any = false;
        for (Map.Entry<?, ?> e : notePropertyMembers.entrySet()) {
            String note = LanguagePrimitives.toString(e.getKey());
            if (note.isEmpty()) {
                writeError(ObjectErrors.invalidOperation("NotePropertyNameShouldNotBeNull",
                        "The name for a NoteProperty member should not be null or an empty string.", note));
                continue;
            }
            any |= add(target, new PSMember(PSMemberTypes.NoteProperty, note, e.getValue(), null));
        }
        return any;
    }

    /**
     * Whether the two positional values of {@code Add-Member name value} are a note's name and value: pwsh binds
     * them to the NoteProperty set, since the first converts to no member type.
     */
    private boolean isNoteByPosition() {
        return value == null && secondValue == null && memberType instanceof String text
                && MemberTypeFilter.parse(text, new String[1]) < 0;
    }

    /** The member -MemberType, -Name, -Value and -SecondValue describe, after pwsh's checks of the values. */
    private PSMember member() {
        String[] bad = new String[1];
        int kinds = MemberTypeFilter.parse(memberType, bad);
        if (kinds < 0) {
            throw terminatingError(ObjectErrors.badEnum("MemberType", bad[0],
                    "System.Management.Automation.PSMemberTypes", MemberTypeFilter.NAMES));
        }
        if (name == null) {
            throw terminatingError(ObjectErrors.record("ParameterArgumentValidationErrorNullNotAllowed",
                    "InvalidData", "Cannot bind argument to parameter 'Name' because it is null.", null,
                    "System.Management.Automation.ParameterBindingValidationException"));
        }
        PSMemberTypes kind = single(kinds);
        String name = LanguagePrimitives.toString(this.name);
        return switch (kind) {
            case NoteProperty -> {
                noSecondValue(kind);
                yield new PSMember(kind, name, value, null);
            }
            case AliasProperty -> {
                valueNotNull(kind);
                Object type = secondValue == null ? null : secondValue instanceof Class<?> c ? c
                        : MemberGate.resolveType(frame().context(), LanguagePrimitives.toString(secondValue));
                yield new PSMember(kind, name, LanguagePrimitives.toString(value), type);
            }
            case ScriptProperty -> {
                notBothNull(kind);
                yield new PSMember(kind, name, block(value), block(secondValue));
            }
            case CodeProperty -> {
                notBothNull(kind);
                Method getter = method(value);
                if (getter != null && (getter.getReturnType() == void.class || !takesObjectFirst(getter, 1))) {
                    throw terminatingError(wrongFormat("The getter method should be public, not void, static, and "
                            + "have one parameter of the type PSObject."));
                }
                yield new PSMember(kind, name, getter, method(secondValue));
            }
            case ScriptMethod -> {
                noSecondValue(kind);
                valueNotNull(kind);
                yield new PSMember(kind, name, block(value), null);
            }
            case CodeMethod -> {
                noSecondValue(kind);
                valueNotNull(kind);
                Method method = method(value);
                if (!takesObjectFirst(method, -1)) {
                    throw terminatingError(wrongFormat("Cannot create a code method because of the method format. The "
                            + "method should be public, static, and have one parameter of type PSObject."));
                }
                yield new PSMember(kind, name, method, null);
            }
            case PropertySet -> {
                noSecondValue(kind);
                valueNotNull(kind);
                List<String> names = new ArrayList<>();
                Enumeration.toList(value).forEach(v -> names.add(LanguagePrimitives.toString(v)));
                yield new PSMember(kind, name, List.copyOf(names), null);
            }
            case MemberSet -> {
                noSecondValue(kind);
                List<PSMember> members = new ArrayList<>();
                if (value != null) {
                    Enumeration.toList(value).forEach(v -> members.add(memberOf(v)));
                }
                yield new PSMember(kind, name, List.copyOf(members), null);
            }
            default -> throw terminatingError(ObjectErrors.invalidOperation("CannotAddMemberType", "Cannot add a "
                    + "member with type \"" + kind + "\". Specify a different type for the MemberTypes parameter.",
                    null));
        };
    }

    private PSMemberTypes single(int kinds) {
        for (PSMemberTypes kind : PSMemberTypes.values()) {
            if (kind.bit() == kinds) {
                return kind;
            }
        }
        List<String> names = new ArrayList<>();
        for (PSMemberTypes kind : PSMemberTypes.values()) {
            if ((kinds & kind.bit()) != 0) {
                names.add(kind.name());
            }
        }
        throw terminatingError(ObjectErrors.invalidOperation("WrongMemberCount", "To add a member, only one member "
                + "type can be specified. The member types specified are: \"" + String.join(", ", names) + "\"",
                null));
    }

    private PSMember memberOf(Object item) {
        switch (item) {
            case PSNoteProperty note -> {
                return new PSMember(PSMemberTypes.NoteProperty, note.getName(), note.getValue(), null);
            }
            case MemberInfoTypes.PSScriptMethod method -> {
                return new PSMember(PSMemberTypes.ScriptMethod, method.getName(), method.getScript(), null);
            }
            case MemberInfoTypes.PSScriptProperty property -> {
                return new PSMember(PSMemberTypes.ScriptProperty, property.getName(), property.getGetterScript(),
                        property.getSetterScript());
            }
            case MemberInfoTypes.PSAliasProperty alias -> {
                return new PSMember(PSMemberTypes.AliasProperty, alias.getName(), alias.getReferencedMemberName(),
                        alias.getConversionType());
            }
            case MemberInfoTypes.PSVariableProperty variable -> {
                return new PSMember(PSMemberTypes.NoteProperty, variable.getName(), variable.getValue(), null);
            }
            default -> {
            }
        }
        throw terminatingError(castError(item, "System.Management.Automation.PSMemberInfo"));
    }

    private ScriptBlock block(Object v) {
        if (v == null || v instanceof ScriptBlock) {
            return (ScriptBlock) v;
        }
        throw terminatingError(castError(v, "System.Management.Automation.ScriptBlock"));
    }

    private Method method(Object v) {
        if (v == null || v instanceof Method) {
            return (Method) v;
        }
        if (v instanceof dev.jpwsh.engine.types.reflection.ReflectedMethod reflected) {
            return reflected.method();
        }
        throw terminatingError(castError(v, "System.Reflection.MethodInfo"));
    }

    /**
     * Whether a code member's method is static and takes the object first (as a PSObject, or any object), with
     * {@code count} parameters in all (-1: any number).
     */
    private static boolean takesObjectFirst(Method method, int count) {
        Class<?>[] types = method.getParameterTypes();
        return java.lang.reflect.Modifier.isStatic(method.getModifiers()) && types.length > 0
                && (count < 0 || types.length == count)
                && (types[0] == PSObject.class || types[0] == Object.class);
    }

    private static dev.jpwsh.runtime.error.ErrorRecord wrongFormat(String message) {
        return ObjectErrors.record("WrongMethodFormat", "NotSpecified", message, null,
                "System.Management.Automation.ExtendedTypeSystemException");
    }

    /** pwsh's error when a -Value cannot be converted to what the member type needs, as its ConvertTo gives it. */
    private static dev.jpwsh.runtime.error.ErrorRecord castError(Object v, String type) {
        return ObjectErrors.record("ConvertToFinalInvalidCastException", "InvalidArgument", "Cannot convert the \""
                + LanguagePrimitives.toString(v) + "\" value of type \"" + TypeNames.ofValue(v) + "\" to type \""
                + type + "\".", v, "System.Management.Automation.PSInvalidCastException");
    }

    private void noSecondValue(PSMemberTypes kind) {
        if (secondValue != null) {
            throw terminatingError(ObjectErrors.invalidOperation("Value2ShouldNotBeSpecified", "The SecondValue "
                    + "parameter is not necessary for a member of type \"" + kind + "\", and should not be specified. "
                    + "Do not specify the SecondValue parameter when you add members of this type.", null));
        }
    }

    private void valueNotNull(PSMemberTypes kind) {
        if (value == null) {
            throw terminatingError(ObjectErrors.invalidOperation("Value1ShouldNotBeNull", "The Value parameter should"
                    + " not be null for a member of type \"" + kind + "\". Specify a non-null value for the Value "
                    + "parameter when adding members of this type.", null));
        }
    }

    private void notBothNull(PSMemberTypes kind) {
        if (value == null && secondValue == null) {
            throw terminatingError(ObjectErrors.invalidOperation("Value1AndValue2AreNotBothNull", "Both Value and "
                    + "SecondValue parameters should not be null for a member of type \"" + kind + "\". Specify a "
                    + "non-null value for one of the two parameters.", null));
        }
    }

    /** Adds {@code member} unless one of that name exists (then -Force replaces it, else an error). */
    private boolean add(Object target, PSMember member) {
        PSMember typed = typeDataMember(target, member.name());
        if (typed != null && InstanceMembers.find(target, member.name()) == null) {
            writeError(ObjectErrors.invalidOperation(force ? "CannotRemoveTypeDataMember" : "MemberAlreadyExists",
                    force ? "Cannot force the member with name \"" + member.name() + "\" and type \"" + typed.kind()
                            + "\" to be added. A member with that name and type already exists, and the existing "
                            + "member is not an instance extension." : alreadyExists(member.name()), target));
            return false;
        }
        if (exists(target, member.name())) {
            if (!force) {
                writeError(ObjectErrors.invalidOperation("MemberAlreadyExists", alreadyExists(member.name()), target));
                return false;
            }
            if (target instanceof PSObject o) {
                o.remove(member.name());
            }
            MemberTable table = InstanceMembers.of(target);
            if (table != null) {
                table.remove(member.name());
            }
        }
        if (target instanceof PSObject o && member.kind() == PSMemberTypes.NoteProperty) {
            o.set(member.name(), member.value());
        } else {
            InstanceMembers.forUpdate(target).add(member);
        }
        return true;
    }

    private boolean exists(Object target, String memberName) {
        return MemberLister.of(target, null, true, true, false).stream()
                .anyMatch(m -> m.name().equalsIgnoreCase(memberName));
    }

    /** A member of that name that the session's type data gives the object's type, which -Force cannot replace. */
    private PSMember typeDataMember(Object target, String memberName) {
        TypeDataTable types = frame().context().findService(TypeDataTable.class);
        return types == null ? null : types.findMember(new PSObjectView(target).getTypeNames(), memberName);
    }

    private static String alreadyExists(String memberName) {
        return "Cannot add a member with the name \"" + memberName + "\" because a member with that name already "
                + "exists. To overwrite the member anyway, add the Force parameter to your command.";
    }

    /** Puts -TypeName first among the object's type names; a type's name is written in full. */
    private void addTypeName(Object target) {
        String shown = typeName;
        try {
            Class<?> type = MemberGate.resolveType(frame().context(), typeName);
            if (type != null) {
                shown = TypeNames.of(type);
            }
        } catch (RuntimeException notAType) {
            // a name that is no type is used as written
        }
        if (target instanceof PSObject o) {
            o.addTypeName(shown);
        } else {
            InstanceMembers.forUpdate(target).addTypeName(shown);
        }
    }
}
