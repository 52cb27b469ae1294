package dev.jpwsh.engine.exec;

import dev.jpwsh.engine.compile.Compiler;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Script files and script text as script blocks: parsed and compiled once per process for each distinct
 * text (the cache is shared by every runspace and thread).
 */
public final class ScriptFiles {
    private static final Map<String, ScriptBlock.Compiled> COMPILED = new ConcurrentHashMap<>();
    private static final Map<Path, LoadedFile> LOADED = new ConcurrentHashMap<>();

    /** A file's compiled code, with the size and modification time the file had when it was read. */
    private record LoadedFile(FileTime modified, long size, ScriptBlock.Compiled compiled) {
        boolean isCurrent(BasicFileAttributes attributes) {
            return attributes.size() == size && attributes.lastModifiedTime().equals(modified);
        }
    }

    private ScriptFiles() {
    }

    /** Compiles source text; a parse error becomes a terminating ParseException error. */
    public static ScriptBlock compile(SourceText source) {
        try {
            return new ScriptBlock(compiled(source));
        } catch (PSRuntimeException parseError) {
            throw new PSException(new ErrorRecord(parseError, parseError.errorId(), "ParserError", null, null), true);
        }
    }

    /**
     * Compiles text for a .NET API caller, as {@code ScriptBlock.Create} does: a parse error throws the
     * ParseException itself (scripts calling the API see it inside a MethodInvocationException).
     */
    public static ScriptBlock create(String text) {
        return new ScriptBlock(compiled(new SourceText("", text)));
    }

    private static ScriptBlock.Compiled compiled(SourceText source) {
        String key = source.name() + "\u0000" + source.text();
        ScriptBlock.Compiled compiled = COMPILED.get(key);
        if (compiled == null) {
            ParseResult result = Parser.parse(source);
            if (result.hasErrors()) {
                throw ParseFailures.exception(result.errors());
            }
            compiled = Compiler.scriptBlock(result.ast());
            COMPILED.putIfAbsent(key, compiled);
        }
        return compiled;
    }

    /** Compiles a tree the caller already parsed without errors from {@code source}. */
    public static ScriptBlock compile(SourceText source, dev.jpwsh.language.ast.ScriptBlockAst ast) {
        String key = source.name() + "\u0000" + source.text();
        return new ScriptBlock(COMPILED.computeIfAbsent(key, k -> Compiler.scriptBlock(ast)));
    }

    /**
     * A script file as a script block. The file is read again only when its size or modification time changed since
     * it was last loaded, so a module or script that every runspace loads costs one file status check.
     */
    public static ScriptBlock load(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            LoadedFile loaded = LOADED.get(file);
            if (loaded != null && loaded.isCurrent(attributes)) {
                return new ScriptBlock(loaded.compiled());
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceText source = new SourceText(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
            ScriptBlock block = compile(source);
            LOADED.put(file, new LoadedFile(attributes.lastModifiedTime(), attributes.size(), block.body()));
            return block;
        } catch (IOException e) {
            throw RuntimeFailures.create("FileNotFound", "ObjectNotFound",
                    "The file '" + file + "' could not be read: " + ExceptionNames.message(e), file.toString());
        }
    }

    /** The frame a script runs in: a new scope under the caller's, which is also its {@code $script:} scope. */
    public static Frame scriptFrame(Frame caller) {
        Scope scope = new Scope(caller.scope());
        return new Frame(caller.context(), scope, scope, caller.global());
    }
}
