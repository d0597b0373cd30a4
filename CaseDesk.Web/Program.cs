// Placeholder: replaced by the web work (Identity, MudBlazor, localization, pages).
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "CaseDesk");
app.Run();
