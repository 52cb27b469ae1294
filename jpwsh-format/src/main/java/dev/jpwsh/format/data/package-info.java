/**
 * The formatting objects that flow from the Format- cmdlets to the Out- cmdlets ({@link
 * dev.jpwsh.format.data.FormatData}). Immutable records; depends on the runtime's type naming only.
 */
package dev.jpwsh.format.data;
