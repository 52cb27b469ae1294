package dev.jpwsh.commands.text;

import dev.jpwsh.dotnet.ProcessEnvironment;
import dev.jpwsh.dotnet.io.FileInfo;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.ops.Wildcard;
import dev.jpwsh.runtime.regex.DotNetPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Select-String: the lines of piped text or of files (-Path with wildcards, -LiteralPath, piped FileInfo) that one
 * of the -Pattern regexes (or -SimpleMatch strings) matches, as MatchInfo objects; -NotMatch, -AllMatches,
 * -CaseSensitive, -Context, -List (first match per file), -Quiet (a boolean), -Raw (the lines), -Include/-Exclude,
 * -Encoding and -NoEmphasis as in pwsh.
 */
@dev.jpwsh.runtime.object.DotNetName("Microsoft.PowerShell.Commands.SelectStringCommand")
@dev.jpwsh.engine.command.OutputType({"System.Boolean", "Microsoft.PowerShell.Commands.MatchInfo", "System.String"})
public final class SelectStringCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(mandatory = true, position = 0)
    private String[] pattern;

    @Parameter(position = 1, parameterSetName = "File")
    private String[] path;

    @Parameter(parameterSetName = "LiteralFile", aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean raw;

    @Parameter
    private boolean simpleMatch;

    @Parameter
    private boolean caseSensitive;

    @Parameter
    private boolean quiet;

    @Parameter
    private boolean list;

    @Parameter
    private boolean noEmphasis;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private boolean notMatch;

    @Parameter
    private boolean allMatches;

    @Parameter
    private Object encoding;

    @Parameter
    private Integer[] context;

    @Parameter
    private String culture;

    private DotNetPattern[] regexes;
    private ContextTracker piped;
    private long pipedLineNumber;
    private boolean done;
    private int pre;
    private int post;

    @Override
    protected void beginProcessing() {
        if (raw && quiet) {
            throw terminatingError(RuntimeFailures.parameterBinding("AmbiguousParameterSet", "Parameter set cannot "
                    + "be resolved using the specified named parameters. One or more parameters issued cannot be used "
                    + "together or an insufficient number of parameters were provided."));
        }
        if (culture != null && !simpleMatch) {
            throw terminatingError(RuntimeFailures.create("CannotSpecifyCultureWithoutSimpleMatch", "InvalidData",
                    "You must specify -Culture parameter only with -SimpleMatch parameter.", null,
                    "System.InvalidOperationException"));
        }
        if (context != null) {
            if (context.length < 1 || context.length > 2) {
                throw terminatingError(RuntimeFailures.parameterBinding("ParameterArgumentValidationError",
                        "Cannot validate argument on parameter 'Context'. The parameter requires at least 1 value(s) "
                        + "and no more than 2 value(s) - " + context.length + " value(s) were provided."));
            }
            for (Integer lines : context) {
                if (lines == null || lines < 0) {
                    throw terminatingError(RuntimeFailures.parameterBinding("ParameterArgumentValidationError",
                            "Cannot validate argument on parameter 'Context'. The " + lines + " argument is less than "
                            + "the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 "
                            + "and then try the command again."));
                }
            }
            pre = context[0];
            post = context.length > 1 ? context[1] : context[0];
        }
        String suppress = ProcessEnvironment.get("__SuppressAnsiEscapeSequences");
        noEmphasis |= suppress != null && !suppress.isEmpty();
        if (!simpleMatch) {
            regexes = new DotNetPattern[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                try {
                    regexes[i] = DotNetPattern.of(pattern[i], caseSensitive ? 0 : DotNetPattern.IGNORE_CASE);
                } catch (PSRuntimeException e) {
                    throw terminatingError(RuntimeFailures.create("InvalidRegex", "InvalidArgument", "The string "
                            + pattern[i] + " is not a valid regular expression: " + e.getMessage(), null,
                            "System.ArgumentException"));
                }
            }
        }
        piped = tracker();
    }

    private ContextTracker tracker() {
        return new ContextTracker(raw ? 0 : pre, raw ? 0 : post);
    }

    @Override
    protected void processRecord() {
        if (done) {
            return;
        }
        if (path != null || literalPath != null) {
            searchFiles(resolve(literalPath != null ? literalPath : path, literalPath != null));
            return;
        }
        if (inputObject instanceof FileInfo file) {
            searchFiles(List.of(Path.of(file.getFullName())));
            return;
        }
        pipedLineNumber++;
        MatchInfo earlier = inputObject instanceof MatchInfo m ? m : null;
        if (earlier != null && (pre > 0 || post > 0)) {
            pre = 0;
            post = 0;
            piped = tracker();
            writeWarning("The option \"Context\" is not valid when searching results that are piped from "
                    + "Select-String output.");
        }
        String line = earlier != null ? earlier.getLine() : LanguagePrimitives.toString(inputObject);
        MatchInfo result = match(line, earlier);
        if (result != null) {
            if (earlier == null) {
                result.setLineNumber(pipedLineNumber);
            }
            piped.trackMatch(result);
        } else {
            piped.trackLine(line);
        }
        if (flush(piped) && quiet) {
            done = true;
        }
    }

    @Override
    protected void endProcessing() {
        piped.trackEnd();
        if (!done) {
            flush(piped);
        }
    }

    private void writeWarning(String message) {
        dev.jpwsh.engine.exec.MessageStreams.write(frame(),
                new dev.jpwsh.engine.exec.InformationalRecord.WarningRecord(message));
    }

    /** The files {@code paths} name (wildcards expanded unless literal) that exist and pass -Include/-Exclude. */
    private List<Path> resolve(String[] paths, boolean literal) {
        SessionProviders providers = SessionProviders.of(frame().context());
        ProviderContext providerContext = new ProviderContext(frame(), false, e -> writeError(e.record()));
        List<Path> files = new ArrayList<>();
        for (String one : paths) {
            List<ProviderPath> found;
            try {
                found = providers.paths().expand(providerContext, one, literal);
            } catch (PSException e) {
                throw terminatingError(e);
            }
            for (ProviderPath p : found) {
                if (!(p.provider() instanceof FileSystemProvider)) {
                    writeError(RuntimeFailures.create("ProcessingFile", "InvalidArgument", "Cannot open the file "
                            + "because the current provider (" + p.provider().name() + ") cannot open files.", null,
                            "System.ArgumentException").record());
                    continue;
                }
                Path file = Path.of(p.path());
                if (!Files.exists(file)) {
                    throw terminatingError(ProviderErrors.pathNotFound(p.displayPath()));
                }
                if (!Files.isDirectory(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private void searchFiles(List<Path> files) {
        boolean found = false;
        for (Path file : files) {
            if (included(file.getFileName() == null ? "" : file.getFileName().toString()) && searchFile(file)) {
                found = true;
                if (quiet) {
                    return;
                }
            }
        }
        if (quiet && !found) {
            writeObject(list ? null : Boolean.FALSE);
        }
    }

    private boolean included(String name) {
        if (include != null && java.util.Arrays.stream(include).noneMatch(w -> Wildcard.matches(name, w, false))) {
            return false;
        }
        return exclude == null || java.util.Arrays.stream(exclude).noneMatch(w -> Wildcard.matches(name, w, false));
    }

    private boolean searchFile(Path file) {
        ContextTracker tracker = tracker();
        boolean found = false;
        try (BufferedReader reader = Files.newBufferedReader(file, charset())) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                MatchInfo result = match(line, null);
                if (result != null) {
                    result.setPath(file.toString());
                    result.setLineNumber(number);
                    tracker.trackMatch(result);
                } else {
                    tracker.trackLine(line);
                }
                if (!tracker.ready().isEmpty()) {
                    found = true;
                    if (quiet || list) {
                        break;
                    }
                    flush(tracker);
                }
            }
            tracker.trackEnd();
            found |= flush(tracker);
        } catch (IOException | java.io.UncheckedIOException e) {
            writeError(RuntimeFailures.create("ProcessingFile", "InvalidArgument", "The file " + file + " cannot be "
                    + "read: " + e.getMessage(), null, "System.ArgumentException").record());
        }
        return found;
    }

    private Charset charset() {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        String name = LanguagePrimitives.toString(encoding instanceof String ? encoding
                : dev.jpwsh.engine.types.Members.get(encoding, "WebName"));
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "utf8", "utf8bom", "utf8nobom", "default", "oem", "utf7", "utf-8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "unicode", "utf-16" -> StandardCharsets.UTF_16LE;
            case "bigendianunicode", "utf-16be" -> StandardCharsets.UTF_16BE;
            case "utf32", "utf-32" -> Charset.forName("UTF-32LE");
            case "bigendianutf32", "utf-32be" -> Charset.forName("UTF-32BE");
            case "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
            default -> throw terminatingError(RuntimeFailures.create("ParameterArgumentTransformationError",
                    "InvalidData", "Cannot process argument transformation on parameter 'Encoding'. '" + name
                    + "' is not a supported encoding name. For information on defining a custom encoding, see the "
                    + "documentation for the Encoding.RegisterProvider method.", name,
                    "System.Management.Automation.ParameterBindingArgumentTransformationException"));
        };
    }

    /** Writes what the tracker released: the lines (-Raw), true (-Quiet), the first match (-List) or all. */
    private boolean flush(ContextTracker tracker) {
        List<MatchInfo> ready = tracker.ready();
        if (ready.isEmpty()) {
            return false;
        }
        if (raw) {
            ready.forEach(m -> writeObject(m.getLine()));
        } else if (quiet && !list) {
            writeObject(Boolean.TRUE);
        } else if (list) {
            writeObject(ready.getFirst());
        } else {
            ready.forEach(this::writeObject);
        }
        ready.clear();
        return true;
    }

    /** The MatchInfo for {@code line} when it matches (or, with -NotMatch, when it does not), else null. */
    private MatchInfo match(String line, MatchInfo earlier) {
        List<int[]> spans = new ArrayList<>();
        List<Object> found = new ArrayList<>();
        int which = -1;
        for (int i = 0; i < pattern.length && which < 0; i++) {
            if (simpleMatch) {
                int at = indexOf(line, pattern[i]);
                if (at >= 0) {
                    spans.add(new int[] {at, pattern[i].length()});
                    which = i;
                }
                continue;
            }
            Matcher m = regexes[i].matcher(line);
            while (m.find()) {
                found.add(dev.jpwsh.dotnet.text.RegexMatch.of(regexes[i], m.toMatchResult(), line));
                spans.add(new int[] {m.start(), m.end() - m.start()});
                which = i;
                if (!allMatches || notMatch) {
                    break;
                }
            }
        }
        boolean matched = which >= 0;
        if (notMatch) {
            matched = !matched;
            which = 0;
        }
        if (!matched) {
            return null;
        }
        if (earlier != null) {
            return earlier.getContext() != null ? earlier.withoutDisplayContext() : earlier;
        }
        MatchInfo result = new MatchInfo(noEmphasis || notMatch ? null : spans.toArray(int[][]::new));
        result.setIgnoreCase(!caseSensitive);
        result.setLine(line);
        result.setPattern(pattern[which]);
        if (pre > 0 || post > 0) {
            result.setContext(new MatchInfoContext());
        }
        result.setMatches(notMatch ? new Object[0] : found.toArray());
        return result;
    }

    /** -SimpleMatch: where {@code text} contains {@code value}, ignoring case unless -CaseSensitive. */
    private int indexOf(String text, String value) {
        if (caseSensitive) {
            return text.indexOf(value);
        }
        for (int i = 0; i + value.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, value, 0, value.length())) {
                return i;
            }
        }
        return -1;
    }
}
