using MudBlazor;

namespace CaseDesk.Web.Components.Layout;

/// <summary>A calm government-office look: navy-blue primary, white surfaces, readable system fonts.</summary>
public static class CaseDeskTheme
{
    private static readonly string[] Fonts =
        ["\"Segoe UI\"", "\"Noto Sans\"", "Roboto", "\"Helvetica Neue\"", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1B4F8A",
            PrimaryDarken = "#143C69",
            Secondary = "#0F766E",
            Tertiary = "#B7791F",
            Error = "#C62828",
            Warning = "#B26A00",
            Success = "#2E7D32",
            Info = "#1565C0",
            AppbarBackground = "#143C69",
            AppbarText = "#FFFFFF",
            Background = "#F4F6F9",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#1F2933",
            DrawerIcon = "#1B4F8A",
            TextPrimary = "#1F2933",
            TextSecondary = "#52606D",
            TableLines = "#E4E7EB",
            LinesDefault = "#E4E7EB",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = ".9rem", LineHeight = "1.5" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.45rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "600" },
            Button = new ButtonTypography
            {
                FontFamily = Fonts,
                FontWeight = "600",
                TextTransform = "none",
                FontSize = ".875rem",
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "240px" },
    };
}
