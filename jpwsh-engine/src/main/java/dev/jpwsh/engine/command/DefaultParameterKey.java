package dev.jpwsh.engine.command;

/**
 * One key of {@code $PSDefaultParameterValues} read as pwsh reads it: {@code CommandName:ParameterName}, each part
 * trimmed and either one optionally quoted ({@code '"Get-Item":Path'}); the command part ends at the first colon,
 * the parameter part runs to the end. A key with an empty part, no colon or an unclosed quote is not valid.
 */
record DefaultParameterKey(String command, String parameter) {

    /** The key's two parts, or null when {@code key} (already trimmed) is not a valid key. */
    static DefaultParameterKey parse(String key) {
        if (key.isEmpty()) {
            return null;
        }
        StringBuilder command = new StringBuilder();
        int index = token(key, 0, command, true);
        index = index < 0 ? -1 : skipSpace(key, index);
        if (index < 0 || key.charAt(index) != ':') {
            return null;
        }
        index = skipSpace(key, index + 1);
        if (index < 0) {
            return null;
        }
        StringBuilder parameter = new StringBuilder();
        index = token(key, index, parameter, false);
        return index == key.length() ? new DefaultParameterKey(command.toString(), parameter.toString()) : null;
    }

    /**
     * Reads one part into {@code name} from {@code index}: a quoted part up to its closing quote, the command part
     * up to the colon, the parameter part to the end. Returns where reading stopped, or -1 when the part is empty
     * or not closed.
     */
    private static int token(String key, int index, StringBuilder name, boolean commandPart) {
        char quote = key.charAt(index) == '\'' || key.charAt(index) == '"' ? key.charAt(index) : 0;
        int i = quote == 0 ? index : index + 1;
        for (; i < key.length(); i++) {
            char c = key.charAt(i);
            if (quote != 0 ? c == quote : commandPart && c == ':') {
                String text = name.toString().strip();
                name.setLength(0);
                name.append(text);
                return text.isEmpty() ? -1 : quote != 0 ? i + 1 : i;
            }
            name.append(c);
        }
        if (!commandPart && quote == 0) {
            String text = name.toString().strip();
            name.setLength(0);
            name.append(text);
            return i;
        }
        return -1;
    }

    private static int skipSpace(String key, int index) {
        for (int i = index; i < key.length(); i++) {
            if (!Character.isWhitespace(key.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
