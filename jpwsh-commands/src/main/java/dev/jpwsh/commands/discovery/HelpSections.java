package dev.jpwsh.commands.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a comment-based help block, as pwsh reads them: each {@code .KEYWORD} line starts a section that
 * runs to the next keyword line, its blank lines before the text skipped and its indentation (as much as its first
 * line has) removed. A block with any other text outside a section, or an unknown keyword, is no help. Immutable.
 */
record HelpSections(String synopsis, String description, String notes, String component, String role,
        String functionality, Map<String, String> parameters, List<String> examples, List<String> inputs,
        List<String> outputs, List<String> links, Map<String, String> defaults) {
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*\\.(\\w+)(\\s+(\\S.*))?\\s*$");

    /** The sections of the comment lines, or null when they are no help. */
    static HelpSections parse(List<String> lines) {
        String synopsis = null;
        String description = null;
        String notes = null;
        String component = null;
        String role = null;
        String functionality = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<String> links = new ArrayList<>();
        boolean found = false;
        int[] at = {0};
        for (at[0] = 0; at[0] < lines.size(); at[0]++) {
            Matcher m = DIRECTIVE.matcher(lines.get(at[0]));
            if (!m.matches()) {
                if (!lines.get(at[0]).isBlank()) {
                    return null;
                }
                continue;
            }
            found = true;
            String keyword = m.group(1).toUpperCase(Locale.ROOT);
            if (m.group(3) != null) {
                switch (keyword) {
                    case "PARAMETER" -> parameters.putIfAbsent(m.group(3).trim().toUpperCase(Locale.ROOT),
                            section(lines, at));
                    case "FORWARDHELPTARGETNAME", "FORWARDHELPCATEGORY", "REMOTEHELPRUNSPACE", "EXTERNALHELP" -> {
                    }
                    default -> {
                        return null;
                    }
                }
                continue;
            }
            switch (keyword) {
                case "SYNOPSIS" -> synopsis = section(lines, at);
                case "DESCRIPTION" -> description = section(lines, at);
                case "NOTES" -> notes = section(lines, at);
                case "LINK" -> links.add(section(lines, at).trim());
                case "EXAMPLE" -> examples.add(section(lines, at));
                case "INPUTS" -> inputs.add(section(lines, at));
                case "OUTPUTS" -> outputs.add(section(lines, at));
                case "COMPONENT" -> component = section(lines, at).trim();
                case "ROLE" -> role = section(lines, at).trim();
                case "FUNCTIONALITY" -> functionality = section(lines, at).trim();
                default -> {
                    return null;
                }
            }
        }
        return found ? new HelpSections(synopsis, description, notes, component, role, functionality,
                parameters, examples, inputs, outputs, links, Map.of()) : null;
    }

    /**
     * The text of the section whose keyword is on line {@code at[0]}, each line ending with a newline; leaves
     * {@code at[0]} on its last line.
     */
    private static String section(List<String> lines, int[] at) {
        StringBuilder text = new StringBuilder();
        boolean capturing = false;
        int indent = 0;
        int i = at[0] + 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!capturing && line.isBlank()) {
                continue;
            }
            if (DIRECTIVE.matcher(line).matches()) {
                break;
            }
            if (!capturing) {
                while (indent < line.length() && isIndent(line.charAt(indent))) {
                    indent++;
                }
                capturing = true;
            }
            int start = 0;
            while (start < line.length() && start < indent && isIndent(line.charAt(start))) {
                start++;
            }
            text.append(line, start, line.length()).append('\n');
        }
        at[0] = i - 1;
        return text.toString();
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /**
     * These sections with what the parameter block says: a parameter without a {@code .PARAMETER} section takes the
     * comment just above it as its description, and each parameter's default value is its default's text.
     */
    HelpSections withParameters(ParameterComments declared) {
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        declared.descriptions().forEach((name, text) -> merged.putIfAbsent(name.toUpperCase(Locale.ROOT), text));
        return new HelpSections(synopsis, description, notes, component, role, functionality, merged, examples,
                inputs, outputs, links, declared.defaults());
    }

    /** The default value's text of a parameter, or empty. */
    String defaultValue(String name) {
        return defaults.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }

    /** The description of a parameter from its {@code .PARAMETER} section, or null. */
    String parameter(String name) {
        return parameters.get(name.toUpperCase(Locale.ROOT));
    }
}
