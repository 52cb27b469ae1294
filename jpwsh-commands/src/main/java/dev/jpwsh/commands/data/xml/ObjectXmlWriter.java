package dev.jpwsh.commands.data.xml;

import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.dotnet.Version;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.dotnet.xml.XmlWriting;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.types.MemberGuard;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.List;
import java.util.Map;

/**
 * Objects as ConvertTo-Xml writes them (pwsh's CustomSerialization), indented two spaces a level: the top object
 * is {@code <Object Type="...">}, its properties {@code <Property Name="..." Type="...">}; a primitive value is its
 * text, a dictionary its Key and Value pairs, a collection its items (both at the same depth), any other object
 * its properties down to -Depth and its text below that; {@code $null} is an empty element. -NoTypeInformation
 * leaves the Type attributes out.
 */
final class ObjectXmlWriter {
    private final Frame frame;
    private final StringBuilder out;
    private final boolean noTypes;
    private int level;
    private boolean firstCall;

    ObjectXmlWriter(Frame frame, StringBuilder out, boolean noTypes, int level) {
        this.frame = frame;
        this.out = out;
        this.noTypes = noTypes;
        this.level = level;
    }

    /** Writes one input object, expanded {@code depth} levels. */
    void writeObject(Object value, int depth) {
        firstCall = true;
        write(value, null, depth);
    }

    private void write(Object value, String property, int depth) {
        if (value == null) {
            open(property, null);
            out.append(" />");
            return;
        }
        if (isPrimitive(value)) {
            leaf(property, value, text(value));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            String name = open(property, value);
            out.append('>');
            level++;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(entry.getKey(), "Key", depth);
                write(entry.getValue(), "Value", depth);
            }
            close(name);
            return;
        }
        if (Enumeration.isEnumerable(value)) {
            List<Object> items = Enumeration.toList(value);
            String name = open(property, value);
            if (items.isEmpty()) {
                out.append(" />");
                return;
            }
            out.append('>');
            level++;
            for (Object item : items) {
                write(item, null, depth);
            }
            close(name);
            return;
        }
        if (depth <= 0 && value instanceof PSObject custom && !custom.properties().isEmpty()) {
            withNotes(property, custom);
            return;
        }
        if (depth <= 0) {
            leaf(property, value, value instanceof PSObject ? "" : text(value));
            return;
        }
        List<String> names = PropertyExpression.propertyNames(frame, value);
        String name = open(property, value);
        if (names.isEmpty()) {
            out.append(" />");
            return;
        }
        out.append('>');
        level++;
        for (String member : names) {
            Object memberValue = propertyValue(value, member);
            if (memberValue == null) {
                indent();
                out.append("<Property Name=\"").append(attribute(member)).append('"');
                if (!noTypes) {
                    out.append(" Type=\"System.Object\"");
                }
                out.append(" />");
            } else {
                write(memberValue, member, depth - 1);
            }
        }
        close(name);
    }

    private static Object propertyValue(Object value, String name) {
        try {
            if (value instanceof PSObject custom) {
                PSObject.Property p = custom.property(name);
                return p == null ? null : p.value();
            }
            return Members.get(value, name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isPrimitive(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof DateTime || value instanceof TimeSpan
                || value instanceof Version || value instanceof java.util.UUID || value instanceof java.net.URI
                || value instanceof Enum<?> || value instanceof byte[];
    }

    /** .NET's {@code ToString()} of a value. */
    private static String text(Object value) {
        return value instanceof String s ? s
                : LanguagePrimitives.toString(Members.invoke(value, "ToString", List.of(), MemberGuard.NONE));
    }

    /**
     * A custom object past the depth: its text as a string, then each note property's text (pwsh's
     * WritePrimitiveTypePSObjectWithNotes).
     */
    private void withNotes(String property, PSObject custom) {
        String name = open(property, custom);
        out.append('>');
        level++;
        leaf(null, "", LanguagePrimitives.toString(custom));
        for (PSObject.Property note : custom.properties()) {
            indent();
            out.append("<Property Name=\"").append(attribute(note.name())).append('"');
            if (!noTypes) {
                out.append(" Type=\"System.Management.Automation.PSNoteProperty\"");
            }
            out.append('>').append(XmlWriting.escape(LanguagePrimitives.toString(note.value()), false))
                    .append("</Property>");
        }
        close(name);
    }

    /** An element holding only text. */
    private void leaf(String property, Object value, String text) {
        String name = open(property, value);
        out.append('>').append(XmlWriting.escape(text, false)).append("</").append(name).append('>');
    }

    /** Opens an element for a value: Object for the top one, else Property (with its Name when it has one). */
    private String open(String property, Object value) {
        indent();
        String name = property == null && firstCall ? "Object" : "Property";
        firstCall = false;
        out.append('<').append(name);
        if (property != null) {
            out.append(" Name=\"").append(attribute(property)).append('"');
        }
        if (value != null && !noTypes) {
            out.append(" Type=\"").append(attribute(TypeNames.ofValue(value))).append('"');
        }
        return name;
    }

    private void close(String name) {
        level--;
        indent();
        out.append("</").append(name).append('>');
    }

    private void indent() {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append("  ".repeat(level));
    }

    private static String attribute(String text) {
        return XmlWriting.escape(text, true);
    }
}
