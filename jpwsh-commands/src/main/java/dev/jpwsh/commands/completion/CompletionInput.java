package dev.jpwsh.commands.completion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text before the cursor asks to complete: the word under the cursor (from its start to the cursor), where
 * it starts, what kind of thing it is, and the command element around it (the command's name and the word before).
 * Worked out from the text alone, quotes and nesting ({@code ( )}, {@code { }}, pipes, statements) respected.
 *
 * @param kind what the word is
 * @param word the word, from its start to the cursor (a path keeps its opening quote)
 * @param wordStart the offset of the word in the input
 * @param commandName the name of the command the word is an argument of; null at command position
 * @param previous the word before this one in the command element, or null
 * @param commandWords the words of the command element before this one, the command's name first
 * @param text the input up to the cursor
 */
record CompletionInput(Kind kind, String word, int wordStart, String commandName, String previous,
        List<String> commandWords, String text) {
    /** The kinds of completion. */
    enum Kind { COMMAND, PARAMETER, OPERATOR, ARGUMENT, VARIABLE, MEMBER, STATIC_MEMBER, TYPE, NONE }

    /** Characters that end a word when unquoted. */
    private static final String WORD_BREAKS = "|;(){}=,";
    /** The expressions whose members are completed: variables, property chains, literals and type names. */
    private static final Pattern MEMBER_BASE = Pattern.compile(
            "(\\$[\\w:?]+(?:\\.\\w+)*|'[^']*'|\"[^\"$`]*\"|\\d+|\\[[\\w.+`\\[\\], ]+\\]|\\([^()]*\\))");
    private static final Pattern MEMBER = Pattern.compile(MEMBER_BASE.pattern() + "\\.(\\w*)");
    private static final Pattern STATIC_MEMBER = Pattern.compile("(\\[[\\w.+`\\[\\], ]+\\])::(\\w*)");

    static CompletionInput of(String input, int cursor) {
        String text = input.substring(0, Math.max(0, Math.min(cursor, input.length())));
        int segmentStart = 0;
        Deque<Integer> outer = new ArrayDeque<>();
        char quote = 0;
        int quoteStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '`' && quote == '"') {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> {
                    quote = c;
                    quoteStart = i;
                }
                case '`' -> i++;
                case '(', '{' -> {
                    outer.push(segmentStart);
                    segmentStart = i + 1;
                }
                case ')', '}' -> segmentStart = outer.isEmpty() ? i + 1 : outer.pop();
                case '|', ';', '\n' -> segmentStart = i + 1;
                default -> {
                }
            }
        }
        int wordStart = quote != 0 ? quoteStart : wordStart(text, segmentStart);
        String word = text.substring(wordStart);
        List<String> words = words(text.substring(segmentStart, wordStart));
        return classify(word, wordStart, words, text);
    }

    /** Where the unquoted word ending at the cursor starts: after the last blank or break before it. */
    private static int wordStart(String text, int segmentStart) {
        int i = text.length();
        int brackets = 0;
        while (i > segmentStart) {
            char c = text.charAt(i - 1);
            if (c == ']') {
                brackets++;
            } else if (c == '[' && brackets > 0) {
                brackets--;
            } else if (brackets == 0 && (Character.isWhitespace(c) || WORD_BREAKS.indexOf(c) >= 0)) {
                break;
            }
            i--;
        }
        return i;
    }

    /** The blank-separated words of a command element, quoted words kept whole. */
    private static List<String> words(String element) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : element.toCharArray()) {
            if (quote != 0) {
                word.append(c);
                quote = c == quote ? 0 : quote;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
                quote = c == '\'' || c == '"' ? c : 0;
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        if (!words.isEmpty() && (words.getFirst().equals("&") || words.getFirst().equals("."))) {
            words.removeFirst();
        }
        return words;
    }

    private static CompletionInput classify(String word, int start, List<String> words, String text) {
        String command = words.isEmpty() ? null : words.getFirst();
        String previous = words.isEmpty() ? null : words.getLast();
        Kind kind;
        if (STATIC_MEMBER.matcher(word).matches()) {
            kind = Kind.STATIC_MEMBER;
        } else if (MEMBER.matcher(word).matches()) {
            kind = Kind.MEMBER;
        } else if (word.startsWith("$")) {
            kind = Kind.VARIABLE;
        } else if (word.startsWith("[") && word.indexOf(']') < 0) {
            kind = Kind.TYPE;
        } else if (command == null) {
            kind = word.isEmpty() ? Kind.NONE : looksLikePath(word) ? Kind.ARGUMENT : Kind.COMMAND;
        } else if (word.startsWith("-") && word.indexOf(':') < 0) {
            kind = isExpression(command) ? Kind.OPERATOR : Kind.PARAMETER;
        } else {
            kind = Kind.ARGUMENT;
        }
        return new CompletionInput(kind, word, start, command, words.size() > 1 ? previous : null, words, text);
    }

    /** Whether a command element starts with a value rather than a command name, so a dash starts an operator. */
    private static boolean isExpression(String first) {
        char c = first.charAt(0);
        return "'\"$([@".indexOf(c) >= 0 || Character.isDigit(c);
    }

    /** The input of a completer called for one kind of word alone ([CompletionCompleters]::CompleteFilename...). */
    static CompletionInput alone(Kind kind, String word) {
        return new CompletionInput(kind, word, 0, null, null, List.of(), word);
    }

    private static boolean looksLikePath(String word) {
        return word.startsWith(".") || word.startsWith("~") || word.startsWith("'") || word.startsWith("\"")
                || word.indexOf('/') >= 0 || word.indexOf('\\') >= 0;
    }

    /** For MEMBER and STATIC_MEMBER: the expression before the dot (or {@code ::}). */
    String memberBase() {
        Matcher m = (kind == Kind.STATIC_MEMBER ? STATIC_MEMBER : MEMBER).matcher(word);
        return m.matches() ? m.group(1) : "";
    }

    /** For MEMBER and STATIC_MEMBER: the start of the member name typed so far. */
    String memberPrefix() {
        Matcher m = (kind == Kind.STATIC_MEMBER ? STATIC_MEMBER : MEMBER).matcher(word);
        return m.matches() ? m.group(2) : "";
    }
}
