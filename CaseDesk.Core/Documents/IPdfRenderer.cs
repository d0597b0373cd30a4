namespace CaseDesk.Core.Documents;

/// <summary>
/// Turns a <see cref="Document"/> into PDF. The one seam between the document model and a PDF engine; the
/// implementation (<see cref="PdfSharpRenderer"/>) is thread-safe and registered as a singleton.
/// </summary>
public interface IPdfRenderer
{
    /// <summary>Lays out and renders the document, returning the PDF file's bytes.</summary>
    byte[] Render(Document document);

    /// <summary>Lays out and renders the document into <paramref name="output"/>, which is left open.</summary>
    void Render(Document document, Stream output);
}
