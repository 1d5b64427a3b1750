package io.macroplace.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a sweep's results.csv in tests: one map from column to cell per row, in file order. */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    public static List<Map<String, String>> read(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1); // commas outside quotes
            assertEquals(header.length, cells.length, line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                String c = cells[i];
                row.put(header[i], c.startsWith("\"") ? c.substring(1, c.length() - 1).replace("\"\"", "\"") : c);
            }
            rows.add(row);
        }
        return rows;
    }
}
