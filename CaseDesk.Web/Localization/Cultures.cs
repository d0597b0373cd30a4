using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CaseDesk.Web.Localization;

/// <summary>Indonesian by default, English on request; the choice is kept in the standard culture cookie.</summary>
public static class Cultures
{
    public const string Indonesian = "id-ID";
    public const string English = "en-US";

    public static readonly IReadOnlyList<string> Supported = [Indonesian, English];

    public static IServiceCollection AddCaseDeskLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
            o.DefaultRequestCulture = new RequestCulture(Indonesian);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Only the cookie (the ID | EN switch) changes the language: an English browser must not turn an
            // Indonesian office's screens English by itself.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>GET /culture?culture=en-US&amp;redirectUri=/cases sets the culture cookie and goes back.</summary>
    public static IEndpointConventionBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, string? culture, string? redirectUri) =>
        {
            if (culture is not null && Supported.Contains(culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        IsEssential = true,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                    });
            }

            return TypedResults.LocalRedirect(LocalUrl.OrDefault(redirectUri, "/"));
        }).AllowAnonymous();
}
