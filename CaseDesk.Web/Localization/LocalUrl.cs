namespace CaseDesk.Web.Localization;

/// <summary>Guards redirects after sign-in and language changes against open redirects.</summary>
public static class LocalUrl
{
    /// <summary>True for an app-relative path such as "/cases?x=1"; false for "//host", "/\host" and absolute URLs.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
