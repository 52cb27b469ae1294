package dev.jpwsh.engine.serialization;

import dev.jpwsh.dotnet.collections.Queue;
import dev.jpwsh.dotnet.collections.Stack;
import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.FlagsEnum;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.ScriptEnum;
import java.io.Writer;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes objects as pwsh's serializer does (MS-PSRP 2.2.5): primitives as typed elements, dictionaries, lists,
 * stacks, queues and other collections as containers (which do not use up depth), custom objects as their type
 * names and notes ({@code <MS>}), other objects as type names, text and adapted properties ({@code <Props>}) one
 * level less deep, and anything at depth 0 as its text. An object seen before is a {@code <Ref>} to its RefId; a
 * type-name list seen before a {@code <TNRef>}. Streaming: each object goes to the writer as it is walked.
 */
public final class ObjectSerializer {
    public static final String NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04";
    /** What pwsh writes in place of an object nested deeper than 50 levels below the top. */
    static final String TOO_DEEP = "Serialized XML is nested too deeply.";
    private static final int MAX_DEPTH_BELOW_TOP = 50;
    /** Stands for a null note value in the entry lists, which hold no nulls. */
    private static final Object NULL = new Object();

    private final CliXmlTextWriter xml;
    private final int depth;
    private final PropertySource properties;
    private final Map<Object, String> objectIds = new IdentityHashMap<>();
    private final Map<List<String>, String> typeIds = new HashMap<>();
    private int belowTop;

    /** Starts the {@code <Objs>} root on {@code out}; {@code depth} is at least 1. */
    public ObjectSerializer(Writer out, int depth, PropertySource properties) {
        this.xml = new CliXmlTextWriter(out);
        this.depth = depth;
        this.properties = properties;
        xml.startElement("Objs");
        xml.attribute("Version", "1.1.0.1");
        xml.attribute("xmlns", NAMESPACE);
    }

    /** Writes one top-level object. */
    public void serialize(Object value) {
        write(value, null, depth);
    }

    /** Ends the root element and flushes; the writer stays open. */
    public void done() {
        xml.endElement();
        xml.flush();
    }

    private void write(Object value, String property, int depth) {
        if (value == null) {
            xml.startElement("Nil");
            name(property);
            xml.endElement();
            return;
        }
        belowTop++;
        try {
            if (belowTop == MAX_DEPTH_BELOW_TOP) {
                primitive("S", TOO_DEEP, property);
                return;
            }
            int own = value instanceof PSCredential ? 1 : depth;
            String tag = PrimitiveTags.tagOf(value);
            if (tag != null) {
                primitiveWithNotes(tag, value, property, own);
                return;
            }
            String refId = objectIds.get(value);
            if (refId != null) {
                xml.startElement("Ref");
                name(property);
                xml.attribute("RefId", refId);
                xml.endElement();
            } else if (!container(value, property, own)) {
                if (own == 0) {
                    primitive("S", text(value), property);
                } else {
                    complex(value, property, own);
                }
            }
        } finally {
            belowTop--;
        }
    }

    private void primitiveWithNotes(String tag, Object value, String property, int depth) {
        List<Map.Entry<String, Object>> notes = instanceNotes(value);
        if (notes.isEmpty()) {
            primitive(tag, PrimitiveTags.text(value), property);
            return;
        }
        startObject(value, property);
        primitive(tag, PrimitiveTags.text(value), null);
        memberSet(notes, depth);
        xml.endElement();
    }

    private void primitive(String tag, String text, String property) {
        xml.startElement(tag);
        name(property);
        xml.text(text);
        xml.endElement();
    }

    private void name(String property) {
        if (property != null) {
            xml.attribute("N", CliXmlStrings.encode(property));
        }
    }

    private void startObject(Object value, String property) {
        String refId = Integer.toString(objectIds.size());
        objectIds.put(value, refId);
        xml.startElement("Obj");
        name(property);
        xml.attribute("RefId", refId);
    }

    private void typeNames(Object value) {
        List<String> names = TypeHierarchy.of(value);
        if (names.isEmpty()) {
            return;
        }
        String known = typeIds.get(names);
        if (known != null) {
            xml.startElement("TNRef");
            xml.attribute("RefId", known);
            xml.endElement();
            return;
        }
        String refId = Integer.toString(typeIds.size());
        typeIds.put(List.copyOf(names), refId);
        xml.startElement("TN");
        xml.attribute("RefId", refId);
        for (String name : names) {
            primitive("T", CliXmlStrings.encode(name), null);
        }
        xml.endElement();
    }

