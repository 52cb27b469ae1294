package dev.jpwsh.remoting.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Any message survives fragmenting at any fragment size and reassembly from any cut of the byte stream. */
class FragmentProperties {
    @Property(tries = 300)
    void anyMessageSurvivesFragmentAndReassemble(@ForAll @Size(max = 3000) byte[] data,
            @ForAll @IntRange(min = Fragment.HEADER_LENGTH + 1, max = 2000) int fragmentSize,
            @ForAll @IntRange(min = 1, max = 500) int cut) {
        Message message = new Message(Destination.CLIENT, MessageType.PIPELINE_OUTPUT, UUID.randomUUID(),
                UUID.randomUUID(), data);
        List<byte[]> fragments = new Fragmenter(fragmentSize).fragment(message.toBytes());
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        fragments.forEach(stream::writeBytes);
        byte[] bytes = stream.toByteArray();
        Defragmenter defragmenter = new Defragmenter(fragmentSize, 1 << 20);
        List<byte[]> done = new java.util.ArrayList<>();
        for (int at = 0; at < bytes.length; at += cut) {
            done.addAll(defragmenter.accept(java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + cut))));
        }
        assertThat(done).hasSize(1);
        assertThat(Message.parse(done.getFirst())).isEqualTo(message);
    }
}
