/**
 * The language API scripts see ({@code System.Management.Automation.Language}, session services layer):
 * {@code [Parser]::ParseInput}/{@code ParseFile}, PowerShell's AST classes with their properties, extents, tokens
 * and parse errors, {@code Find}/{@code FindAll}/{@code Visit}, and {@code [PSParser]::Tokenize}. Every tree is a
 * view made by {@link dev.jpwsh.engine.languageapi.AstMapper} from the one tree {@code jpwsh-language}'s parser
 * builds; there is no second parser. Also answers {@code $scriptblock.Ast} through the core's
 * {@code exec.ScriptBlockSyntax} hook. Uses {@code jpwsh-language}, {@code jpwsh-runtime}, {@code jpwsh-dotnet} and
 * the core's {@code exec} (errors, script blocks).
 */
package dev.jpwsh.engine.languageapi;
