package dev.dvt.federation.sql;

import static java.util.Objects.requireNonNull;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/** Parses a model's compiled SQL with the jsqlparser options its dialect needs. */
public final class SqlParsing {
    private static final long PARSE_TIMEOUT_MILLIS = 10_000;

    private SqlParsing() {
    }

    /**
     * Parses one SELECT statement (a trailing semicolon is allowed).
     *
     * @throws JSQLParserException when jsqlparser cannot parse it, or it is not a SELECT
     */
    public static Select parseSelect(String sql, SqlDialect dialect) throws JSQLParserException {
        requireNonNull(sql, "sql is null");
        requireNonNull(dialect, "dialect is null");
        String text = stripTrailingSemicolons(sql);
        Statement statement = CCJSqlParserUtil.parse(text, parser -> parser
                .withSquareBracketQuotation(dialect.isFamily("tsql"))
                .withBackslashEscapeCharacter(dialect.backslashEscapes())
                .withTimeOut(PARSE_TIMEOUT_MILLIS));
        if (!(statement instanceof Select select)) {
            throw new JSQLParserException("expected a SELECT statement, found "
                    + statement.getClass().getSimpleName());
        }
        return select;
    }

    static String stripTrailingSemicolons(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** The first line of a parser error, which is the part a user can act on. */
    public static String describe(JSQLParserException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
