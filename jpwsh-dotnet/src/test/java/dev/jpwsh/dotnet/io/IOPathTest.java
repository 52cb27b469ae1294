package dev.jpwsh.dotnet.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** System.IO.Path's text operations on Linux paths. */
class IOPathTest {
    @Test
    void combineRestartsAtARootedPartAndJoinDoesNot() {
        assertThat(IOPath.Combine("a", "/b", "c")).isEqualTo("/b/c");
        assertThat(IOPath.Join("a", "/b", "c")).isEqualTo("a/b/c");
        assertThat(IOPath.Combine("a/", "b")).isEqualTo("a/b");
        assertThat(IOPath.Combine("", "b")).isEqualTo("b");
    }

    @Test
    void namesAndExtensions() {
        assertThat(IOPath.GetExtension(".bashrc")).isEqualTo(".bashrc");
        assertThat(IOPath.GetExtension("a.")).isEmpty();
        assertThat(IOPath.GetExtension("/x.d/y")).isEmpty();
        assertThat(IOPath.GetFileNameWithoutExtension("/p/a.tar.gz")).isEqualTo("a.tar");
        assertThat(IOPath.ChangeExtension("/a/b.txt", null)).isEqualTo("/a/b");
    }

    @Test
    void directoryNames() {
        assertThat(IOPath.GetDirectoryName("/a")).isEqualTo("/");
        assertThat(IOPath.GetDirectoryName("/")).isNull();
        assertThat(IOPath.GetDirectoryName("a")).isEmpty();
        assertThat(IOPath.GetDirectoryName("a/b/")).isEqualTo("a/b");
    }

    @Test
    void fullAndRelativePaths() {
        assertThat(IOPath.GetFullPath("/a/b/../c/./d")).isEqualTo("/a/c/d");
        assertThat(IOPath.GetFullPath("/a/b/")).isEqualTo("/a/b/");
        assertThat(IOPath.GetRelativePath("/a/b", "/a/c")).isEqualTo("../c");
        assertThat(IOPath.GetRelativePath("/a", "/a")).isEqualTo(".");
    }

    @Test
    void randomFileNamesHaveDotNetsShape() {
        assertThat(IOPath.GetRandomFileName()).matches("[a-z0-9]{8}\\.[a-z0-9]{3}");
    }
}
