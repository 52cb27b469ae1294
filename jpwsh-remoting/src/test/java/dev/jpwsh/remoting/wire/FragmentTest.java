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
}
