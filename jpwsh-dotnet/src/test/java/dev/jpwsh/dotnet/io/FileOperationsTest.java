package dev.jpwsh.dotnet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.runtime.error.ExceptionNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System.IO's files, folders and their .NET exceptions, without the engine. */
class FileOperationsTest {
    @TempDir
    Path dir;

    private String at(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void textRoundTripsAndAByteOrderMarkIsWrittenOnlyWhenAsked() throws IOException {
        IOFile.WriteAllText(at("a.txt"), "héllo");
        assertThat(Files.size(dir.resolve("a.txt"))).isEqualTo(6);
        IOFile.WriteAllText(at("a.txt"), "héllo", Encoding.getUTF8());
        assertThat(Files.size(dir.resolve("a.txt"))).isEqualTo(9);
        assertThat(IOFile.ReadAllText(at("a.txt"))).isEqualTo("héllo");
    }

    @Test
    void readAllLinesSplitsAtEveryLineEnd() throws IOException {
        IOFile.WriteAllText(at("l.txt"), "a\r\nb\rc\nd\n");
        assertThat(IOFile.ReadAllLines(at("l.txt"))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void missingFilesAndFoldersRaiseDotNetExceptionsWithDotNetMessages() {
        String missing = at("none.txt");
        assertThatThrownBy(() -> IOFile.ReadAllText(missing))
                .isInstanceOf(IOExceptions.FileNotFoundException.class)
                .hasMessage("Could not find file '" + missing + "'.");
        String deeper = at("no/such.txt");
        assertThatThrownBy(() -> IOFile.ReadAllBytes(deeper))
                .isInstanceOf(IOExceptions.DirectoryNotFoundException.class)
                .hasMessage("Could not find a part of the path '" + deeper + "'.")
                .satisfies(e -> assertThat(ExceptionNames.of(e)).isEqualTo("System.IO.DirectoryNotFoundException"));
        assertThatThrownBy(() -> IOFile.ReadAllText(dir.toString()))
                .isInstanceOf(IOExceptions.UnauthorizedAccessException.class)
                .hasMessage("Access to the path '" + dir + "' is denied.");
    }

    @Test
    void nullAndEmptyPathsAreArgumentErrors() {
        assertThatThrownBy(() -> IOFile.ReadAllText(null))
                .isInstanceOf(ArgumentExceptions.ArgumentNullException.class)
                .hasMessage("Value cannot be null. (Parameter 'path')");
        assertThatThrownBy(() -> IOFile.ReadAllText(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The value cannot be an empty string. (Parameter 'path')");
        assertThat(IOFile.Exists(null)).isFalse();
        assertThat(IOFile.Exists("")).isFalse();
    }

    @Test
    void copyRefusesAnExistingTargetUnlessOverwriting() throws IOException {
        IOFile.WriteAllText(at("a"), "a");
        IOFile.WriteAllText(at("b"), "b");
        assertThatThrownBy(() -> IOFile.Copy(at("a"), at("b")))
                .isInstanceOf(IOException.class)
                .hasMessage("The file '" + at("b") + "' already exists.");
        IOFile.Copy(at("a"), at("b"), true);
        assertThat(IOFile.ReadAllText(at("b"))).isEqualTo("a");
    }

    @Test
    void directoryListingMatchesPatternsCaseSensitivelyAndRecurses() throws IOException {
        IODirectory.CreateDirectory(at("sub/deep"));
        for (String name : new String[] {"a.txt", "b.TXT", "c.txt1", "sub/d.txt", "sub/deep/e.txt"}) {
            IOFile.WriteAllText(at(name), name);
        }
        assertThat(IODirectory.GetFiles(dir.toString(), "*.txt")).containsExactly(at("a.txt"));
        assertThat(IODirectory.GetFiles(dir.toString(), "*.txt", IOEnums.SearchOption.AllDirectories))
                .containsExactly(at("a.txt"), at("sub/d.txt"), at("sub/deep/e.txt"));
        assertThat(IODirectory.GetDirectories(dir.toString(), "*", IOEnums.SearchOption.AllDirectories))
                .containsExactly(at("sub"), at("sub/deep"));
        assertThatThrownBy(() -> IODirectory.Delete(at("sub")))
                .isInstanceOf(IOException.class)
                .hasMessage("Directory not empty : '" + at("sub") + "'");
        IODirectory.Delete(at("sub"), true);
        assertThat(IODirectory.Exists(at("sub"))).isFalse();
    }

    @Test
    void searchPatternsAreWildcards() {
        assertThat(DirectoryWalk.compile("*.*").matcher("noext").matches()).isTrue();
        assertThat(DirectoryWalk.compile("?.log").matcher("a.log").matches()).isTrue();
        assertThat(DirectoryWalk.compile("?.log").matcher("ab.log").matches()).isFalse();
        assertThat(DirectoryWalk.compile("a+b(*)").matcher("a+b(x)").matches()).isTrue();
    }

    @Test
    void streamReaderReadsALineAtATimeAndSkipsAByteOrderMark() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n', 'b'};
        try (StreamReader reader = new StreamReader(new MemoryStream(ByteArrays.toDotNet(bytes)))) {
            assertThat(reader.ReadLine()).isEqualTo("a");
            assertThat(reader.getEndOfStream()).isFalse();
            assertThat(reader.ReadLine()).isEqualTo("b");
            assertThat(reader.ReadLine()).isNull();
            assertThat(reader.getCurrentEncoding().getWebName()).isEqualTo("utf-8");
        }
    }

    @Test
    void binaryWriterAndReaderAgreeOnLayout() throws IOException {
        MemoryStream stream = new MemoryStream();
        BinaryWriter writer = new BinaryWriter(stream);
        writer.Write(258);
        writer.Write("x".repeat(200));
        assertThat(stream.getLength()).isEqualTo(4 + 2 + 200);
        assertThat(stream.ToArray()[0].intValue()).isEqualTo(2);
        stream.setPosition(0);
        BinaryReader reader = new BinaryReader(stream);
        assertThat(reader.ReadInt32()).isEqualTo(258);
        assertThat(reader.ReadString()).hasSize(200);
        assertThatThrownBy(reader::ReadByte).isInstanceOf(IOExceptions.EndOfStreamException.class);
    }

    @Test
    void fileStreamModesCheckTheFile() throws IOException {
        assertThatThrownBy(() -> new FileStream(at("none"), IOEnums.FileMode.Open))
                .isInstanceOf(IOExceptions.FileNotFoundException.class);
        try (FileStream created = new FileStream(at("f"), IOEnums.FileMode.CreateNew)) {
            created.WriteByte(ByteArrays.of(7));
        }
        assertThatThrownBy(() -> new FileStream(at("f"), IOEnums.FileMode.CreateNew))
                .hasMessage("The file '" + at("f") + "' already exists.");
        assertThatThrownBy(() -> new FileStream(at("f"), IOEnums.FileMode.Append, IOEnums.FileAccess.Read))
                .isInstanceOf(IllegalArgumentException.class);
        FileStream closed = new FileStream(at("f"), IOEnums.FileMode.Open, IOEnums.FileAccess.Read);
        closed.Close();
        assertThatThrownBy(closed::ReadByte).isInstanceOf(IOExceptions.ObjectDisposedException.class)
                .hasMessage("Cannot access a closed file.");
    }
}
