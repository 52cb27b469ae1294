/**
 * The mode-aware tokenizer. {@link dev.jpwsh.language.token.Tokenizer} reads one token at a time in the
 * {@link dev.jpwsh.language.token.TokenizerMode} the parser asks for; {@code NumberScanner} and
 * {@code StringScanner} read numeric literals and quoted text for it; {@link dev.jpwsh.language.token.Nesting} bounds
 * how deeply one parse (its tokenizers and the parser's rules) may nest. Depends on {@code source} only. A
 * tokenizer belongs to one parse on one thread; tokens and literals are immutable.
 */
package dev.jpwsh.language.token;
