package io.macroplace.distributed.sweep;

import io.macroplace.cli.DurationConverter;
import io.macroplace.netlist.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The sweep's results, one row per run in natural order: as a Spark DataFrame (written as
 * Parquet) and as {@code results.csv}. A failed run has empty costs and {@code legal} false.
 */
final class ResultsTable {
    static final String CSV = "results.csv";
    static final String PARQUET = "results.parquet";

    /** A column: its name and Spark type; the row values come from {@link #values}. */
    private record Column(String name, DataType type) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("design", DataTypes.StringType),
            new Column("method", DataTypes.StringType),
            new Column("seed", DataTypes.LongType),
            new Column("time_limit", DataTypes.StringType),
            new Column("settings", DataTypes.StringType),
            new Column("variant", DataTypes.StringType),
            new Column("proxy_cost", DataTypes.DoubleType),
            new Column("wirelength", DataTypes.DoubleType),
            new Column("density", DataTypes.DoubleType),
            new Column("congestion", DataTypes.DoubleType),
            new Column("hpwl", DataTypes.DoubleType),
            new Column("legal", DataTypes.BooleanType),
            new Column("runtime_s", DataTypes.DoubleType),
            new Column("status", DataTypes.StringType),
            new Column("error", DataTypes.StringType),
            new Column("attempts", DataTypes.IntegerType),
            new Column("executor", DataTypes.StringType),
            new Column("plc", DataTypes.StringType),
            new Column("picture", DataTypes.StringType));

    private ResultsTable() {
    }

    static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (Column c : COLUMNS) {
            fields.add(DataTypes.createStructField(c.name(), c.type(), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The row of a result; null for what a failed run lacks. */
    static Object[] values(RunResult r, SweepOutputs.Layout layout) {
        SweepRun run = r.run();
        boolean ok = r.ok();
        return new Object[]{run.designName(), run.method(), run.seed(),
            DurationConverter.format(java.time.Duration.ofMillis(run.timeLimitMs())), run.settingsText(),
            run.variant(), ok ? r.proxyCost() : null, ok ? r.wirelength() : null, ok ? r.density() : null,
            ok ? r.congestion() : null, ok ? r.hpwl() : null, ok && r.legal(), ok ? r.runtimeSeconds() : null,
            r.status(), r.error(), r.attempts(), r.executor(),
            ok ? layout.relative(layout.plc(run)) : null, ok ? layout.relative(layout.picture(run)) : null};
    }

    static List<RunResult> ordered(List<RunResult> results) {
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(r -> r.run().id()));
        return sorted;
    }

    /** {@code results.csv}: a header and one line per run, RFC 4180 quoting, written atomically. */
    static void writeCsv(Path file, List<RunResult> results, SweepOutputs.Layout layout) throws IOException {
        AtomicFiles.writeText(file, w -> {
            List<String> names = COLUMNS.stream().map(Column::name).toList();
            w.write(String.join(",", names));
            w.write('\n');
            for (RunResult r : ordered(results)) {
                Object[] v = values(r, layout);
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    cell(w, v[i]);
                }
                w.write('\n');
            }
        });
    }

    private static void cell(Writer w, Object v) throws IOException {
        if (v == null) {
            return;
        }
        // doubles in full (the shortest text that reads back to the same number), without exponents
        String s = v instanceof Double d ? new BigDecimal(Double.toString(d)).toPlainString() : v.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        w.write(s);
    }

    /** The results as a DataFrame (on the driver's data; one partition). */
    static Dataset<Row> dataFrame(SparkSession spark, List<RunResult> results, SweepOutputs.Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (RunResult r : ordered(results)) {
            rows.add(RowFactory.create(values(r, layout)));
        }
        return spark.createDataFrame(rows, schema());
    }

    static void writeParquet(Dataset<Row> frame, Path dir) {
        frame.coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.toAbsolutePath().toUri().toString());
    }
}
