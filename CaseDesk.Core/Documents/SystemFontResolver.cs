using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace CaseDesk.Core.Documents;

/// <summary>Where <see cref="SystemFontResolver"/> looks for TrueType files.</summary>
public sealed record FontSearchOptions
{
    /// <summary>Folders searched first (recursively), e.g. a <c>fonts</c> folder shipped with the app.</summary>
    public IReadOnlyList<string> ExtraFolders { get; init; } = [];

    /// <summary>Also search the operating system's font folders (<see cref="SystemFontResolver.SystemFolders"/>).</summary>
    public bool IncludeSystemFolders { get; init; } = true;
}

/// <summary>A family's font files as found on disk; a missing style is simulated from the regular face.</summary>
public sealed record FontFaceFiles(string FamilyName, string Regular, string? Bold, string? Italic, string? BoldItalic);

/// <summary>No usable font file was found in the folders searched.</summary>
public sealed class FontNotFoundException(string message, IReadOnlyList<string> searchedFolders)
    : Exception(message)
{
    /// <summary>The folders that were searched, in order.</summary>
    public IReadOnlyList<string> SearchedFolders { get; } = searchedFolders;
}

/// <summary>
/// Serves PDFsharp the document fonts from TrueType files on disk: <see cref="SansFamily"/> is Liberation Sans,
/// Arial, Arimo or DejaVu Sans; <see cref="SerifFamily"/> is Liberation Serif, Times New Roman, Tinos or DejaVu
/// Serif (falling back to the sans family) — the first found, searching the extra folders and then the operating
/// system's (Linux <c>/usr/share/fonts</c>…, Windows <c>C:\Windows\Fonts</c>, macOS <c>/Library/Fonts</c>…).
/// Liberation, Arimo and Tinos have the metrics of Arial and Times, so documents break lines the same everywhere.
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    /// <summary>The family name the renderer asks for sans-serif text.</summary>
    public const string SansFamily = "CaseDesk Sans";

    /// <summary>The family name the renderer asks for serif text.</summary>
    public const string SerifFamily = "CaseDesk Serif";

    private static readonly Candidate[] SansCandidates =
    [
        new("Liberation Sans", ["LiberationSans-Regular.ttf"], ["LiberationSans-Bold.ttf"], ["LiberationSans-Italic.ttf"],
            ["LiberationSans-BoldItalic.ttf"]),
        new("Arial", ["arial.ttf"], ["arialbd.ttf", "Arial Bold.ttf"], ["ariali.ttf", "Arial Italic.ttf"],
            ["arialbi.ttf", "Arial Bold Italic.ttf"]),
        new("Arimo", ["Arimo-Regular.ttf"], ["Arimo-Bold.ttf"], ["Arimo-Italic.ttf"], ["Arimo-BoldItalic.ttf"]),
        new("DejaVu Sans", ["DejaVuSans.ttf"], ["DejaVuSans-Bold.ttf"], ["DejaVuSans-Oblique.ttf"],
            ["DejaVuSans-BoldOblique.ttf"]),
    ];

    private static readonly Candidate[] SerifCandidates =
    [
        new("Liberation Serif", ["LiberationSerif-Regular.ttf"], ["LiberationSerif-Bold.ttf"],
            ["LiberationSerif-Italic.ttf"], ["LiberationSerif-BoldItalic.ttf"]),
        new("Times New Roman", ["times.ttf", "Times New Roman.ttf"], ["timesbd.ttf", "Times New Roman Bold.ttf"],
            ["timesi.ttf", "Times New Roman Italic.ttf"], ["timesbi.ttf", "Times New Roman Bold Italic.ttf"]),
        new("Tinos", ["Tinos-Regular.ttf"], ["Tinos-Bold.ttf"], ["Tinos-Italic.ttf"], ["Tinos-BoldItalic.ttf"]),
        new("DejaVu Serif", ["DejaVuSerif.ttf"], ["DejaVuSerif-Bold.ttf"], ["DejaVuSerif-Italic.ttf"],
            ["DejaVuSerif-BoldItalic.ttf"]),
    ];

    private readonly ConcurrentDictionary<string, byte[]> fontBytes = new();
    private readonly Dictionary<string, string> faceFiles = new(StringComparer.Ordinal);

    /// <summary>Searches the folders now; throws <see cref="FontNotFoundException"/> when no usable font is found.</summary>
    public SystemFontResolver(FontSearchOptions? options = null)
    {
        options ??= new FontSearchOptions();
        SearchedFolders = [.. options.ExtraFolders, .. options.IncludeSystemFolders ? SystemFolders() : []];
        var files = IndexFontFiles(SearchedFolders);

        var sans = SansCandidates.Select(c => c.Find(files)).FirstOrDefault(f => f is not null);
        var serif = SerifCandidates.Select(c => c.Find(files)).FirstOrDefault(f => f is not null);
        if ((sans ?? serif) is null)
        {
            var wanted = string.Join(", ", SansCandidates.Concat(SerifCandidates).Select(c => c.Name));
            var folders = string.Join(", ", SearchedFolders.Select(f => Directory.Exists(f) ? f : $"{f} (missing)"));
            throw new FontNotFoundException(
                $"No TrueType font for PDF documents was found. Looked for {wanted} (.ttf files) in: " +
                $"{(folders.Length > 0 ? folders : "no folders")}. Install one (Debian/Ubuntu: apt-get install " +
                "fonts-liberation) or add a folder holding the .ttf files to FontSearchOptions.ExtraFolders.",
                SearchedFolders);
        }

        Sans = sans ?? serif!;
        Serif = serif ?? Sans;
        Register("sans", Sans);
        Register("serif", Serif);
    }

    /// <summary>The folders searched, in order (missing ones included).</summary>
    public IReadOnlyList<string> SearchedFolders { get; }

    /// <summary>The files serving <see cref="SansFamily"/>.</summary>
    public FontFaceFiles Sans { get; }

    /// <summary>The files serving <see cref="SerifFamily"/>.</summary>
    public FontFaceFiles Serif { get; }

    /// <summary>The operating system's font folders on this machine.</summary>
    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
            return
            [
                windows.Length > 0 ? windows : @"C:\Windows\Fonts",
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft",
                    "Windows", "Fonts"),
            ];
        }

        if (OperatingSystem.IsMacOS())
        {
            return ["/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        }

        return ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local", "share", "fonts"),
            Path.Combine(home, ".fonts")];
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = IsSerif(familyName) ? "serif" : "sans";
        var files = family == "serif" ? Serif : Sans;
        var style = (bold, italic) switch
        {
            (true, true) when files.BoldItalic is not null => "bold-italic",
            (true, _) when files.Bold is not null => "bold",
            (_, true) when files.Italic is not null => "italic",
            _ => "regular",
        };

        // Simulate whatever the chosen face lacks (e.g. bold italic from bold when there is no bold-italic file).
        var simulateBold = bold && !style.StartsWith("bold", StringComparison.Ordinal);
        var simulateItalic = italic && !style.EndsWith("italic", StringComparison.Ordinal);
        return new FontResolverInfo($"{family}/{style}", simulateBold, simulateItalic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        faceFiles.TryGetValue(faceName, out var path) ? fontBytes.GetOrAdd(path, File.ReadAllBytes) : null;

    private static bool IsSerif(string familyName) =>
        familyName.Equals(SerifFamily, StringComparison.OrdinalIgnoreCase)
        || familyName.Contains("Times", StringComparison.OrdinalIgnoreCase)
        || familyName.Contains("Serif", StringComparison.OrdinalIgnoreCase)
           && !familyName.Contains("Sans", StringComparison.OrdinalIgnoreCase)
        || familyName.Equals("Tinos", StringComparison.OrdinalIgnoreCase);

    private void Register(string family, FontFaceFiles files)
    {
        faceFiles[$"{family}/regular"] = files.Regular;
        faceFiles[$"{family}/bold"] = files.Bold ?? files.Regular;
        faceFiles[$"{family}/italic"] = files.Italic ?? files.Regular;
        faceFiles[$"{family}/bold-italic"] = files.BoldItalic ?? files.Bold ?? files.Regular;
    }

    /// <summary>File name → first path found, earlier folders winning.</summary>
    private static Dictionary<string, string> IndexFontFiles(IEnumerable<string> folders)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            MaxRecursionDepth = 8,
        };
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.ttf", options))
            {
                files.TryAdd(Path.GetFileName(path), path);
            }
        }

        return files;
    }

    private sealed record Candidate(string Name, string[] Regular, string[] Bold, string[] Italic, string[] BoldItalic)
    {
        public FontFaceFiles? Find(Dictionary<string, string> files)
        {
            string? First(string[] names) =>
                names.Select(n => files.GetValueOrDefault(n)).FirstOrDefault(p => p is not null);

            return First(Regular) is { } regular
                ? new FontFaceFiles(Name, regular, First(Bold), First(Italic), First(BoldItalic))
                : null;
        }
    }
}
