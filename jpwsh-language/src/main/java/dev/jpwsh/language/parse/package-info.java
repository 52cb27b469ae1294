/**
 * The parser. {@link dev.jpwsh.language.parse.Parser} is the entry point; it returns a
 * {@link dev.jpwsh.language.parse.ParseResult} with a (possibly partial) tree and
 * {@link dev.jpwsh.language.parse.ParseError}s that carry PowerShell's error ids, messages and positions. The
 * grammar lives in package-private rule classes that share one {@code TokenStream} per parse; each rule method
 * starts with its grammar lines, and hands the nodes it makes to {@code SemanticChecks} (pwsh's checks of the finished
 * tree, with {@code EnclosureChecks} for those that depend on enclosing nodes). Depends on {@code source}, {@code token} and {@code ast}. A parse runs on the
 * calling thread and shares nothing mutable with other parses.
 */
package dev.jpwsh.language.parse;
