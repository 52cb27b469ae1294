package dev.jpwsh.engine.node;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.ops.CompositeFormat;
import dev.jpwsh.runtime.ops.RegexOperators;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.List;
import dev.jpwsh.dotnet.text.Regex;
import dev.jpwsh.dotnet.text.RegexMatch;
import dev.jpwsh.runtime.regex.DotNetPattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text operators: -like, -match (which sets {@code $Matches}), -replace, -split and -f. */
public final class TextOperators {
    private TextOperators() {
    }

    /** The elements of a collection whose text passes the test: how -like and -match filter. */
    private static Object[] filter(Object collection, java.util.function.Predicate<String> test) {
        List<Object> kept = new ArrayList<>();
        for (Object item : Enumeration.toList(collection)) {
            if (test.test(LanguagePrimitives.toString(item))) {
                kept.add(item);
            }
        }
        return kept.toArray();
    }

    /** {@code a -like pattern}, {@code -notlike}; filters a collection. */
    public record Like(Expr left, Expr right, boolean caseSensitive, boolean negate) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object value = left.eval(frame);
            Pattern pattern = Wildcard.compile(LanguagePrimitives.toString(right.eval(frame)), caseSensitive);
            if (Enumeration.isEnumerable(value)) {
                return filter(value, text -> pattern.matcher(text).matches() != negate);
            }
            return pattern.matcher(LanguagePrimitives.toString(value)).matches() != negate;
        }
    }

    /** {@code a -match regex}, {@code -notmatch}; a single value that matches sets {@code $Matches}. */
    public record Match(Expr left, Expr right, boolean caseSensitive, boolean negate) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object value = left.eval(frame);
            DotNetPattern pattern = RegexOperators.compile(LanguagePrimitives.toString(right.eval(frame)),
                    caseSensitive);
            if (Enumeration.isEnumerable(value)) {
                return filter(value, text -> pattern.matcher(text).find() != negate);
            }
            Matcher m = pattern.matcher(LanguagePrimitives.toString(value));
            boolean found = m.find();
            if (found) {
                frame.setLocal("Matches", RegexOperators.matchesTable(pattern, m));
            }
            return found != negate;
        }
    }

    /** {@code a -replace regex, replacement}; the replacement may be a script block given {@code $_} as match. */
    public record Replace(Expr left, Expr pattern, Expr replacement, boolean caseSensitive) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object value = left.eval(frame);
            Object regexText = pattern.eval(frame);
            Object with = "";
            if (replacement != null) {
                with = replacement.eval(frame);
            } else if (regexText instanceof Object[] pair && pair.length == 2) {
                // the right operand computed as a pair ('x' -replace 'x',$null ?? 1): pattern and replacement
                regexText = pair[0];
                with = pair[1];
            }
            DotNetPattern regex = RegexOperators.compile(LanguagePrimitives.toString(regexText), caseSensitive);
            if (Enumeration.isEnumerable(value)) {
                List<Object> replaced = new ArrayList<>();
                for (Object item : Enumeration.toList(value)) {
                    replaced.add(replaceOne(frame, LanguagePrimitives.toString(item), regex, with));
                }
                return replaced.toArray();
            }
            return replaceOne(frame, LanguagePrimitives.toString(value), regex, with);
        }

        private static String replaceOne(Frame frame, String input, DotNetPattern regex, Object with) {
            if (with instanceof ScriptBlock block) {
                Matcher m = regex.matcher(input);
                StringBuilder sb = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    Object result = block.invokeWithUnderscore(frame, RegexMatch.of(regex, m.toMatchResult(), input));
                    sb.append(input, last, m.start()).append(LanguagePrimitives.toString(result));
                    last = m.end();
                }
                return sb.append(input, last, input.length()).toString();
            }
            return RegexOperators.replace(input, regex, LanguagePrimitives.toString(with));
        }
    }

    /**
     * {@code a -split pattern[, max[, options]]} and {@code -split a}. The pattern may be a script block that
     * tests each character; a negative max splits from the end; options include SimpleMatch and IgnoreCase.
     */
    public record Split(Expr left, Expr pattern, Expr max, Expr options, boolean caseSensitive) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object value = left.eval(frame);
            List<Object> pieces = new ArrayList<>();
            Object delimiter = pattern == null ? null : pattern.eval(frame);
            int limit = max == null ? 0 : ((Number) LanguagePrimitives.toNumber(max.eval(frame))).intValue();
            String flags = options == null ? "" : LanguagePrimitives.toString(options.eval(frame))
                    .toLowerCase(java.util.Locale.ROOT);
            if (flags.contains("simplematch") && flags.replaceAll("simplematch|ignorecase|[,\\s]", "").length() > 0) {
                throw dev.jpwsh.engine.exec.RuntimeFailures.create("InvalidSplitOptionCombination", "ParserError",
                        "The combination of options with the -split operator is not valid.", null,
                        "System.Management.Automation.ParseException");
            }
            DotNetPattern regex = delimiter == null || delimiter instanceof ScriptBlock ? null
                    : RegexOperators.compile(flags.contains("simplematch")
                            ? Regex.Escape(LanguagePrimitives.toString(delimiter))
                            : LanguagePrimitives.toString(delimiter), splitOptions(flags, caseSensitive));
            for (Object item : Enumeration.toList(value)) {
                String text = LanguagePrimitives.toString(item);
                if (delimiter instanceof ScriptBlock block) {
                    pieces.addAll(splitWhere(frame, text, block, limit));
                } else if (regex == null) {
                    pieces.addAll(RegexOperators.splitWhitespace(text));
                } else {
                    pieces.addAll(RegexOperators.split(text, regex, limit));
                }
            }
            return pieces.toArray();
        }

        /** The RegexOptions that -split's options text names; case follows the operator unless IgnoreCase says. */
        private static int splitOptions(String flags, boolean caseSensitive) {
            int options = caseSensitive && !flags.contains("ignorecase") ? 0 : DotNetPattern.IGNORE_CASE;
            options |= flags.contains("multiline") ? DotNetPattern.MULTILINE : 0;
            options |= flags.contains("singleline") ? DotNetPattern.SINGLELINE : 0;
            options |= flags.contains("explicitcapture") ? DotNetPattern.EXPLICIT_CAPTURE : 0;
            return options | (flags.contains("ignorepatternwhitespace") ? DotNetPattern.IGNORE_PATTERN_WHITESPACE : 0);
        }

        /** Splits at each character the script block accepts; a limit keeps the first (or, negative, last) cuts. */
        private static List<String> splitWhere(Frame frame, String text, ScriptBlock block, int limit) {
            List<Integer> cuts = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (LanguagePrimitives.isTrue(block.invokeWithUnderscore(frame, String.valueOf(text.charAt(i))))) {
                    cuts.add(i);
                }
            }
            if (limit != 0 && cuts.size() > Math.abs(limit) - 1) {
                int keep = Math.abs(limit) - 1;
                cuts = limit > 0 ? cuts.subList(0, keep) : cuts.subList(cuts.size() - keep, cuts.size());
            }
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int cut : cuts) {
                parts.add(text.substring(start, cut));
                start = cut + 1;
            }
            parts.add(text.substring(start));
            return parts;
        }
    }

    /** {@code template -f args}. */
    public record Format(Expr template, Expr args) implements Expr {
        @Override
        public Object eval(Frame frame) {
            String text = LanguagePrimitives.toString(template.eval(frame));
            Object values = args.eval(frame);
            return CompositeFormat.format(text, values == null ? java.util.Collections.singletonList(null)
                    : Enumeration.toList(values));
        }
    }
}
