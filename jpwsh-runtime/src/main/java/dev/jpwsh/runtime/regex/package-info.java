/**
 * .NET regular expressions on Java's engine: {@link dev.jpwsh.runtime.regex.RegexTranslator} reads a .NET pattern
 * (named groups with any word characters, {@code (?'name')}, {@code \k<name>}, inline {@code n} and {@code x}
 * options, character class subtraction, .NET escapes and block names) and writes the Java pattern,
 * {@link dev.jpwsh.runtime.regex.DotNetPattern} keeps it with .NET's group numbering and caches it per pattern and
 * options, and {@link dev.jpwsh.runtime.regex.RegexReplacement} expands .NET substitutions ({@code $&}, {@code ${name}},
 * {@code $+}, ...). May use the runtime's {@code error} package only. Thread-safe.
 */
package dev.jpwsh.runtime.regex;
