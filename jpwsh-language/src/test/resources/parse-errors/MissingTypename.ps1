$map = [System.Collections.Generic.Dictionary[string,]]::new()
