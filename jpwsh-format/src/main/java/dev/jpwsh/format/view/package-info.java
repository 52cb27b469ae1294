/**
 * Views and the choice of one: the format data pwsh defines for common types ({@link
 * dev.jpwsh.format.view.ViewDatabase}), the generators that turn objects into formatting objects of a shape, and
 * {@link dev.jpwsh.format.view.Shaper}, which does what a Format- cmdlet or Out-Default's implicit formatting does;
 * the views as Get-FormatData's type definitions, and their format.ps1xml form (read by {@code FormatFileLoader},
 * written by {@code FormatXmlWriter}).
 * Depends on the engine's public API and {@code dev.jpwsh.format.data}.
 */
package dev.jpwsh.format.view;
