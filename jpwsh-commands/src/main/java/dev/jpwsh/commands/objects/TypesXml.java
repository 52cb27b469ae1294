package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a types.ps1xml file: each {@code <Type>}'s name, its members (NoteProperty, AliasProperty, ScriptProperty,
 * ScriptMethod, PropertySet) and its {@code PSStandardMembers} (DefaultDisplayPropertySet, DefaultKeyPropertySet,
 * DefaultDisplayProperty). Script text becomes script blocks of the session that loads the file.
 */
final class TypesXml {
    /** One {@code <Type>} of the file. */
    record TypeEntry(String typeName, List<PSMember> members, List<String> displaySet, List<String> keySet,
            String displayProperty) {
    }

    private TypesXml() {
    }

    /** The types the file defines; an unreadable or malformed file throws IOException with the parser's reason. */
    static List<TypeEntry> read(Path file, Frame frame) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<TypeEntry> types = new ArrayList<>();
        for (Element type : children(document.getDocumentElement(), "Type")) {
            String name = text(type, "Name");
            List<PSMember> members = new ArrayList<>();
            List<String> displaySet = null;
            List<String> keySet = null;
            String displayProperty = null;
            for (Element group : children(type, "Members")) {
                for (Element m : elements(group)) {
                    if (m.getTagName().equals("MemberSet") && "PSStandardMembers".equalsIgnoreCase(text(m, "Name"))) {
                        for (Element inner : children(m, "Members").stream().flatMap(e -> elements(e).stream())
                                .toList()) {
                            String innerName = text(inner, "Name");
                            if ("DefaultDisplayPropertySet".equalsIgnoreCase(innerName)) {
                                displaySet = referenced(inner);
                            } else if ("DefaultKeyPropertySet".equalsIgnoreCase(innerName)) {
                                keySet = referenced(inner);
                            } else if ("DefaultDisplayProperty".equalsIgnoreCase(innerName)) {
                                displayProperty = text(inner, "Value");
                            }
                        }
                    } else {
                        PSMember member = member(m, frame);
                        if (member != null) {
                            members.add(member);
                        }
                    }
                }
            }
            types.add(new TypeEntry(name, members, displaySet, keySet, displayProperty));
        }
        return types;
    }

    private static PSMember member(Element m, Frame frame) {
        String name = text(m, "Name");
        return switch (m.getTagName()) {
            case "NoteProperty" -> new PSMember(PSMemberTypes.NoteProperty, name, text(m, "Value"), null);
            case "AliasProperty" -> new PSMember(PSMemberTypes.AliasProperty, name, text(m, "ReferencedMemberName"),
                    null);
            case "ScriptProperty" -> new PSMember(PSMemberTypes.ScriptProperty, name,
                    block(text(m, "GetScriptBlock"), frame), block(text(m, "SetScriptBlock"), frame));
            case "ScriptMethod" -> new PSMember(PSMemberTypes.ScriptMethod, name, block(text(m, "Script"), frame),
                    null);
            case "PropertySet" -> new PSMember(PSMemberTypes.PropertySet, name, referenced(m), null);
            default -> null;
        };
    }

    /** Script text as a block that runs in {@code frame}'s session. */
    static ScriptBlock block(String text, Frame frame) {
        return text == null ? null : ScriptBlock.createdIn(ScriptBlock.Create(text).body(), frame);
    }

    private static List<String> referenced(Element set) {
        List<String> names = new ArrayList<>();
        for (Element group : children(set, "ReferencedProperties")) {
            for (Element n : children(group, "Name")) {
                names.add(n.getTextContent().trim());
            }
        }
        return names;
    }

    private static String text(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.getFirst().getTextContent().trim();
    }

    private static List<Element> children(Element parent, String tag) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(tag)).toList();
    }

    private static List<Element> elements(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
