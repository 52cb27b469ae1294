package dev.jpwsh.console.line;

import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.CompletionMatcher;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab: the session's matches, in the session's order and unfiltered (the session already chose them, and a quoted
 * path does not begin with what was typed), with no space added after one: the menu a second Tab shows
 * ({@link TabKey} handles the first).
 */
final class SessionCompleter implements Completer, CompletionMatcher {
    private String commonPrefix = "";

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (!(line instanceof ConsoleLineParser.Line parsed)) {
            return;
        }
        List<CompletionSource.Match> matches = parsed.completions().matches();
        for (int i = 0; i < matches.size(); i++) {
            CompletionSource.Match match = matches.get(i);
            candidates.add(new Candidate(match.completionText(), match.listItemText(), null, null, null, null, false,
                    i));
        }
    }

    @Override
    public void compile(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
            boolean caseInsensitive, int errors, String originalGroupName) {
        commonPrefix = "";
    }

    @Override
    public List<Candidate> matches(List<Candidate> candidates) {
        commonPrefix = commonPrefix(candidates.stream().map(Candidate::value).toList());
        return candidates;
    }

    @Override
    public Candidate exactMatch() {
        return null;
    }

    @Override
    public String getCommonPrefix() {
        return commonPrefix;
    }

    /** The beginning all values share, compared without case, as the first value spells it. */
    static String commonPrefix(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        String first = values.getFirst();
        int length = first.length();
        for (String value : values) {
            int i = 0;
            while (i < length && i < value.length()
                    && Character.toLowerCase(value.charAt(i)) == Character.toLowerCase(first.charAt(i))) {
                i++;
            }
            length = i;
        }
        return first.substring(0, length);
    }
}