    /** Dictionaries, stacks, queues, lists and other collections; false for anything else. */
    private boolean container(Object value, String property, int depth) {
        String tag = switch (value) {
            case Map<?, ?> map -> "DCT";
            case Stack stack -> "STK";
            case Queue queue -> "QUE";
            case List<?> list -> "LST";
            case Object[] array -> "LST";
            default -> value.getClass().isArray() ? "LST" : Enumeration.isEnumerable(value) ? "IE" : null;
        };
        if (tag == null) {
            return false;
        }
        startObject(value, property);
        typeNames(value);
        xml.startElement(tag);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() == null) {
                    break;
                }
                xml.startElement("En");
                write(e.getKey(), "Key", depth);
                write(e.getValue(), "Value", depth);
                xml.endElement();
            }
        } else {
            for (Object item : items(value)) {
                write(item, null, depth);
            }
        }
        xml.endElement();
        if (depth != 0) {
            if (tag.equals("IE")) {
                adaptedProperties(value, depth);
            }
            memberSet(instanceNotes(value), depth);
        }
        xml.endElement();
        return true;
    }

    private static List<?> items(Object value) {
        if (value.getClass().isArray() && !(value instanceof Object[])) {
            List<Object> items = new ArrayList<>();
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        return Enumeration.toList(value);
    }

    /**
     * An object of its own kind: its type names, its text (not for a custom object), then an enum's number, or
     * its adapted properties one level less deep, then the notes it carries.
     */
    private void complex(Object value, String property, int depth) {
        startObject(value, property);
        typeNames(value);
        if (value instanceof PSObject custom) {
            String text = custom.serializedText();
            if (text != null) {
                primitive("ToString", CliXmlStrings.encode(text), null);
            }
            List<Map.Entry<String, Object>> notes = new ArrayList<>();
            for (PSObject.Property p : custom.properties()) {
                notes.add(Map.entry(p.name(), p.value() == null ? NULL : p.value()));
            }
            notes.addAll(instanceNotes(value));
            memberSet(notes, depth);
        } else {
            primitive("ToString", CliXmlStrings.encode(text(value)), null);
            if (TypeHierarchy.isEnum(value)) {
                write(underlying(value), null, depth);
            } else {
                adaptedProperties(value, depth);
            }
            memberSet(instanceNotes(value), depth);
        }
        xml.endElement();
    }

    private static Object underlying(Object value) {
        return switch (value) {
            case ScriptEnum e -> e.underlyingValue();
            case FlagsEnum f -> (int) f.value();
            default -> ((Enum<?>) value).ordinal();
        };
    }

    /** The object's own properties; what Add-Member gave it goes in the member set only, as pwsh writes it. */
    private void adaptedProperties(Object value, int depth) {
        boolean started = false;
        MemberTable instance = InstanceMembers.of(value);
        for (String name : properties.propertyNames(value)) {
            if (instance != null && instance.find(name) != null) {
                continue;
            }
            Object property;
            try {
                property = properties.read(value, name);
            } catch (RuntimeException e) {
                continue;
            }
            if (!started) {
                xml.startElement("Props");
                started = true;
            }
            write(property, name, depth - 1);
        }
        if (started) {
            xml.endElement();
        }
    }

    private void memberSet(List<Map.Entry<String, Object>> notes, int depth) {
        if (notes.isEmpty()) {
            return;
        }
        xml.startElement("MS");
        for (Map.Entry<String, Object> note : notes) {
            write(note.getValue() == NULL ? null : note.getValue(), note.getKey(), depth);
        }
        xml.endElement();
    }

    /** The properties Add-Member gave {@code value}, with their values (a property that fails to read is left out). */
    private List<Map.Entry<String, Object>> instanceNotes(Object value) {
        MemberTable table = InstanceMembers.of(value);
        if (table == null || table.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, Object>> notes = new ArrayList<>();
        for (PSMember m : table.members()) {
            if (m.kind().isProperty()) {
                try {
                    Object v = properties.read(value, m.name());
                    notes.add(Map.entry(m.name(), v == null ? NULL : v));
                } catch (RuntimeException e) {
                    continue;
                }
            }
        }
        return notes;
    }

    private static String text(Object value) {
        try {
            return LanguagePrimitives.toString(value);
        } catch (RuntimeException e) {
            return value.getClass().getName();
        }
    }
}
