package dev.jpwsh.remoting.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fragments and messages byte for byte as MS-PSRP 2.2.4 and 2.2.1 lay them out, and malformed input refused. */
class FragmentTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void aFragmentIsObjectIdFragmentIdFlagsLengthAndBlobBigEndian() {
        byte[] bytes = new Fragment(1, 0, true, true, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).toBytes();
        assertThat(HEX.formatHex(bytes)).isEqualTo("0000000000000001" + "0000000000000000" + "03" + "00000003"
                + "EFBBBF");
        byte[] middle = new Fragment(0x0102, 7, false, false, new byte[0]).toBytes();
        assertThat(HEX.formatHex(middle)).isEqualTo("0000000000000102" + "0000000000000007" + "00" + "00000000");
    }

    @Test
    void aMessageHeaderIsLittleEndianWithGuidsInDotNetByteOrder() {
        UUID pool = UUID.fromString("d034652d-126b-e340-b773-cba26459cfa8");
        Message m = Message.of(Destination.SERVER, MessageType.SESSION_CAPABILITY, pool, Message.NO_PIPELINE, "<Obj/>");
        byte[] bytes = m.toBytes();
        // Destination 2 and type 0x00010002, little-endian, then the Guid as .NET's ToByteArray writes it
        assertThat(HEX.formatHex(bytes, 0, 24)).isEqualTo("02000000" + "02000100" + "2D6534D06B1240E3B773CBA26459CFA8");
        assertThat(HEX.formatHex(bytes, 40, 43)).isEqualTo("EFBBBF");
        Message back = Message.parse(bytes);
        assertThat(back).isEqualTo(m);
        assertThat(back.xml()).isEqualTo("<Obj/>");
    }

    @Test
    void aMessageCutIntoSmallFragmentsComesBackWhole() {
        byte[] message = new byte[1000];
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) i;
        }
        List<byte[]> fragments = new Fragmenter(Fragment.HEADER_LENGTH + 100).fragment(message);
        assertThat(fragments).hasSize(10);
        Defragmenter defragmenter = new Defragmenter(100, 10_000);
        ByteBuffer all = ByteBuffer.allocate(fragments.stream().mapToInt(f -> f.length).sum());
        fragments.forEach(all::put);
        byte[] stream = all.array();
        // fed in pieces that cut fragments anywhere
        assertThat(defragmenter.accept(java.util.Arrays.copyOfRange(stream, 0, 7))).isEmpty();
        assertThat(defragmenter.accept(java.util.Arrays.copyOfRange(stream, 7, 500))).isEmpty();
        List<byte[]> done = defragmenter.accept(java.util.Arrays.copyOfRange(stream, 500, stream.length));
        assertThat(done).hasSize(1);
        assertThat(done.getFirst()).isEqualTo(message);
        assertThat(defragmenter.isIdle()).isTrue();
    }

    @Test
    void malformedOrOversizedFragmentsAreRefused() {
        byte[] tooLong = new Fragment(1, 0, true, true, new byte[200]).toBytes();
        assertThatThrownBy(() -> new Defragmenter(100, 1000).accept(tooLong)).isInstanceOf(WireException.class)
                .hasMessageContaining("blob length 200");
        byte[] notStart = new Fragment(1, 3, false, true, new byte[1]).toBytes();
        assertThatThrownBy(() -> new Defragmenter(100, 1000).accept(notStart)).isInstanceOf(WireException.class)
                .hasMessageContaining("out of order");
        Defragmenter bigMessage = new Defragmenter(100, 150);
        bigMessage.accept(new Fragment(1, 0, true, false, new byte[100]).toBytes());
        assertThatThrownBy(() -> bigMessage.accept(new Fragment(1, 1, false, true, new byte[100]).toBytes()))
                .isInstanceOf(WireException.class).hasMessageContaining("longer than 150");
        assertThatThrownBy(() -> Message.parse(new byte[10])).isInstanceOf(WireException.class);
        byte[] badType = Message.of(Destination.CLIENT, MessageType.PIPELINE_STATE, UUID.randomUUID(),
                UUID.randomUUID(), "").toBytes();
        badType[4] = 0x7F;
        assertThatThrownBy(() -> Message.parse(badType)).isInstanceOf(WireException.class)
                .hasMessageContaining("Unknown message type");
    }

    @Test
    void packetsAreOneLineOfPwshsFraming() {
        UUID id = UUID.fromString("0f8b3e0e-1111-4c4b-9f0a-2a9b5a6c7d8e");
        Packet data = Packet.data(id, new byte[] {1, 2, 3});
        assertThat(data.toLine()).isEqualTo("<Data Stream='Default' PSGuid='0f8b3e0e-1111-4c4b-9f0a-2a9b5a6c7d8e'>"
                + "AQID</Data>");
        assertThat(Packet.parse(data.toLine()).data()).containsExactly(1, 2, 3);
        assertThat(Packet.control(Packet.Kind.CloseAck, Message.NO_PIPELINE).toLine())
                .isEqualTo("<CloseAck PSGuid='00000000-0000-0000-0000-000000000000' />");
        assertThat(Packet.parse("<Signal PSGuid=\"0f8b3e0e-1111-4c4b-9f0a-2a9b5a6c7d8e\"/>").kind())
                .isEqualTo(Packet.Kind.Signal);
        assertThatThrownBy(() -> Packet.parse("<Data Stream='Default'>AQID</Data>")).isInstanceOf(WireException.class);
        assertThatThrownBy(() -> Packet.parse("<Data Stream='Default' PSGuid='" + id + "'>%%%</Data>"))
                .isInstanceOf(WireException.class);
    }

    /**
     * The spec's SESSION_CAPABILITY example (2.2.2.1) as one whole fragment of object 1 (2.2.4 and 3.1.5.1.2: a
     * first message fits one fragment, start and end set), byte for byte: the fragment header big-endian, then the
     * message header of 2.2.1 little-endian with the example's pool id and the empty pipeline id, the byte-order mark
     * and the XML.
     */
    @Test
    void theSpecsCapabilityMessageIsOneFragmentByteForByte() {
        String xml = "<Obj RefId=\"0\"><MS><Version N=\"protocolversion\">2.2</Version>"
                + "<Version N=\"PSVersion\">2.0</Version><Version N=\"SerializationVersion\">1.1.0.1</Version>"
                + "</MS></Obj>";
        Message m = Message.of(Destination.SERVER, MessageType.SESSION_CAPABILITY,
                UUID.fromString("d034652d-126b-e340-b773-cba26459cfa8"), Message.NO_PIPELINE, xml);
        List<byte[]> fragments = new Fragmenter(Fragmenter.DEFAULT_FRAGMENT_SIZE).fragment(m.toBytes());
        assertThat(fragments).hasSize(1);
        String hex = HEX.formatHex(fragments.getFirst());
        assertThat(hex.substring(0, 2 * 21)).isEqualTo("0000000000000001" + "0000000000000000" + "03" + "000000CA");
        assertThat(hex.substring(2 * 21, 2 * 61)).isEqualTo("02000000" + "02000100"
                + "2D6534D06B1240E3B773CBA26459CFA8" + "00000000000000000000000000000000");
        assertThat(hex.substring(2 * 61, 2 * 64)).isEqualTo("EFBBBF");
        assertThat(hex.substring(2 * 64, 2 * 64 + 32)).isEqualTo("3C4F626A2052656649643D2230223E3C");
        assertThat(fragments.getFirst()).hasSize(21 + 0xCA);
        Defragmenter defragmenter = new Defragmenter(Fragmenter.DEFAULT_FRAGMENT_SIZE, 1 << 20);
        assertThat(Message.parse(defragmenter.accept(fragments.getFirst()).getFirst()).xml()).isEqualTo(xml);
    }
}
