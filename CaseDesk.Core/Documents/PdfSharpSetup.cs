using PdfSharp;
using PdfSharp.Fonts;

namespace CaseDesk.Core.Documents;

/// <summary>
/// PDFsharp's process-wide settings, made exactly once: the AGPL licence and <see cref="GlobalFontSettings.FontResolver"/>,
/// which PDFsharp lets a process set only once. Thread-safe; the first call's <see cref="FontSearchOptions"/> win.
/// </summary>
public static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static SystemFontResolver? resolver;

    /// <summary>
    /// Sets the licence and the font resolver if not yet done, and returns the resolver in use. A failed font search
    /// throws <see cref="FontNotFoundException"/> and leaves PDFsharp untouched, so a later call can try again.
    /// </summary>
    public static SystemFontResolver EnsureInitialized(FontSearchOptions? fonts = null)
    {
        if (Volatile.Read(ref resolver) is { } ready)
        {
            return ready;
        }

        lock (Gate)
        {
            if (resolver is not null)
            {
                return resolver;
            }

            var created = new SystemFontResolver(fonts);
            PdfSharpLicense.SetAgplLicense();
            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = created;
                    break;
                case SystemFontResolver existing:
                    created = existing;
                    break;
                default:
                    throw new InvalidOperationException(
                        "Another PDFsharp font resolver is already installed in this process; CaseDesk documents " +
                        "need SystemFontResolver (GlobalFontSettings.FontResolver can only be set once).");
            }

            Volatile.Write(ref resolver, created);
            return created;
        }
    }
}
