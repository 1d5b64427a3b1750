package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** --help text breaks lines at spaces only, never inside ".plc" or "out/ariane-policy.zip". */
class HelpLayoutTest {
    static final List<String> COMMANDS = List.of("", "place", "compare", "sweep", "render", "train", "info", "cost",
            "generate", "convert", "cluster");

    static Stream<Arguments> commandsAndWidths() {
        return COMMANDS.stream().flatMap(c -> Stream.of(80, 100, 140).map(w -> Arguments.of(c, w)));
    }

    static String help(String command, int width) {
        CommandLine root = Main.commandLine(width);
        CommandLine cmd = command.isEmpty() ? root : root.getSubcommands().get(command);
        return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @MethodSource("commandsAndWidths")
    void wrapsAtSpacesOnlyAndWithinTheWidth(String command, int width) {
        String help = help(command, width);
        String unwrapped = help(command, 10_000);
        // the same words in the same order: only line breaks and indentation differ
        assertEquals(Arrays.asList(unwrapped.trim().split("\\s+")), Arrays.asList(help.trim().split("\\s+")));
        for (String line : help.split("\n")) {
            assertTrue(line.length() <= width, () -> "line of " + line.length() + " at width " + width + ":\n" + line);
        }
    }

    @Test
    void continuationLinesStayInTheirColumn() {
        String help = help("place", 80);
        // the --[no-]orient-pins description runs over several lines, all under its first word
        List<String> lines = Arrays.asList(help.split("\n"));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("--[no-]orient-pins")) {
                at = i;
            }
        }
        assertTrue(at >= 0, help);
        int column = lines.get(at).indexOf("rotate");
        assertTrue(column > 0, lines.get(at));
        assertTrue(lines.get(at + 1).startsWith(" ".repeat(column)) && lines.get(at + 1).charAt(column) != ' ',
                lines.get(at) + "\n" + lines.get(at + 1));
        assertTrue(help.contains(".plc header"), "'.plc' stays one word:\n" + help);
    }

    @Test
    void examplesFitEightyColumnsSoTheyAreNeverWrapped() {
        CommandLine root = Main.commandLine(100);
        for (String c : COMMANDS) {
            CommandLine cmd = c.isEmpty() ? root : root.getSubcommands().get(c);
            for (String line : cmd.getCommandSpec().usageMessage().footer()) {
                assertTrue(line.length() <= 80, c + " footer line of " + line.length() + ": " + line);
            }
        }
    }

    @Test
    void synopsisContinuesUnderItsFirstOption() {
        String synopsis = HelpLayout.wrap("Usage: macroplace train [-hqV] [--resume] [--config=FILE.json] [-n=N]", 41,
                UsageMessageSpec.SECTION_KEY_SYNOPSIS);
        assertEquals("Usage: macroplace train [-hqV] [--resume]\n"
                + "                        [--config=FILE.json]\n"
                + "                        [-n=N]", synopsis);
    }
}
