package dev.jpwsh.engine.serialization;

import dev.jpwsh.dotnet.collections.ArrayList;
import dev.jpwsh.dotnet.collections.Queue;
import dev.jpwsh.dotnet.collections.Stack;
import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.dotnet.security.SecureString;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.OrderedHashtable;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.ValueBoxes;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CLIXML object by object with the JDK's StAX reader, as pwsh's deserializer does: primitives come back live,
 * dictionaries as hashtables (ordered ones as ordered), lists, collections, stacks and queues as ArrayList, Stack
 * and Queue, a PSCredential as a PSCredential, and any other object as a property bag whose type names carry
 * {@code Deserialized.} and whose text is the {@code <ToString>} it was written with. RefIds bring back shared
 * and cyclic references; a primitive written with type names, text or notes (an enum, a string given notes) comes
 * back as a box of its own carrying them. A DTD is refused, as pwsh prohibits it. Not thread-safe.
 */
public final class ObjectDeserializer implements AutoCloseable {
    private static final String PREFIX = "Deserialized.";
    private static final int MAX_DEPTH_BELOW_TOP = 50;
    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final Map<String, Object> objects = new HashMap<>();
    private final Map<String, List<String>> typeNameLists = new HashMap<>();
    private boolean done;
    private int belowTop;

