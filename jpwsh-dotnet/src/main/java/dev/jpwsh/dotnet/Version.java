package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Version: Major.Minor[.Build[.Revision]], compared part by part; missing parts are -1. */
@DotNetName("System.Version")
@dev.jpwsh.runtime.object.DotNetProperties({"Major", "Minor", "Build", "Revision", "MajorRevision", "MinorRevision"})
public record Version(int major, int minor, int build, int revision) implements Comparable<Version> {
    public Version(int major, int minor) {
        this(major, minor, -1, -1);
    }

    public Version(int major, int minor, int build) {
        this(major, minor, build, -1);
    }

    public static Version Parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length < 2 || parts.length > 4) {
            throw new IllegalArgumentException("Version string portion was too short or too long.");
        }
        int[] n = {-1, -1, -1, -1};
        for (int i = 0; i < parts.length; i++) {
            n[i] = Integer.parseInt(parts[i]);
        }
        return new Version(n[0], n[1], n[2], n[3]);
    }

    public int getMajor() {
        return major;
    }

    public int getMinor() {
        return minor;
    }

    public int getBuild() {
        return build;
    }

    public int getRevision() {
        return revision;
    }

    /** The high 16 bits of the revision, as a signed short (-1 when the revision is undefined). */
    public short getMajorRevision() {
        return (short) (getRevision() >> 16);
    }

    /** The low 16 bits of the revision, as a signed short (-1 when the revision is undefined). */
    public short getMinorRevision() {
        return (short) (getRevision() & 0xFFFF);
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        c = c != 0 ? c : Integer.compare(minor, o.minor);
        c = c != 0 ? c : Integer.compare(build, o.build);
        return c != 0 ? c : Integer.compare(revision, o.revision);
    }

    @Override
    public String toString() {
        return major + "." + minor + (build >= 0 ? "." + build : "") + (revision >= 0 ? "." + revision : "");
    }
}
