/**
 * Plain data types of System.Management.Automation that need no engine: PSNoteProperty, NullString, and the
 * {@code $x.psobject} view of a value's properties and type names. Immutable views. May use
 * {@code jpwsh-runtime} only.
 */
package dev.jpwsh.dotnet.automation;
