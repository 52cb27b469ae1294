package dev.jpwsh.commands.data.json;

import dev.jpwsh.runtime.object.DotNetName;

/** ConvertTo-Json's -EscapeHandling: which characters of strings it writes as escapes ({@link JsonEscapes}). */
@DotNetName("Newtonsoft.Json.StringEscapeHandling")
public enum StringEscapeHandling {
    Default, EscapeNonAscii, EscapeHtml
}
