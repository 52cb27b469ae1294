package dev.jpwsh.engine.types;

import dev.jpwsh.dotnet.automation.NullString;
import dev.jpwsh.runtime.object.ValueBoxes;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.dotnet.collections.GenericInstance;
import dev.jpwsh.dotnet.xml.XmlDocument;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.error.RuntimeErrors;
import dev.jpwsh.runtime.number.UnsignedInteger;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.FlagsEnum;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.ScriptEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Casts and parameter conversions ({@code [int]'42'}, {@code [pscustomobject]@{}}) with PowerShell's rules:
 * numbers round half to even when narrowed, strings parse culture-invariantly, anything converts to bool by
 * its truth and to string by its display text. Stateless.
 */
public final class Conversions {
    private Conversions() {
    }

    /**
     * {@code [T[A]] value}: a script block becomes a delegate of the type, and a new instance of a generic type
     * takes the type arguments.
     */
    public static Object convert(Object value, Class<?> type, List<?> typeArguments) {
        if (dev.jpwsh.runtime.object.FlagsEnum.class.isAssignableFrom(type) && type.isRecord()
                && (value instanceof Integer || value instanceof Long || value instanceof Short
                        || value instanceof Byte)) {
            return flags(((Number) value).longValue(), type);
        }
        if (value instanceof ScriptBlock block && DelegateFactory.isDelegateType(type)) {
            return DelegateFactory.DELEGATES.create(type, typeArguments, block);
        }
        Object converted = convert(value, type);
        if (converted != value && converted instanceof GenericInstance generic && !typeArguments.isEmpty()) {
            generic.bindTypeArguments(typeArguments);
        }
        return converted;
    }

    public static Object convert(Object value, Class<?> type) {
        if (value == AutomationNull.VALUE) {
            value = null;
        }
        if (type == Object.class || type == PSObject.class || type == null) {
            return value;
        }
        if (type == String.class) {
            return value == null ? "" : value == NullString.VALUE ? null : LanguagePrimitives.toString(value);
        }
        if (type == Boolean.class) {
            return LanguagePrimitives.isTrue(value);
        }
        if (type == Void.class) {
            return null;
        }
        if (value != null && type.isInstance(value) && type != Object[].class) {
            // as pwsh's conversion takes a number out of the PSObject that carried its notes and text
            return value instanceof Number && InstanceMembers.of(value) != null ? ValueBoxes.plain(value) : value;
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == Double.class || type == Float.class || type == BigDecimal.class
                || type == BigInteger.class || UnsignedInteger.class.isAssignableFrom(type)) {
            return number(value, type);
        }
        if (type == Character.class) {
            return character(value);
        }
        if (ScriptEnum.isScriptEnum(type) && (value instanceof Number || value instanceof FlagsEnum)) {
            long number = value instanceof FlagsEnum e ? e.value() : ((Number) number(value, Long.class)).longValue();
            return ScriptEnum.membersOf(type).valueOf(number);
        }
        if (type.isEnum()) {
            return enumConstant(value, type);
        }
        if (value instanceof ScriptBlock block && DelegateFactory.isDelegateType(type)) {
            return DelegateFactory.DELEGATES.create(type, List.of(), block);
        }
        if (type == Class.class && value instanceof String name) {
            return toType(name, true);
        }
        if (type == Class.class && value instanceof DotNetType t && t.type() != null) {
            return t.type();
        }
        if (type == XmlDocument.class && value != null) {
            return xmlDocument(value);
        }
        if (value instanceof String s) {
            java.lang.reflect.Method parse = parseMethod(type);
            if (parse != null) {
                return parsed(parse, s, type);
            }
        }
        if (type.isArray() && type.getComponentType().isPrimitive()) {
            return toPrimitiveArray(value, type.getComponentType());
        }
        if (type.isArray()) {
            return toArray(value, type.getComponentType());
        }
        if (type == PSHashtable.class && value instanceof Map<?, ?> map) {
            return new PSHashtable(map);
        }
        if (type == dev.jpwsh.dotnet.Ref.class) {
            return new dev.jpwsh.dotnet.Ref(value);
        }
        if (value == null) {
            return null;
        }
        if (java.util.Collection.class.isAssignableFrom(type) && !type.isInterface()) {
            return collection(value, type);
        }
        if (type == Pattern.class) {
            return Pattern.compile(LanguagePrimitives.toString(value));
        }
        if (value instanceof String text && (type.isAnnotationPresent(dev.jpwsh.runtime.object.DotNetName.class)
                || Throwable.class.isAssignableFrom(type))) {
            return constructed(text, type);
        }
        // a constructor that takes the dictionary comes first, as pwsh figures a constructor conversion first
        if ((value instanceof Map<?, ?> || value instanceof PSObject) && ScriptInstance.class.isAssignableFrom(type)) {
            return constructsFrom(type, value) ? constructedFrom(value, type) : fromProperties(value, type);
        }
        if (value instanceof Map<?, ?> map && type.isAnnotationPresent(dev.jpwsh.runtime.object.DotNetName.class)) {
            return fromDictionary(map, type);
        }
        if (constructsFrom(type, value)) {
            return constructedFrom(value, type);
        }
        if (value instanceof Number && parseMethod(type) != null) {
            // as pwsh converts a number through its text when nothing else takes it: [version]2.5 is 2.5
            return convert(LanguagePrimitives.toString(value), type);
        }
        throw cannotConvert(value, type);
    }

