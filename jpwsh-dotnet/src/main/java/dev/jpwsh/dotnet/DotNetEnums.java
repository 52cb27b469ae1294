package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/** .NET enumerations scripts use, with .NET's member names so that they print and parse as in pwsh. */
public final class DotNetEnums {
    private DotNetEnums() {
    }

    /** System.DayOfWeek. */
    @DotNetName("System.DayOfWeek")
    public enum DayOfWeek {
        Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday
    }

    /** System.MidpointRounding. */
    @DotNetName("System.MidpointRounding")
    public enum MidpointRounding {
        ToEven, AwayFromZero, ToZero, ToNegativeInfinity, ToPositiveInfinity
    }

    /** System.ConsoleColor. */
    @DotNetName("System.ConsoleColor")
    public enum ConsoleColor {
        Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray, DarkGray, Blue, Green, Cyan,
        Red, Magenta, Yellow, White
    }

    /** System.Management.Automation.ActionPreference. */
    @DotNetName("System.Management.Automation.ActionPreference")
    public enum ActionPreference {
        SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break
    }

    /** System.StringSplitOptions. */
    @DotNetName("System.StringSplitOptions")
    public enum StringSplitOptions {
        None, RemoveEmptyEntries, TrimEntries
    }
}
