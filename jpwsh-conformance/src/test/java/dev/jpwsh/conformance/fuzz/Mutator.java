package dev.jpwsh.conformance.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes fuzz inputs from a seed script with one {@link Random}: deletes, duplicates, swaps or inserts tokens and
 * characters, wraps a stretch in deep nesting, or inserts a huge literal. Nothing else: a mutant is always made of the
 * seed's own text plus syntax characters, nesting and numbers, so it can do no more than the corpus could.
 */
final class Mutator {
    /** What one mutation did, for the failure message. */
    enum Kind {
        DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, INSERT_TOKEN, DELETE_CHARACTER, INSERT_CHARACTER, DEEP_NESTING,
        HUGE_LITERAL
    }

    /** A mutant and the mutations that made it. */
    record Mutant(String text, List<Kind> kinds) {
        /** Huge literals can ask for gigabytes (what one allocation may hold): such mutants are parsed only. */
        boolean hasHugeLiteral() {
            return kinds.contains(Kind.HUGE_LITERAL);
        }
    }

    /** Words, runs of white space, and single other characters. */
    private static final Pattern TOKEN = Pattern.compile("[\\w-]+|\\s+|.", Pattern.DOTALL);
    private static final String SYNTAX_CHARACTERS = "{}()[]$\"'@,;|&.:=-+!#<>`\n%*/\\?";
    private static final String[][] NESTINGS = {
        {"(", ")"}, {"{", "}"}, {"$(", ")"}, {"@(", ")"}, {"\"$(", ")\""}, {"@{a=", "}"}, {"if(1){", "}"},
        {"[a[", "]]"}, {"-not ", ""}, {"&{", "}"}, {"1?", ":0"},
    };
    private static final String[] HUGE_LITERALS = {
        "1e99999999999", "1e400", "-1e309", "1e-400", "9999999999999999999999999999d", "1e400d", "1e400l",
        "0x7FFFFFFFFFFFFFFFF", "0xFFFFFFFFkb", "1pb", "9223372036854775807pb", "1e308kb", "2147483647", "1e9",
        "[int]::MaxValue", "2GB",
    };
    /** The deepest nesting inserted: beyond the parser's limit of 500 levels, so both sides of it are met. */
    private static final int MAX_NESTING = 700;

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** One to three mutations of {@code seed}. */
    Mutant mutate(String seed) {
        String text = seed;
        List<Kind> kinds = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            text = apply(kind, text);
            kinds.add(kind);
        }
        return new Mutant(text, List.copyOf(kinds));
    }

    private String apply(Kind kind, String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return text;
        }
        int at = random.nextInt(tokens.size());
        switch (kind) {
            case DELETE_TOKEN -> tokens.remove(at);
            case DUPLICATE_TOKEN -> tokens.add(at, tokens.get(at));
            case SWAP_TOKENS -> {
                int other = random.nextInt(tokens.size());
                String kept = tokens.get(at);
                tokens.set(at, tokens.get(other));
                tokens.set(other, kept);
            }
            case INSERT_TOKEN -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
            case DELETE_CHARACTER -> {
                int offset = random.nextInt(text.length());
                return text.substring(0, offset) + text.substring(offset + 1);
            }
            case INSERT_CHARACTER -> {
                int offset = random.nextInt(text.length() + 1);
                char c = SYNTAX_CHARACTERS.charAt(random.nextInt(SYNTAX_CHARACTERS.length()));
                return text.substring(0, offset) + c + text.substring(offset);
            }
            case DEEP_NESTING -> {
                String[] nesting = NESTINGS[random.nextInt(NESTINGS.length)];
                int depth = 1 + random.nextInt(MAX_NESTING);
                int end = at + random.nextInt(Math.min(8, tokens.size() - at) + 1);
                boolean closed = random.nextInt(4) != 0;
                tokens.add(end, closed ? nesting[1].repeat(depth) : "");
                tokens.add(at, nesting[0].repeat(depth));
            }
            case HUGE_LITERAL -> tokens.add(at, " " + HUGE_LITERALS[random.nextInt(HUGE_LITERALS.length)] + " ");
        }
        return String.join("", tokens);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
