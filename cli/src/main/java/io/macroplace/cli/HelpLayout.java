package io.macroplace.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out {@code --help} text so that lines break at spaces only. Picocli wraps with Java's line
 * BreakIterator, which also breaks after '.', '-' and '/': "the .&#x23CE;plc header",
 * "out/ariane-policy.&#x23CE;zip". Here every section is rendered unwrapped and then wrapped at
 * spaces to the usage width, continuation lines indented as picocli indents them (options and
 * commands under their description column, the synopsis under its first option, text under
 * itself). A word longer than the line stays whole.
 */
public final class HelpLayout {
    /** Wide enough that picocli wraps nothing. */
    private static final int UNWRAPPED = 10_000;

    private HelpLayout() {
    }

    /** Installs the layout on a command and all its subcommands. */
    public static void install(CommandLine cmd) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
        for (Map.Entry<String, IHelpSectionRenderer> e : cmd.getHelpSectionMap().entrySet()) {
            String key = e.getKey();
            IHelpSectionRenderer picocli = e.getValue();
            sections.put(key, help -> wrapped(key, picocli, help));
        }
        cmd.setHelpSectionMap(sections);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            install(sub);
        }
    }

    private static String wrapped(String key, IHelpSectionRenderer picocli, CommandLine.Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        int width = usage.width(); // the terminal's with auto width, else the configured one
        boolean auto = usage.autoWidth();
        String text;
        try {
            usage.autoWidth(false);
            usage.width(UNWRAPPED);
            text = picocli.render(help);
        } finally {
            usage.width(width);
            usage.autoWidth(auto);
        }
        if (key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
            // its heading ("Usage: ") is a section of its own, printed on the same line
            String heading = help.synopsisHeading();
            return wrap(heading + text, width, key).substring(heading.length());
        }
        return wrap(text, width, key);
    }

    /** Wraps every line of {@code text} longer than {@code width} at spaces. */
    static String wrap(String text, int width, String section) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.length() <= width) {
                out.append(line);
            } else {
                wrapLine(out, line, width, continuationIndent(line, section));
            }
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    /** Where a wrapped line's continuation starts, as picocli lays out that section. */
    static int continuationIndent(String line, String section) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        switch (section) {
            case UsageMessageSpec.SECTION_KEY_SYNOPSIS -> {
                // "Usage: macroplace place [-hqV] ...": under the first option (after the command name)
                int name = line.indexOf(": ");
                int first = name < 0 ? -1 : line.indexOf(' ', line.indexOf(' ', name + 2) + 1);
                return first > 0 ? first + 1 : lead;
            }
            case UsageMessageSpec.SECTION_KEY_OPTION_LIST, UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
                    UsageMessageSpec.SECTION_KEY_COMMAND_LIST -> {
                // "  -o, --out=DIR     description": under the description, two spaces past the names
                int gap = line.indexOf("  ", lead);
                if (gap > 0) {
                    int desc = gap;
                    while (desc < line.length() && line.charAt(desc) == ' ') {
                        desc++;
                    }
                    if (desc < line.length()) {
                        return desc;
                    }
                }
                return lead;
            }
            default -> {
                return lead;
            }
        }
    }

    private static void wrapLine(StringBuilder out, String line, int width, int indent) {
        List<String> words = new ArrayList<>();
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        // words keep any runs of spaces inside the line's first columns (option names and their gap)
        int firstBreakable = Math.max(lead, Math.min(indent, line.length()));
        String head = line.substring(0, firstBreakable);
        for (String w : line.substring(firstBreakable).split(" +")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        StringBuilder current = new StringBuilder(head);
        boolean fresh = true; // nothing after the head yet
        String pad = " ".repeat(indent);
        for (String w : words) {
            if (!fresh && current.length() + 1 + w.length() > width) {
                out.append(current).append('\n');
                current.setLength(0);
                current.append(pad);
                fresh = true;
            }
            if (!fresh) {
                current.append(' ');
            }
            current.append(w);
            fresh = false;
        }
        out.append(current);
    }
}
