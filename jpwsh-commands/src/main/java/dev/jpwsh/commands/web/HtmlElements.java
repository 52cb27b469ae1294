package dev.jpwsh.commands.web;

import dev.jpwsh.runtime.object.PSObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The elements a BasicHtmlWebResponseObject finds in its content with pwsh's regular expressions (no HTML parser,
 * as in pwsh): links, images and input fields, each a custom object with outerHTML, tagName and one property per
 * attribute of its opening tag.
 */
final class HtmlElements {
    private static final int FLAGS = Pattern.DOTALL | Pattern.CASE_INSENSITIVE;
    private static final String NAME = "[^\"'>/=\\s\\p{Cntrl}]+";
    private static final String VALUE = "(?:\"(.*?)\"|'(.*?)'|([^'\">\\s]+))";
    static final Pattern LINK = Pattern.compile("<a\\s+[^>]*(/>|>.*?</a>)", FLAGS);
    static final Pattern IMAGE = Pattern.compile("<img\\s[^>]*?>", FLAGS);
    static final Pattern INPUT = Pattern.compile("<input\\s+[^>]*(/?>|>.*?</input>)", FLAGS);
    private static final Pattern TAG = Pattern.compile("<\\w+((\\s+" + NAME + "(\\s*=\\s*(?:\".*?\"|'.*?'|[^'\">\\s]+))?)"
            + "+\\s*|\\s*)/?>", FLAGS);
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<=\\s)(" + NAME + "(\\s*=\\s*(?:\".*?\"|'.*?'|"
            + "[^'\">\\s]+))?)", FLAGS);
    private static final Pattern NAME_VALUE = Pattern.compile("(" + NAME + ")(?:\\s*=\\s*" + VALUE + ")?", FLAGS);

    private HtmlElements() {
    }

    /** Every match of {@code pattern} in {@code html}, as elements named {@code tagName}. */
    static List<PSObject> find(Pattern pattern, String html, String tagName) {
        List<PSObject> elements = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            elements.add(element(matcher.group(), tagName));
        }
        return elements;
    }

    private static PSObject element(String outerHtml, String tagName) {
        PSObject element = new PSObject();
        element.set("outerHTML", outerHtml);
        element.set("tagName", tagName);
        Matcher tag = TAG.matcher(outerHtml);
        if (!tag.find()) {
            return element;
        }
        Matcher attributes = ATTRIBUTE.matcher(tag.group());
        while (attributes.find()) {
            Matcher nameValue = NAME_VALUE.matcher(attributes.group());
            if (!nameValue.find()) {
                continue;
            }
            String value = nameValue.group(2) != null ? nameValue.group(2)
                    : nameValue.group(3) != null ? nameValue.group(3) : nameValue.group(4);
            element.set(nameValue.group(1), value);
        }
        return element;
    }
}
