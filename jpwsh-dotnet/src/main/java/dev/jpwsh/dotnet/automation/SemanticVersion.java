package dev.jpwsh.dotnet.automation;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.dotnet.Version;
import dev.jpwsh.runtime.error.AutomationExceptions;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System.Management.Automation.SemanticVersion ({@code [semver]}): {@code major.minor.patch-PreReleaseLabel+BuildLabel}
 * as SemVer 2.0 writes it, the minor and patch parts optional when parsed. Versions compare part by part, a
 * pre-release below its release, labels unit by unit (numbers numerically and below words, words ordinally, more
 * units above fewer); the build label takes no part in comparing or equality. Text that is no version is .NET's
 * FormatException of an empty number, as pwsh regenerates it. Immutable.
 */
@DotNetName("System.Management.Automation.SemanticVersion")
public final class SemanticVersion implements Comparable<SemanticVersion> {
    private static final Pattern NUMBERS = Pattern.compile("^(?<major>\\d+)(\\.(?<minor>\\d+))?(\\.(?<patch>\\d+))?$");
    private static final String LABEL_UNIT = "(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)";
    private static final Pattern PRE_RELEASE = Pattern.compile("^" + LABEL_UNIT + "(?:\\." + LABEL_UNIT + ")*$");
    private static final Pattern BUILD = Pattern.compile("^[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*$");
    private static final Pattern LABEL = Pattern.compile("^(?<pre>" + LABEL_UNIT + "(?:\\." + LABEL_UNIT + ")*)?"
            + "(?:\\+(?<build>[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

    private final int major;
    private final int minor;
    private final int patch;
    private final String preReleaseLabel;
    private final String buildLabel;

    public SemanticVersion(String version) {
        SemanticVersion parsed = Parse(version);
        this.major = parsed.major;
        this.minor = parsed.minor;
        this.patch = parsed.patch;
        this.preReleaseLabel = parsed.preReleaseLabel;
        this.buildLabel = parsed.buildLabel;
    }

    public SemanticVersion(int major, int minor, int patch, String preReleaseLabel, String buildLabel) {
        this(checked(preReleaseLabel, PRE_RELEASE, "preReleaseLabel"), checked(buildLabel, BUILD, "buildLabel"),
                major, minor, patch);
    }

    /** {@code new(major, minor, patch, 'beta.1+meta')}: a label with an optional build part after a plus. */
    public SemanticVersion(int major, int minor, int patch, String label) {
        this(labelPart(label, "pre"), labelPart(label, "build"), major, minor, patch);
    }

    public SemanticVersion(int major, int minor, int patch) {
        this(null, null, major, minor, patch);
    }

    public SemanticVersion(int major, int minor) {
        this(major, minor, 0);
    }

    public SemanticVersion(int major) {
        this(major, 0, 0);
    }

    /** A Version's first three parts; one with a revision is refused. */
    public SemanticVersion(Version version) {
        this(null, null, revisionless(version).major(), version.minor(), version.build() == -1 ? 0 : version.build());
    }

    private SemanticVersion(String preReleaseLabel, String buildLabel, int major, int minor, int patch) {
        this.major = nonNegative(major, "major");
        this.minor = nonNegative(minor, "minor");
        this.patch = nonNegative(patch, "patch");
        this.preReleaseLabel = preReleaseLabel == null || preReleaseLabel.isEmpty() ? null : preReleaseLabel;
        this.buildLabel = buildLabel == null || buildLabel.isEmpty() ? null : buildLabel;
    }

    private static Version revisionless(Version version) {
        if (version == null) {
            throw AutomationExceptions.PSArgumentNullException.of("version");
        }
        if (version.revision() > 0) {
            throw invalidArgument("version");
        }
        return version;
    }

    private static int nonNegative(int part, String name) {
        if (part < 0) {
            throw invalidArgument(name);
        }
        return part;
    }

    private static RuntimeException invalidArgument(String name) {
        return AutomationExceptions.PSArgumentException.invalid(name);
    }

    /** A label that must match {@code pattern}, else .NET's FormatException naming the parameter. */
    private static String checked(String label, Pattern pattern, String parameter) {
        if (label != null && !label.isEmpty() && !pattern.matcher(label).matches()) {
            throw new NumberFormatException(parameter);
        }
        return label;
    }

    private static String labelPart(String label, String group) {
        if (label == null || label.isEmpty()) {
            return null;
        }
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            throw new NumberFormatException("label");
        }
        return m.group(group);
    }

