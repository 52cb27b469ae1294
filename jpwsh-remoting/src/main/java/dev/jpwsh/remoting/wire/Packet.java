package dev.jpwsh.remoting.wire;

import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One packet of pwsh's out-of-process framing, used on named pipes, standard streams and SSH: a line of XML that
 * carries fragment bytes ({@code <Data Stream='Default' PSGuid='...'>base64</Data>}) or a control element with only a
 * PSGuid ({@code <Command PSGuid='...' />} and the others of {@link Kind}). The PSGuid is a pipeline's id, or the
 * empty Guid for the session.
 *
 * @param kind which element
 * @param psGuid the pipeline, or {@link Message#NO_PIPELINE}
 * @param stream for Data: {@code Default} or {@code PromptResponse}; null for the others
 * @param data for Data: the fragment bytes; null for the others
 */
public record Packet(Kind kind, UUID psGuid, String stream, byte[] data) {
    /** The elements of the framing. */
    public enum Kind {
        Data, DataAck, Command, CommandAck, Close, CloseAck, Signal, SignalAck
    }

    /** A Data packet's start tag; its content, the base64 text, is cut out by hand (a regex over it is slow). */
    private static final Pattern DATA = Pattern.compile(
            "<Data\\s+Stream\\s*=\\s*(['\"])(Default|PromptResponse)\\1\\s+PSGuid\\s*=\\s*(['\"])([0-9a-fA-F-]{36})\\3"
                    + "\\s*>");
    private static final String DATA_END = "</Data>";
    private static final Pattern CONTROL = Pattern.compile(
            "<(DataAck|Command|CommandAck|Close|CloseAck|Signal|SignalAck)\\s+PSGuid\\s*=\\s*(['\"])([0-9a-fA-F-]{36})"
                    + "\\2\\s*/>");

    /** {@return a Data packet of {@code fragments} on the Default stream} */
    public static Packet data(UUID psGuid, byte[] fragments) {
        return new Packet(Kind.Data, psGuid, "Default", fragments);
    }

    /** {@return a control packet ({@code kind} other than Data)} */
    public static Packet control(Kind kind, UUID psGuid) {
        return new Packet(kind, psGuid, null, null);
    }

    /** {@return the packet as one line of text, without the line end} */
    public String toLine() {
        if (kind == Kind.Data) {
            return "<Data Stream='" + stream + "' PSGuid='" + psGuid + "'>" + Base64.getEncoder().encodeToString(data)
                    + "</Data>";
        }
        return "<" + kind + " PSGuid='" + psGuid + "' />";
    }

    /**
     * {@return the packet {@code line} holds}
     *
     * @param line one line, without its line end; anything but one well-formed packet is a {@link WireException}
     */
    public static Packet parse(String line) {
        String text = line.strip();
        Matcher data = DATA.matcher(text);
        try {
            if (text.endsWith(DATA_END) && data.lookingAt()) {
                return new Packet(Kind.Data, UUID.fromString(data.group(4)), data.group(2),
                        Base64.getDecoder().decode(text.substring(data.end(), text.length() - DATA_END.length())));
            }
            Matcher control = CONTROL.matcher(text);
            if (control.matches()) {
                return control(Kind.valueOf(control.group(1)), UUID.fromString(control.group(3)));
            }
        } catch (IllegalArgumentException badGuidOrBase64) {
            throw new WireException("Invalid packet: " + badGuidOrBase64.getMessage());
        }
        throw new WireException("Invalid packet: '" + (text.length() > 80 ? text.substring(0, 80) + "..." : text)
                + "'.");
    }
}