    /** Opens the reader and steps into the {@code <Objs>} root. */
    public ObjectDeserializer(Reader in) {
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
            if (next() != XMLStreamConstants.START_ELEMENT) {
                throw error("Root element is missing.");
            }
            if (!xml.getLocalName().equals("Objs") || !ObjectSerializer.NAMESPACE.equals(xml.getNamespaceURI())) {
                throw error("Element 'Objs' with namespace name '" + ObjectSerializer.NAMESPACE
                        + "' was not found.");
            }
            checkVersion(xml.getAttributeValue(null, "Version"));
            done = next() != XMLStreamConstants.START_ELEMENT;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private void checkVersion(String version) {
        if (version == null) {
            return;
        }
        try {
            int major = dev.jpwsh.dotnet.Version.Parse(version).major();
            if (major != 1) {
                throw error("Version of incoming PSObject is " + major + ". Expected value is 1.");
            }
        } catch (IllegalArgumentException e) {
            throw error("Version of PSObject is not valid.");
        }
    }

    /** Whether every object has been read. */
    public boolean done() {
        return done;
    }

    /** The next top-level object. */
    public Object deserialize() {
        try {
            Object value = readOne();
            done = next() != XMLStreamConstants.START_ELEMENT;
            return value;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The next start or end tag, past text between elements and comments. */
    private int next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
            if (event == XMLStreamConstants.DTD) {
                throw error("For security reasons DTD is prohibited in this XML document. To enable DTD processing set"
                        + " the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into"
                        + " XmlReader.Create method.");
            }
            if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                throw error("Current Node type is Text. Expected type is Element.");
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Reads the element the reader is on; leaves it on that element's end tag. */
    private Object readOne() throws XMLStreamException {
        if (++belowTop == MAX_DEPTH_BELOW_TOP) {
            throw error("Serialized XML is nested too deeply.");
        }
        try {
            String tag = xml.getLocalName();
            switch (tag) {
                case "Nil" -> {
                    skip();
                    return null;
                }
                case "Ref" -> {
                    String refId = required("RefId");
                    Object found = objects.get(refId);
                    if (found == null && !objects.containsKey(refId)) {
                        throw error("No object found for referenceId " + refId);
                    }
                    skip();
                    return found;
                }
                case "Obj" -> {
                    return readObject();
                }
                default -> {
                    return primitive(tag);
                }
            }
        } finally {
            belowTop--;
        }
    }

    private Object primitive(String tag) throws XMLStreamException {
        if (PrimitiveTags.dotNetName(tag) == null) {
            throw error(tag + " XML tag is not recognized.");
        }
        Location at = xml.getLocation();
        String text = xml.getElementText();
        try {
            return PrimitiveTags.parse(tag, text);
        } catch (RuntimeException e) {
            throw new CliXmlException("The contents of the " + PrimitiveTags.dotNetName(tag)
                    + " primitive type are not valid.",
                    at.getLineNumber(), at.getColumnNumber());
        }
    }

    private String required(String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw error(attribute + " attribute was expected.");
        }
        return value;
    }

    private void skip() throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            }
        }
    }

    /** An {@code <Obj>}: its type names, text, base (primitive, container or object), properties and notes. */
    private Object readObject() throws XMLStreamException {
        String refId = xml.getAttributeValue(null, "RefId");
        PSObject bag = new PSObject();
        remember(refId, bag);
        List<String> typeNames = null;
        String text = null;
        Object base = null;
        boolean hasBase = false;
        boolean decoratedBase = false;
        Map<String, Object> properties = new LinkedHashMap<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "TN" -> typeNames = readTypeNames();
                case "TNRef" -> {
                    String id = required("RefId");
                    typeNames = typeNameLists.get(id);
                    if (typeNames == null) {
                        throw error("Cannot process names because no TypeNames were found for referenceId " + id);
                    }
                    skip();
                }
                case "ToString" -> text = PrimitiveTags.parse("S", xml.getElementText()).toString();
                case "Props", "MS" -> readMembers(properties);
                case "DCT" -> {
                    base = readDictionary(isOrdered(typeNames), refId);
                    hasBase = true;
                    decoratedBase = true;
                }
                case "LST", "IE", "QUE", "STK" -> {
                    base = readList(xml.getLocalName(), refId);
                    hasBase = true;
                    decoratedBase = true;
                }
                default -> {
                    decoratedBase = PrimitiveTags.dotNetName(xml.getLocalName()) != null;
                    base = readOne();
                    hasBase = true;
                }
            }
        }
        if (hasBase) {
            if (decoratedBase && base != null) {
                base = decorated(base, typeNames, text, properties);
            }
            remember(refId, base);
            return base;
        }
        return propertyBag(bag, typeNames, text, properties, refId);
    }

    /**
     * A primitive or a known container that came with type names, a text or notes (an enum is its number with the
     * enum's names and text; a generic list is an ArrayList named {@code Deserialized.System.Collections.Generic.List`1[...]}):
     * a primitive gets a box of its own that carries them, as pwsh's PSObject around the base object does.
     */
    private static Object decorated(Object base, List<String> typeNames, String text, Map<String, Object> notes) {
        if (typeNames == null && text == null && notes.isEmpty()) {
            return base;
        }
        Object own = ValueBoxes.fresh(base);
        MemberTable table = InstanceMembers.forUpdate(own);
        if (typeNames != null) {
            typeNames.reversed().forEach(table::addTypeName);
        }
        notes.forEach((name, value) -> table.add(new PSMember(PSMemberTypes.NoteProperty, name, value, null)));
        if (text != null) {
            InstanceMembers.setText(own, text);
        }
        return own;
    }

    private Object propertyBag(PSObject bag, List<String> typeNames, String text, Map<String, Object> properties,
            String refId) {
        if (typeNames != null && !typeNames.isEmpty()
                && typeNames.getFirst().equals(PREFIX + "System.Management.Automation.PSCredential")
                && properties.get("UserName") instanceof String user && !user.isEmpty()
                && properties.get("Password") instanceof SecureString password) {
            PSCredential credential = new PSCredential(user, password);
            remember(refId, credential);
            return credential;
        }
        if (typeNames != null) {
            List<String> names = bag.typeNamesForUpdate();
            names.clear();
            names.addAll(typeNames);
        }
        properties.forEach(bag::set);
        bag.setSerializedText(text);
        return bag;
    }

    private void remember(String refId, Object value) {
        if (refId != null) {
            objects.put(refId, value);
        }
    }

    private static boolean isOrdered(List<String> typeNames) {
        return typeNames != null && !typeNames.isEmpty() && typeNames.getFirst().equals(
                PREFIX + "System.Collections.Specialized.OrderedDictionary");
    }

    private List<String> readTypeNames() throws XMLStreamException {
        String refId = xml.getAttributeValue(null, "RefId");
        List<String> names = new java.util.ArrayList<>();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("T")) {
                throw error(xml.getLocalName() + " XML tag is not recognized.");
            }
            String name = CliXmlStrings.decode(xml.getElementText());
            if (!name.isEmpty()) {
                names.add(name.startsWith(PREFIX) ? name : PREFIX + name);
            }
        }
        List<String> list = List.copyOf(names);
        if (refId != null) {
            typeNameLists.put(refId, list);
        }
        return list;
    }

    private void readMembers(Map<String, Object> into) throws XMLStreamException {
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (xml.getLocalName().equals("MS")) {
                readMembers(new LinkedHashMap<>());
                continue;
            }
            String name = CliXmlStrings.decode(required("N"));
            into.put(name, readOne());
        }
    }

    private Object readDictionary(boolean ordered, String refId) throws XMLStreamException {
        PSHashtable table = ordered ? new OrderedHashtable() : new PSHashtable();
        boolean caseSensitive = false;
        remember(refId, table);
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("En")) {
                throw error(xml.getLocalName() + " XML tag is not recognized.");
            }
            Object key = entryPart("Key", "Key for dictionary entry is not specified.");
            if (key == null) {
                throw error("Null is specified as dictionary key.");
            }
            Object value = entryPart("Value", "Value for dictionary entry is not specified.");
            if (!ordered && !caseSensitive && table.containsKey(key)) {
                caseSensitive = true;
                table = caseSensitiveCopy(table);
                remember(refId, table);
            }
            table.put(key, value);
            if (next() != XMLStreamConstants.END_ELEMENT) {
                throw error(xml.getLocalName() + " XML tag is not recognized.");
            }
        }
        return table;
    }

    private static PSHashtable caseSensitiveCopy(PSHashtable table) {
        PSHashtable copy = PSHashtable.New();
        table.forEach(copy::put);
        return copy;
    }

    private Object entryPart(String name, String missing) throws XMLStreamException {
        if (next() != XMLStreamConstants.START_ELEMENT) {
            throw error(missing);
        }
        String given = xml.getAttributeValue(null, "N");
        if (given == null || !given.equalsIgnoreCase(name)) {
            throw error("Invalid " + (name.equals("Key") ? "key" : "value") + " name for dictionary entry.");
        }
        return readOne();
    }

    private Object readList(String tag, String refId) throws XMLStreamException {
        ArrayList list = new ArrayList();
        if (tag.equals("LST") || tag.equals("IE")) {
            remember(refId, list);
        }
        while (next() == XMLStreamConstants.START_ELEMENT) {
            list.add(readOne());
        }
        return switch (tag) {
            case "STK" -> {
                Stack stack = new Stack();
                for (int i = list.size() - 1; i >= 0; i--) {
                    stack.Push(list.get(i));
                }
                yield stack;
            }
            case "QUE" -> {
                Queue queue = new Queue();
                list.forEach(queue::Enqueue);
                yield queue;
            }
            default -> list;
        };
    }

    private CliXmlException error(String message) {
        Location at = xml == null ? null : xml.getLocation();
        return new CliXmlException(message, at == null ? 0 : at.getLineNumber(), at == null ? 0
                : at.getColumnNumber());
    }

    private static CliXmlException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf("Message: ");
        String text = detail >= 0 ? message.substring(detail + 9) : String.valueOf(message);
        return new CliXmlException(text, at == null ? 0 : at.getLineNumber(), at == null ? 0
                : at.getColumnNumber());
    }
}