    /**
     * Whether a script class or .NET type has a constructor that takes the value as it is, or widened as .NET's
     * binder widens an integer, which pwsh's conversions use last ({@code [System.Threading.ManualResetEvent]$false},
     * {@code [timespan]100} through TimeSpan(Int64 ticks)).
     */
    static boolean constructsFrom(Class<?> type, Object value) {
        return (ScriptInstance.class.isAssignableFrom(type) || type.isAnnotationPresent(
                dev.jpwsh.runtime.object.DotNetName.class)) && java.util.Arrays.stream(type.getConstructors())
                .anyMatch(c -> c.getParameterCount() == 1 && takes(c.getParameterTypes()[0], value));
    }

    private static Object constructedFrom(Object value, Class<?> type) {
        return MethodInvoker.constructor(type, List.of(value)).invoke(null, List.of(value), MemberGuard.NONE);
    }

    private static boolean takes(Class<?> parameter, Object value) {
        return MethodInvoker.boxed(parameter).isInstance(value) || (parameter == long.class || parameter == Long.class)
                && (value instanceof Integer || value instanceof Short || value instanceof Byte);
    }

    /**
     * {@code [MyClass]@{ X = 1 }}: a script class instance made by its parameterless constructor, then each key set
     * as a property (converted to its type); an unknown key or a value that does not convert is pwsh's
     * ObjectCreationError (naming the settable properties), a class without that constructor cannot convert.
     */
    private static Object fromProperties(Object value, Class<?> type) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        if (value instanceof PSObject object) {
            object.properties().forEach(p -> properties.put(p.name(), p.value()));
        } else {
            ((Map<?, ?>) value).forEach((k, v) -> properties.put(LanguagePrimitives.toString(k), v));
        }
        if (java.util.Arrays.stream(type.getConstructors()).noneMatch(c -> c.getParameterCount() == 0)) {
            throw cannotConvert(value, type);
        }
        Object instance = MethodInvoker.constructor(type, List.of()).invoke(null, List.of(), MemberGuard.NONE);
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (!Members.has(instance, property.getKey())) {
                List<String> settable = new java.util.ArrayList<>();
                for (java.lang.reflect.Field f : type.getFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        settable.add("[" + f.getName() + " <" + TypeNames.of(MethodInvoker.boxed(f.getType())) + ">]");
                    }
                }
                throw objectCreation(type, "The property '" + property.getKey() + "' was not found for the '"
                        + TypeNames.of(type) + "' object. The settable properties are: " + String.join(", ", settable)
                        + ".", value);
            }
            try {
                Members.set(instance, property.getKey(), property.getValue(), MemberGuard.NONE);
            } catch (PSException e) {
                Throwable inner = e.record().exception().getCause();
                throw objectCreation(type, inner != null ? inner.getMessage() : e.record().message(), value);
            }
        }
        return instance;
    }

    private static PSException objectCreation(Class<?> type, String reason, Object value) {
        return RuntimeFailures.create("ObjectCreationError", "InvalidArgument", "Cannot create object of type \""
                + TypeNames.of(type) + "\". " + reason, value);
    }

    /** A .NET type of jpwsh's made from a dictionary by its constructor that takes one; its refusal as it is. */
    private static Object fromDictionary(Map<?, ?> map, Class<?> type) {
        java.lang.reflect.Constructor<?> constructor;
        try {
            constructor = type.getConstructor(Map.class);
        } catch (NoSuchMethodException none) {
            throw cannotConvert(map, type);
        }
        try {
            return constructor.newInstance(map);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw cannotConvert(map, type);
        } catch (ReflectiveOperationException e) {
            throw cannotConvert(map, type);
        }
    }

    /**
     * {@code [System.IO.FileInfo]'/tmp/x'}: a .NET type made from a string by its constructor that takes one, as
     * PowerShell converts; its refusal is PowerShell's InvalidCastConstructorException quoting the constructor's error.
     */
    private static Object constructed(String text, Class<?> type) {
        java.lang.reflect.Constructor<?> constructor;
        try {
            constructor = type.getConstructor(String.class);
            return constructor.newInstance(text);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable inner = e.getCause();
            throw RuntimeFailures.of(new PSRuntimeException("InvalidCastConstructorException", "InvalidArgument",
                    "Cannot convert value \"" + text + "\" to type \"" + TypeNames.of(type) + "\". Error: \""
                            + dev.jpwsh.runtime.error.ExceptionNames.message(inner) + "\"", inner,
                    "System.Management.Automation.PSInvalidCastException"));
        } catch (ReflectiveOperationException none) {
            throw cannotConvert(text, type);
        }
    }

    /**
     * {@code [T[]] value}: an array of T (a Java {@code T[]}, so it knows its element type) whose elements are
     * converted to T; a scalar becomes a one-element array, a string becomes its characters for char.
     */
    public static Object[] toArray(Object value, Class<?> element) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s && element == Character.class) {
            Character[] chars = new Character[s.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = s.charAt(i);
            }
            return chars;
        }
        java.util.List<Object> items = Enumeration.toList(value);
        Object[] result = (Object[]) java.lang.reflect.Array.newInstance(element, items.size());
        for (int i = 0; i < result.length; i++) {
            result[i] = toElement(items.get(i), element);
        }
        return result;
    }

    /** {@link #toArray} for a Java primitive element type ({@code long[]} cmdlet parameters): each element unboxed. */
    private static Object toPrimitiveArray(Object value, Class<?> element) {
        if (value == null) {
            return null;
        }
        Object[] boxed = toArray(value, java.lang.invoke.MethodType.methodType(element).wrap().returnType());
        Object result = java.lang.reflect.Array.newInstance(element, boxed.length);
        for (int i = 0; i < boxed.length; i++) {
            java.lang.reflect.Array.set(result, i, boxed[i]);
        }
        return result;
    }

    /** A value converted to an array's element type, as storing it into that array does. */
    public static Object toElement(Object value, Class<?> element) {
        Object converted = convert(value, element);
        if (converted != null && !element.isInstance(converted)) {
            throw cannotConvert(value, element);
        }
        return converted;
    }

    /** {@code [type]'string'}: the type a name resolves to, by its Java name too when {@code javaNames}. */
    public static Class<?> toType(String name, boolean javaNames) {
        Class<?> named = TypeResolver.shared().resolve(name.strip(), javaNames);
        if (named == null) {
            throw cannotConvert(name, Class.class);
        }
        return named;
    }

    /** {@code [List[object]]@(1, 2)}: a new collection of the type holding the value's elements. */
    private static Object collection(Object value, Class<?> type) {
        try {
            @SuppressWarnings("unchecked")
            java.util.Collection<Object> result = (java.util.Collection<Object>) type.getConstructor().newInstance();
            result.addAll(Enumeration.toList(value));
            return result;
        } catch (ReflectiveOperationException e) {
            throw cannotConvert(value, type);
        }
    }

    /** A number as a flags enum modelled as a record of its number ({@code [RegexOptions]3}). */
    private static Object flags(long number, Class<?> type) {
        try {
            return type.getConstructor(int.class).newInstance((int) number);
        } catch (ReflectiveOperationException e) {
            throw cannotConvert(number, type);
        }
    }

    /** Whether text converts to {@code type} through its static {@code Parse(string)}, as .NET types do. */
    static boolean parsesText(Class<?> type) {
        return parseMethod(type) != null;
    }

    private static java.lang.reflect.Method parseMethod(Class<?> type) {
        return PARSE_METHODS.get(type).orElse(null);
    }

    /** Each type's static {@code Parse(string)} returning the type, looked up once: method overload checks ask often. */
    private static final ClassValue<java.util.Optional<java.lang.reflect.Method>> PARSE_METHODS = new ClassValue<>() {
        @Override
        protected java.util.Optional<java.lang.reflect.Method> computeValue(Class<?> type) {
            try {
                java.lang.reflect.Method m = type.getMethod("Parse", String.class);
                boolean parses = java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type;
                return parses ? java.util.Optional.of(m) : java.util.Optional.empty();
            } catch (NoSuchMethodException e) {
                return java.util.Optional.empty();
            }
        }
    };

    /**
     * Text through the type's {@code Parse}; a refusal is PowerShell's InvalidCastParseTargetInvocation, whose
     * message quotes the parse error's.
     */
    private static Object parsed(java.lang.reflect.Method parse, String text, Class<?> type) {
        try {
            return parse.invoke(null, text);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable inner = e.getCause();
            PSRuntimeException failure = new PSRuntimeException("InvalidCastParseTargetInvocation", "InvalidArgument",
                    "Cannot convert value \"" + text + "\" to type \"" + TypeNames.of(type) + "\". Error: \""
                            + dev.jpwsh.runtime.error.ExceptionNames.message(inner) + "\"", inner,
                    "System.Management.Automation.PSInvalidCastException");
            throw RuntimeFailures.of(failure);
        } catch (IllegalAccessException e) {
            throw cannotConvert(text, type);
        }
    }

    /** {@code [xml]$value}: the document the value's text holds (a collection's items joined by line feeds). */
    private static XmlDocument xmlDocument(Object value) {
        try {
            return XmlDocument.parse(LanguagePrimitives.toString(value, "\n"));
        } catch (dev.jpwsh.dotnet.xml.XmlException e) {
            throw RuntimeFailures.of(new PSRuntimeException("InvalidCastToXmlDocument", "InvalidArgument",
                    "Cannot convert value \"" + LanguagePrimitives.toString(value) + "\" to type \""
                            + "System.Xml.XmlDocument\". Error: \"" + e.getMessage() + "\"", e,
                    "System.Management.Automation.PSInvalidCastException"));
        }
    }

    /** An enum member by name (any case) or by number. */
    private static Object enumConstant(Object value, Class<?> type) {
        Object[] constants = type.getEnumConstants();
        if (value instanceof Number n && n.intValue() >= 0 && n.intValue() < constants.length) {
            return constants[n.intValue()];
        }
        String name = LanguagePrimitives.toString(value).strip();
        for (Object c : constants) {
            if (c.toString().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw RuntimeFailures.create("InvalidCastIConvertible", "InvalidArgument", "Cannot convert value \"" + name
                + "\" to type \"" + TypeNames.of(type) + "\". Error: \"Unable to match the identifier name " + name
                + " to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
                + String.join(", ", java.util.Arrays.stream(constants).map(Object::toString).toList()) + "\"", value);
    }

    /**
     * What {@code [pscustomobject]} written as a cast makes of a value: a dictionary becomes a custom object with its
     * entries as properties (a {@code PSTypeName} entry names its type), anything else stays as it is. Every other
     * conversion to PSObject ({@code [psobject]}, a {@code [pscustomobject]} parameter) keeps the value, as pwsh's.
     */
    public static Object toCustomObject(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        PSObject object = new PSObject();
        map.forEach((k, v) -> {
            String name = LanguagePrimitives.toString(k);
            if ("PSTypeName".equalsIgnoreCase(name) && v instanceof String typeName) {
                object.addTypeName(typeName);
            } else {
                object.set(name, v);
            }
        });
        return object;
    }

    private static Object character(Object value) {
        if (value instanceof String s && s.length() == 1) {
            return s.charAt(0);
        }
        if (value instanceof Number n) {
            return (char) n.intValue();
        }
        throw cannotConvert(value, Character.class);
    }

    private static Object number(Object value, Class<?> type) {
        Object n;
        try {
            n = LanguagePrimitives.toNumber(value);
        } catch (PSRuntimeException e) {
            if (value instanceof String s) {
                throw RuntimeFailures.of(RuntimeErrors.notANumber(s, TypeNames.of(type)));
            }
            throw cannotConvert(value, type);
        }
        Number number = (Number) n;
        if (type == Double.class) {
            return number.doubleValue();
        }
        if (type == Float.class) {
            return number.floatValue();
        }
        BigDecimal exact = number instanceof BigDecimal d ? d
                : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                : new BigDecimal(number.toString());
        if (type == BigDecimal.class) {
            return exact;
        }
        if (type == BigInteger.class) {
            return exact.toBigInteger();
        }
        Object whole = integer(exact.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact(), type);
        if (whole == null) {
            throw RuntimeFailures.create("InvalidCastIConvertible", "InvalidArgument", "Cannot convert value \""
                    + LanguagePrimitives.toString(value) + "\" to type \"" + TypeNames.of(type)
                    + "\". Error: \"Value was either too large or too small for " + rangeName(type) + ".\"", value);
        }
        return whole;
    }

    /** A whole number as the integer type {@code type}, or null when it does not fit. */
    private static Object integer(BigInteger whole, Class<?> type) {
        if (UnsignedInteger.class.isAssignableFrom(type)) {
            return UnsignedInteger.exact(type, whole);
        }
        int bits = type == Long.class ? 64 : type == Integer.class ? 32 : type == Short.class ? 16 : 8;
        if (whole.bitLength() >= bits) {
            return null;
        }
        return type == Long.class ? (Object) whole.longValue() : type == Integer.class ? (Object) whole.intValue()
                : type == Short.class ? (Object) whole.shortValue() : (Object) whole.byteValue();
    }

    /** How .NET's overflow messages name an integer type. */
    private static String rangeName(Class<?> type) {
        return switch (TypeNames.of(type)) {
            case "System.Byte" -> "an unsigned byte";
            case "System.SByte" -> "a signed byte";
            case "System.Int16" -> "an Int16";
            case "System.Int32" -> "an Int32";
            case "System.Int64" -> "an Int64";
            default -> "a " + TypeNames.of(type).substring("System.".length());
        };
    }

    private static RuntimeException cannotConvert(Object value, Class<?> type) {
        String from = TypeNames.ofValue(value);
        return RuntimeFailures.create("ConvertToFinalInvalidCastException", "InvalidArgument",
                "Cannot convert the \"" + LanguagePrimitives.toString(value) + "\" value of type \"" + from
                        + "\" to type \"" + TypeNames.of(type) + "\".", value);
    }
}
