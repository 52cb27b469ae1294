using namespace System.Collections.Generic.List[string]
