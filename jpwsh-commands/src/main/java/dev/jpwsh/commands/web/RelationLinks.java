package dev.jpwsh.commands.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The RelationLink of a response: each {@code <url>; rel=name} of its Link headers, the url made absolute. */
final class RelationLinks {
    private static final Pattern LINK = Pattern.compile("<(?<url>.*?)>;\\s*rel=(?:\"(?<quoted>.*?)\"|(?<rel>[^,;]*))");

    private RelationLinks() {
    }

    static Map<String, String> of(HttpResponseMessage response, URI requestUri) {
        Map<String, String> links = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Object values = response.getHeaders().get("Link");
        if (!(values instanceof String[] headers)) {
            return links;
        }
        for (String header : List.of(headers)) {
            Matcher match = LINK.matcher(header);
            while (match.find()) {
                String url = match.group("url");
                String rel = match.group("quoted") != null ? match.group("quoted") : match.group("rel");
                if (!url.isEmpty() && !rel.isEmpty() && !links.containsKey(rel)) {
                    links.put(rel, requestUri.resolve(url).toString());
                }
            }
        }
        return links;
    }
}
