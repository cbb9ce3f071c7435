package dev.dvt.core.bulk;

import static dev.dvt.core.bulk.EmbeddedDuckDb.literal;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** DuckDB expressions and schema look-ups over a set of Parquet files. */
public final class ParquetFiles {
    private ParquetFiles() {
    }

    /** {@code read_parquet(['a', 'b'])}. */
    public static String scan(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no Parquet files");
        }
        return "read_parquet([" + files.stream().map(f -> literal(f.toString())).collect(Collectors.joining(", "))
                + "])";
    }

    /** The columns of the files, in order. */
    public static List<ParquetColumn> schema(List<Path> files) {
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + scan(files))) {
            List<ParquetColumn> columns = new ArrayList<>();
            while (rs.next()) {
                columns.add(new ParquetColumn(rs.getString("column_name"), rs.getString("column_type")));
            }
            return columns;
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot read the Parquet schema of " + files.get(0)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The number of rows in the files. */
    public static long rowCount(List<Path> files) {
        try (Connection duck = EmbeddedDuckDb.open(); Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + scan(files))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DvtException(ErrorCode.FEDERATION, "Cannot count the rows of " + files.get(0)
                    + ": " + e.getMessage(), e);
        }
    }
}
