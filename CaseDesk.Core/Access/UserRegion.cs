namespace CaseDesk.Core.Access;

/// <summary>A regency (kabupaten/kota) an officer works on under regional assignment.</summary>
public sealed class UserRegion
{
    public required string UserId { get; set; }
    public required string RegencyCode { get; set; }
}
