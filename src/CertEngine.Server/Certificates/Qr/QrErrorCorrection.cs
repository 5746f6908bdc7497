namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// The error correction level of a QR code (ISO/IEC 18004 §5.5.1): how much of the symbol may be damaged and still be
/// read, about 7 % (L), 15 % (M), 25 % (Q) and 30 % (H) of the codewords.
/// </summary>
public enum QrErrorCorrection
{
    /// <summary>About 7 % of the codewords may be lost.</summary>
    L,

    /// <summary>About 15 % of the codewords may be lost.</summary>
    M,

    /// <summary>About 25 % of the codewords may be lost.</summary>
    Q,

    /// <summary>About 30 % of the codewords may be lost.</summary>
    H,
}
