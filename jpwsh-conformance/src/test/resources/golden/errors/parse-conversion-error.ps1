# A cast from text through the type's Parse method that fails reports the parse error in a conversion message (ExtendedTypeSystem InvalidCastExceptionWithInnerException).
try { [guid]'x' } catch {
    $_.Exception.Message
    $_.Exception.GetType().FullName
    $_.Exception.InnerException.GetType().FullName
}
