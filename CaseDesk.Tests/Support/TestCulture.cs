using System.Globalization;
using System.Runtime.CompilerServices;

namespace CaseDesk.Tests.Support;

internal static class TestCulture
{
    /// <summary>
    /// The office's language is the suite's default, whatever the machine's locale: tests that need English
    /// switch explicitly and restore afterwards.
    /// </summary>
    [ModuleInitializer]
    internal static void UseIndonesianByDefault()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("id-ID");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
    }
}