    /** {@code [semver]::Parse(text)}: null is PSArgumentNullException, text that is no version a FormatException. */
    public static SemanticVersion Parse(String version) {
        if (version == null) {
            throw AutomationExceptions.PSArgumentNullException.of("version");
        }
        if (version.isEmpty()) {
            throw new NumberFormatException("version");
        }
        SemanticVersion parsed = parsed(version);
        if (parsed == null) {
            throw new NumberFormatException("The input string '' was not in a correct format.");
        }
        return parsed;
    }

    /** {@code [semver]::TryParse(text, [ref]$v)}: whether the text is a version, which goes to the reference. */
    public static boolean TryParse(String version, Object result) {
        SemanticVersion parsed = version == null ? null : parsed(version);
        if (result instanceof Ref ref) {
            ref.setValue(parsed);
        }
        return parsed != null;
    }

    /** The version the text writes, or null when it writes none. */
    private static SemanticVersion parsed(String version) {
        if (version.endsWith("-") || version.endsWith("+") || version.endsWith(".")) {
            return null;
        }
        int dash = version.indexOf('-');
        int plus = version.indexOf('+');
        String numbers;
        String pre = null;
        String build = null;
        if (plus >= 0 && (dash < 0 || dash > plus)) {
            build = version.substring(plus + 1);
            numbers = version.substring(0, plus);
            dash = -1;
        } else if (dash >= 0) {
            pre = plus < 0 ? version.substring(dash + 1) : version.substring(dash + 1, plus);
            build = plus < 0 ? null : version.substring(plus + 1);
            numbers = version.substring(0, dash);
        } else {
            numbers = version;
        }
        Matcher m = NUMBERS.matcher(numbers);
        if (dash >= 0 && pre.isEmpty() || plus >= 0 && build.isEmpty() || numbers.isEmpty() || !m.matches()
                || pre != null && !PRE_RELEASE.matcher(pre).matches()
                || build != null && !BUILD.matcher(build).matches()) {
            return null;
        }
        try {
            return new SemanticVersion(pre, build, Integer.parseInt(m.group("major")),
                    m.group("minor") == null ? 0 : Integer.parseInt(m.group("minor")),
                    m.group("patch") == null ? 0 : Integer.parseInt(m.group("patch")));
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    public int getMajor() {
        return major;
    }

    public int getMinor() {
        return minor;
    }

    public int getPatch() {
        return patch;
    }

    public String getPreReleaseLabel() {
        return preReleaseLabel;
    }

    public String getBuildLabel() {
        return buildLabel;
    }

    /** {@code [semver]::Compare(a, b)}: null sorts first. */
    public static int Compare(SemanticVersion first, SemanticVersion second) {
        return first != null ? first.compareTo(second) : second != null ? -1 : 0;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        if (other == null) {
            return 1;
        }
        int c = major != other.major ? Integer.compare(major, other.major)
                : minor != other.minor ? Integer.compare(minor, other.minor) : Integer.compare(patch, other.patch);
        return c != 0 ? Integer.signum(c) : comparePreRelease(preReleaseLabel, other.preReleaseLabel);
    }

    private static int comparePreRelease(String first, String second) {
        if (first == null) {
            return second == null ? 0 : 1;
        }
        if (second == null) {
            return -1;
        }
        String[] units = first.split("\\.");
        String[] others = second.split("\\.");
        for (int i = 0; i < Math.min(units.length, others.length); i++) {
            Integer number = number(units[i]);
            Integer otherNumber = number(others[i]);
            int c = number != null && otherNumber != null ? number.compareTo(otherNumber)
                    : number != null ? -1 : otherNumber != null ? 1 : units[i].compareTo(others[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(units.length, others.length);
    }

    private static Integer number(String unit) {
        try {
            return Integer.valueOf(unit);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Equal when the numbers and the pre-release label are; the build label does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SemanticVersion v && major == v.major && minor == v.minor && patch == v.patch
                && Objects.equals(preReleaseLabel, v.preReleaseLabel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch, preReleaseLabel);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preReleaseLabel == null ? "" : "-" + preReleaseLabel)
                + (buildLabel == null ? "" : "+" + buildLabel);
    }
}
