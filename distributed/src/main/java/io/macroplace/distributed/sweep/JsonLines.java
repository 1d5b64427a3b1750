package io.macroplace.distributed.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line where each value of a JSON text starts, by JSON pointer ("/designs/1/plc"), so that a
 * sweep file's semantic errors can say FILE:LINE like its syntax errors do.
 */
final class JsonLines {
    private final Map<String, Integer> lines;

    private JsonLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static JsonLines of(String json) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext c = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    c = c.getParent(); // the container's own pointer is its parent's current entry
                }
                String pointer = c == null ? "" : JsonPointer.forPath(c, false).toString();
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        }
        return new JsonLines(lines);
    }

    /** The line of the value at {@code pointer}, else of its closest enclosing value, else 0. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
