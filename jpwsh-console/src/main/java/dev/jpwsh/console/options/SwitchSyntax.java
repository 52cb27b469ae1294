package dev.jpwsh.console.options;

/** How a command-line argument spells a switch: {@code -Name}, {@code --Name} or {@code /Name}. */
final class SwitchSyntax {
    private SwitchSyntax() {
    }

    /** A hyphen, or the en dash, em dash or horizontal bar that word processors put in its place. */
    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** The switch name typed in a (stripped) argument: without its leading {@code /}, dash or doubled dash. */
    static String key(String argument) {
        if (argument.isEmpty()) {
            return "";
        }
        char first = argument.charAt(0);
        String key = argument.substring(1);
        if (!key.isEmpty() && isDash(first) && key.charAt(0) == first) {
            key = key.substring(1);
        }
        return key;
    }
}
