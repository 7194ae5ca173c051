using System.Net;

namespace ToApis.Balance.Internal;

/// <summary>The redirect statuses the SDK follows (within the origin) or reports (elsewhere, or one hop too many).</summary>
internal static class HttpRedirect
{
    public static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
