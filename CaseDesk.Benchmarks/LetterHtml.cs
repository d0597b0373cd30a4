using System.Net;
using CaseDesk.Core.Letters;

/// <summary>The Berita Acara Mediasi as HTML/CSS, for printing the same letter with headless Chromium.</summary>
internal static class LetterHtml
{
    // The same Berita Acara as HTML/CSS: letterhead with double rule, parties, terms, three signatures.
    public static string Render(LetterSnapshot s)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var c = s.Case;
        var head = string.Join("", s.Office.Letterhead.Select((l, i) =>
            i == s.Office.Letterhead.Count - 1 ? $"<div class=o>{E(l)}</div>" : $"<div class=p>{E(l)}</div>"));
        return $$"""
            <html><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 20mm 20mm 20mm 25mm; }
            body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 11pt; }
            .kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 4px; margin-bottom: 12px; }
            .p { font-weight: bold; font-size: 11pt; } .o { font-weight: bold; font-size: 12pt; } .c { font-size: 8pt; }
            h1 { text-align: center; font-size: 13pt; text-decoration: underline; margin: 12px 0 0; }
            .n { text-align: center; margin-bottom: 14px; } p { text-align: justify; text-indent: 12.5mm; }
            table.kv td { vertical-align: top; padding: 0 4px; } .sig { display: flex; justify-content: space-between; margin-top: 24px; }
            .sig div { width: 32%; text-align: center; } .sig b { display: block; margin-top: 60px; text-decoration: underline; }
            </style></head><body>
            <div class=kop>{{head}}<div class=c>{{E(s.Office.Address)}}<br>Telepon {{E(s.Office.Phone)}} · Pos-el {{E(s.Office.Email)}}</div></div>
            <h1>BERITA ACARA MEDIASI</h1><div class=n>Nomor: {{E(s.Number)}}</div>
            <p>Pada hari ini, {{E(s.IssuedDateText)}}, bertempat di {{E(s.Office.Name)}}, telah dilaksanakan mediasi atas pengaduan nomor registrasi {{E(c.ReferenceNumber)}} mengenai {{E(c.CategoryLabel)}} antara:</p>
            <b>PIHAK PERTAMA</b><table class=kv><tr><td>Nama</td><td>:</td><td><b>{{E(c.Complainant?.Name ?? c.Worker.Name)}}</b></td></tr><tr><td>Alamat</td><td>:</td><td>{{E(c.Worker.Village)}}, {{E(c.Worker.RegencyTitle)}}</td></tr></table>
            <b>PIHAK KEDUA</b><table class=kv><tr><td>Nama</td><td>:</td><td><b>{{E(c.RespondentName)}}</b></td></tr></table>
            <p>Setelah mendengar keterangan kedua belah pihak, para pihak sepakat sebagai berikut:</p>
            <ol><li>PIHAK KEDUA membayar kepada PIHAK PERTAMA sebesar <b>{{E(c.SettlementAmountText)}}</b> (terbilang: {{E(c.SettlementAmountInWords)}}).</li><li>{{E(c.MediationTerms)}}</li></ol>
            <p>Demikian Berita Acara Mediasi ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</p>
            <div class=sig><div>PIHAK PERTAMA,<b>{{E(c.Complainant?.Name ?? c.Worker.Name)}}</b></div><div>PIHAK KEDUA,<b>{{E(c.RespondentName)}}</b></div><div>{{E(s.City)}}, {{E(s.IssuedDateText)}}<br>Mediator,<b>{{E(s.IssuedByName)}}</b></div></div>
            </body></html>
            """;
    }
}
