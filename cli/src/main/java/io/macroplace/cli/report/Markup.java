package io.macroplace.cli.report;

import java.awt.Color;
import java.util.Locale;

/** Escaping and number/colour formatting shared by the SVG, HTML and Markdown writers. */
final class Markup {
    private Markup() {
    }

    /**
     * Escapes text for XML/HTML content and attribute values. Characters XML 1.0 forbids (most
     * control characters) are dropped, since netlist names come from files we do not control.
     */
    static String xml(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Escapes a Markdown table cell: pipes and backslashes, and keeps it on one line. */
    static String markdownCell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace('\n', ' ').replace('\r', ' ');
    }

    /** A pixel coordinate with at most 2 decimals and no trailing zeros ("12", "12.5", "-0.25"). */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite coordinate: " + v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.indexOf('.') >= 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            s = s.substring(0, end);
        }
        return s.equals("-0") ? "0" : s;
    }

    /** "#rrggbb" (alpha is written separately as an opacity). */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String opacity(Color c) {
        return String.format(Locale.ROOT, "%.3f", c.getAlpha() / 255.0);
    }

    /**
     * A relative path as a URL path: each segment percent-encoded (UTF-8), '/' kept, so names
     * with spaces, '#' or '?' still resolve from Markdown and HTML.
     */
    static String urlPath(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }
}
