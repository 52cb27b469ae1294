package dev.jpwsh.commands.discovery;

import java.util.Map;

/**
 * What a command's parameter block tells help: each parameter's description from the comment above it, and the
 * text of each default value, by parameter name.
 */
record ParameterComments(Map<String, String> descriptions, Map<String, String> defaults) {
}
