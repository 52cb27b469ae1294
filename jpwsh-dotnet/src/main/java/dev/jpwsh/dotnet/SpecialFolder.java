package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.Environment+SpecialFolder, and where each is on Linux as .NET finds it: under {@code $HOME} and the XDG
 * variables; the empty string for the folders Linux does not have.
 */
@DotNetName("System.Environment+SpecialFolder")
public enum SpecialFolder {
    Desktop, Programs, MyDocuments, Personal, Favorites, Startup, Recent, SendTo, StartMenu, MyMusic, MyVideos,
    DesktopDirectory, MyComputer, NetworkShortcuts, Fonts, Templates, CommonStartMenu, CommonPrograms,
    CommonStartup, CommonDesktopDirectory, ApplicationData, PrinterShortcuts, LocalApplicationData, InternetCache,
    Cookies, History, CommonApplicationData, Windows, System, ProgramFiles, MyPictures, UserProfile, SystemX86,
    ProgramFilesX86, CommonProgramFiles, CommonProgramFilesX86, CommonTemplates, CommonDocuments, CommonAdminTools,
    AdminTools, CommonMusic, CommonPictures, CommonVideos, Resources, LocalizedResources, CommonOemLinks, CDBurning;

    /** The folder's path on Linux, or the empty string. */
    String path() {
        String home = ProcessEnvironment.get("HOME");
        if (home == null || home.isEmpty()) {
            home = java.lang.System.getProperty("user.home");
        }
        return switch (this) {
            case UserProfile, MyDocuments, Personal -> home;
            case ApplicationData -> xdg("XDG_CONFIG_HOME", home + "/.config");
            case LocalApplicationData -> xdg("XDG_DATA_HOME", home + "/.local/share");
            case Desktop, DesktopDirectory -> home + "/Desktop";
            case MyMusic -> home + "/Music";
            case MyPictures -> home + "/Pictures";
            case MyVideos -> home + "/Videos";
            case Templates -> home + "/Templates";
            case Fonts -> home + "/.fonts";
            case CommonApplicationData -> "/usr/share";
            case CommonTemplates -> "/usr/share/templates";
            default -> "";
        };
    }

    private static String xdg(String variable, String fallback) {
        String value = ProcessEnvironment.get(variable);
        return value != null && value.startsWith("/") ? value : fallback;
    }
}
